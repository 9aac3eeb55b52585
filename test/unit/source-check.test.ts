import { describe, expect, it } from "vitest";
import { checkAgainstSource, type CheckedOmission, type CheckedWording } from "../../scripts/validate/source-check.ts";

const text = (value: string, line = 10): CheckedWording => ({ text: value, line, what: "clause text" });
const clause = (number: string | null, value: string, line = 10): CheckedWording => ({ text: value, line, what: "clause text", clause: { number } });
const check = (source: string, wordings: CheckedWording[], omitted: CheckedOmission[] = []) =>
  checkAgainstSource("dpa.txt", source, wordings, omitted, (index) => 100 + index).map((finding) => `${finding.line} ${finding.rule}: ${finding.message}`);

describe("the source check", () => {
  it("accepts a file that has every word of the source, in order", () => {
    expect(check("Eerste zin. Tweede zin.\n\nDerde zin.", [text("Eerste zin. Tweede zin."), text("Derde zin.")])).toEqual([]);
  });

  it("reads Markdown and HTML escapes in the source as the characters they stand for", () => {
    const source = "## Artikel 1\\. Doeleinden van verwerking\n\nSmith &amp; Co levert &quot;diensten&quot;.";
    expect(check(source, [{ text: "Artikel 1. Doeleinden van verwerking", line: 5, what: "heading" }, text('Smith & Co levert "diensten".')])).toEqual([]);
  });

  it("sets aside the listed extraction debris", () => {
    const source = [
      "- 6.1** De verwerker meldt een **datalek**, zonder onredelijke vertra-",
      "ging, via e-",
      "mail.",
      "",
      "Pagina 3 van 9",
      "",
      "48 uurMELDING NA",
      "● Eerste punt;",
      "o\tTweede punt.",
    ].join("\n");
    const wordings = [clause("6.1", "De verwerker meldt een datalek, zonder onredelijke vertraging, via e-mail."), { text: "48 uur MELDING NA", line: 20, what: "note" }, text("Eerste punt;\nTweede punt.")];
    expect(check(source, wordings)).toEqual([]);
  });

  it("takes a source bullet written as `-` in a table cell", () => {
    expect(check("Herstel\n\n- De verwerker herstelt.\n- Zij test.", [text("Herstel - De verwerker herstelt. - Zij test.")])).toEqual([]);
  });

  it("refuses a space, a hyphen or a punctuation mark that differs, at the first different word", () => {
    const source = "AxiOps informeert Opdrachtgever zonder onredelijke vertraging, en uiterlijk binnen 48 uur.";
    expect(check(source, [text("AxiOps informeert Opdrachtgever zonder onredelijke vertraging,en uiterlijk binnen 48 uur.")])).toEqual([
      '10 not-in-source: clause text not found verbatim in dpa.txt: after "… informeert Opdrachtgever zonder onredelijke", the source (line 1) has "vertraging, en" where the file has "vertraging,en"',
    ]);
    expect(check(source, [text("AxiOps informeert Opdracht-gever zonder onredelijke vertraging, en uiterlijk binnen 48 uur.")])).toEqual([
      '10 not-in-source: clause text not found verbatim in dpa.txt: after "AxiOps informeert", the source (line 1) has "Opdrachtgever" where the file has "Opdracht-gever"',
    ]);
    expect(check(source, [text("AxiOps informeert Opdrachtgever zonder onredelijke vertraging, en uiterlijk binnen 48 uur!")])).toEqual([
      '10 not-in-source: clause text not found verbatim in dpa.txt: after "… en uiterlijk binnen 48", the source (line 1) has "uur." where the file has "uur!"',
    ]);
  });

  it("names words the file adds or lacks", () => {
    const source = "De melding bevat de aard van de inbreuk. Informatie volgt.";
    expect(check(source, [text("De melding bevat de aard van de grote inbreuk. Informatie volgt.")])).toEqual([
      '10 not-in-source: clause text not found verbatim in dpa.txt: after "… de aard van de", the file has "grote", which the source (line 1) does not have there',
    ]);
    expect(check(source, [text("De melding bevat de van de inbreuk. Informatie volgt.")])).toEqual([
      '10 not-in-source: clause text not found verbatim in dpa.txt: after "De melding bevat de", the file lacks what the source (line 1) has: "aard"',
    ]);
  });

  it("refuses source text in no block, and accepts it marked omitted", () => {
    const source = "Vertrouwelijk – pagina-kop\n\nDe verwerker meldt een datalek.\n\nVertrouwelijk – pagina-kop\n\nDe melding is schriftelijk.";
    const wordings = [text("De verwerker meldt een datalek.", 10), text("De melding is schriftelijk.", 12)];
    expect(check(source, wordings)).toEqual([
      '10 source-coverage: before this clause text, dpa.txt has text that is in no heading, clause or note: "Vertrouwelijk – pagina-kop" (source line 1)',
      '10 source-coverage: after this clause text, dpa.txt has text that is in no heading, clause or note: "Vertrouwelijk – pagina-kop" (source line 5)',
    ]);
    expect(check(source, wordings, [{ text: "Vertrouwelijk – pagina-kop" }])).toEqual([]);
  });

  it("reads a span marked omitted with `readAs` as the file writes it", () => {
    const source = "VERWERKINGSVERANTWOORDELIJKEVERWERKER\n\nVoorbeeld B.V.";
    const note: CheckedWording = { text: "VERWERKINGSVERANTWOORDELIJKE VERWERKER Voorbeeld B.V.", line: 10, what: "note" };
    expect(check(source, [note], [{ text: "VERWERKINGSVERANTWOORDELIJKEVERWERKER", readAs: "VERWERKINGSVERANTWOORDELIJKE VERWERKER" }])).toEqual([]);
    expect(check(source, [note], [{ text: "VERWERKERVERWERKINGSVERANTWOORDELIJKE", readAs: "VERWERKINGSVERANTWOORDELIJKE VERWERKER" }])).toContain(
      '100 not-in-source: the omitted text "VERWERKERVERWERKINGSVERANTWOORDELIJKE" is not in dpa.txt',
    );
  });

  it("compares the number printed before a clause with its number, or the number's last parts", () => {
    const source = "- 3.3 a** De klant staat in.\n\n1. Eerste.\n\nb) Tweede.\n\n(iii) Derde.\n\n2° Vierde.";
    const wordings = [clause("3.3 a", "De klant staat in."), clause("2.1.1", "Eerste."), clause("4 b", "Tweede."), clause("5 (iii)", "Derde."), clause("1.1 2°", "Vierde.")];
    expect(check(source, wordings)).toEqual([]);
    expect(check("- 5.3 De klant.", [clause("5.4", "De klant.")])).toEqual(['10 clause-number: the clause is numbered "5.4", but dpa.txt prints "5.3" before it (source line 1)']);
    expect(check("- 5.3 De klant.", [clause(null, "De klant.")])).toEqual(['10 clause-number: dpa.txt prints the number "5.3" before this clause (source line 1), but its annotation has no number']);
  });

  it("refuses a wording out of the source's order", () => {
    expect(check("Eerste zin.\nTweede zin.", [text("Tweede zin.", 10), text("Eerste zin.", 12)])).toEqual([
      "12 source-order: clause text is out of the source's order: dpa.txt has it on line 1, before the clause text on line 10 of this file, which it has on line 2",
    ]);
  });

  it("passes over a clause whose annotation could not be read, and the words before it", () => {
    const source = "- 6.1 Definities\n\nDe verwerker meldt.\n\n- 6.2 De klant meldt.";
    expect(check(source, [{ ...text("De verwerker meldt."), clause: "unread" }, { ...text("```yaml number: 6.2 ``` De klant meldt."), clause: "unread" }])).toEqual([]);
  });

  it("checks nothing when the omitted spans cannot be read", () => {
    expect(checkAgainstSource("dpa.txt", "Iets anders.", [text("Eerste zin.")], undefined, () => 1)).toEqual([]);
  });
});
