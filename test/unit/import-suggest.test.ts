// What the import proposes for a clause: its clause types, ranked with scores, and the key
// terms' candidates, each with the clause's own words.
import { describe, expect, it } from "vitest";
import { loadCues } from "../../scripts/import/cues.ts";
import { suggestTypes, typeScores } from "../../scripts/import/import-draft.ts";
import { keyTermCandidates, sentences } from "../../scripts/import/key-term-candidates.ts";
import { TypeSuggester } from "../../scripts/import/suggest-types.ts";
import { skeleton } from "../../scripts/validate/verbatim.ts";

const EXAMPLES = [
  { text: "Datalekken\nVerwerker meldt een datalek zonder onredelijke vertraging aan Opdrachtgever.", types: ["breach-notification"] },
  { text: "Datalekken\nDe melding van een inbreuk bevat de aard van het datalek en de getroffen gegevens.", types: ["breach-notification", "compliance-assistance"] },
  { text: "Subverwerkers\nVerwerker schakelt geen subverwerker in zonder voorafgaande toestemming van Opdrachtgever.", types: ["subprocessors"] },
  { text: "Subverwerkers\nVerwerker legt iedere subverwerker dezelfde verplichtingen op.", types: ["subprocessor-flow-down", "subprocessors"] },
  { text: "Audit\nOpdrachtgever mag eenmaal per jaar een audit laten uitvoeren bij Verwerker.", types: ["audits"] },
];

describe("type suggestions", () => {
  const suggester = new TypeSuggester(EXAMPLES);

  it("ranks the type of the nearest clauses first, with scores from 0 to 1 in descending order", () => {
    const suggestions = suggester.suggest("Verwerker informeert Opdrachtgever onverwijld over een datalek.", 3);
    expect(suggestions[0]!.type).toBe("breach-notification");
    expect(suggestions.map((suggestion) => suggestion.score)).toEqual([...suggestions.map((suggestion) => suggestion.score)].sort((a, b) => b - a));
    for (const { score } of suggestions) expect(score).toBeGreaterThanOrEqual(0);
    expect(suggestions.reduce((sum, suggestion) => sum + suggestion.score, 0)).toBeLessThanOrEqual(1.001);
  });

  it("meets Dutch compounds through their parts: 'sub-verwerkers' finds 'subverwerker'", () => {
    expect(suggester.suggest("De inschakeling van sub-verwerkers vereist toestemming.", 1)[0]!.type).toBe("subprocessors");
  });

  it("suggests at most the number asked for, each type once", () => {
    const suggestions = suggester.suggest("Verwerker meldt een datalek en schakelt een subverwerker in voor de audit.", 3);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(new Set(suggestions.map((suggestion) => suggestion.type)).size).toBe(suggestions.length);
  });

  it("suggests nothing without examples, rather than guessing", () => {
    expect(new TypeSuggester([]).suggest("Verwerker meldt een datalek.")).toEqual([]);
  });

  const withGeneral = new TypeSuggester([...EXAMPLES, { text: "Prijzen\nWij mogen de prijzen jaarlijks indexeren.", types: ["general-commercial"] }]);
  /** The suggestions for a clause read on its own. */
  const suggested = (text: string) => suggestTypes(withGeneral.suggest(text, Infinity), text, loadCues());

  it("puts general-commercial first for a clause with no data-protection word, and not for one with", () => {
    expect(suggested("Facturen worden binnen veertien dagen betaald.")[0]!.type).toBe("general-commercial");
    expect(suggested("Verwerker meldt een datalek onverwijld.")[0]!.type).toBe("breach-notification");
  });

  it("lifts general-commercial for a clause without data-protection words even where its words are an audit clause's", () => {
    const invoices = suggested("Opdrachtgever mag eenmaal per jaar de facturen laten nakijken.");
    expect(invoices.find((suggestion) => suggestion.type === "general-commercial")?.score).toBeGreaterThanOrEqual(0.2);
    expect(suggested("Opdrachtgever mag eenmaal per jaar een audit laten uitvoeren.").map((suggestion) => suggestion.type)).not.toContain("general-commercial");
  });

  it("reads a clause with the other clauses of its section: their topic counts where its own words point elsewhere", () => {
    const suggester = new TypeSuggester([...EXAMPLES, { text: "Audit\nPartijen treden in overleg over de uitkomsten van de audit.", types: ["audits"] }]);
    const consult = "Partijen treden in overleg over de te nemen maatregelen.";
    const [, , inSection, alone] = typeScores(suggester, [
      { text: "Artikel 7 Meldplicht\nVerwerker meldt een datalek onverwijld aan Opdrachtgever.", section: 1 },
      { text: "Artikel 7 Meldplicht\nDe melding bevat de aard van de inbreuk.", section: 1 },
      { text: `Artikel 7 Meldplicht\n${consult}`, section: 1 },
      // Before any heading: read on its own.
      { text: consult, section: undefined },
    ]);
    const breach = (scores: { type: string; score: number }[] | undefined) => scores!.find((suggestion) => suggestion.type === "breach-notification")?.score ?? 0;
    expect(breach(inSection)).toBeGreaterThan(0.15);
    expect(breach(alone)).toBeLessThan(0.01);
    expect(inSection!.slice(0, 3).map((suggestion) => suggestion.type)).toContain("breach-notification");
    expect(inSection!.map((suggestion) => suggestion.score)).toEqual([...inSection!.map((suggestion) => suggestion.score)].sort((a, b) => b - a));
  });
});

describe("key-term candidates", () => {
  const homes = { breachNotificationDeadline: "breach-notification", auditMaxFrequency: "audits" };
  const clause = (id: string, text: string, types: string[] = [], section = "") => ({ id, text, types, section });
  const candidates = keyTermCandidates(
    [
      clause("art-4-1", "Verwerker meldt een datalek aan Opdrachtgever uiterlijk binnen 36 uur na ontdekking.", ["breach-notification"]),
      clause("art-3-1", "Verwerker informeert Opdrachtgever ten minste dertig (30) dagen voorafgaand aan de inschakeling van een nieuwe subverwerker."),
      clause("art-5-1", "Opdrachtgever mag maximaal eenmaal per jaar een audit uitvoeren, met een aankondigingstermijn van ten minste twintig (20) werkdagen. De kosten van de audit zijn voor rekening van Opdrachtgever.", ["audits"]),
      clause("art-6-1", "Na beëindiging van de overeenkomst verwijdert Verwerker de persoonsgegevens uiterlijk binnen zestig (60) dagen."),
      clause("art-9-2", "Verwerker voert verzoeken van Opdrachtgever daartoe uit binnen vijf (5) werkdagen.", [], "Artikel 9: Rechten van betrokkenen"),
      clause("art-11-1", "Op deze overeenkomst is uitsluitend Belgisch recht van toepassing. Geschillen worden voorgelegd aan de Ondernemingsrechtbank Gent."),
    ],
    homes,
  );
  const texts = new Map([
    ["art-4-1", "Verwerker meldt een datalek aan Opdrachtgever uiterlijk binnen 36 uur na ontdekking."],
    ["art-5-1", "Opdrachtgever mag maximaal eenmaal per jaar een audit uitvoeren, met een aankondigingstermijn van ten minste twintig (20) werkdagen. De kosten van de audit zijn voor rekening van Opdrachtgever."],
  ]);

  it("reads a duration near breach words, with the clause's own words", () => {
    expect(candidates.breachNotificationDeadline?.[0]).toEqual({ value: { amount: 36, unit: "hours" }, clause: "art-4-1", wording: "uiterlijk binnen 36 uur na ontdekking" });
    expect(candidates.breachClockStart?.[0]).toMatchObject({ value: "na ontdekking", clause: "art-4-1" });
  });

  it("reads a period written out with its digits: near sub-processor words, deletion words and request words", () => {
    expect(candidates.subprocessorChangeNotice?.[0]).toMatchObject({ value: { amount: 30, unit: "days" }, clause: "art-3-1" });
    expect(candidates.deletionAfterTermination?.[0]).toMatchObject({ value: { amount: 60, unit: "days" }, clause: "art-6-1" });
    // "betrokkenen" is in the section's heading, not in the clause.
    expect(candidates.dataSubjectRequestDeadline?.[0]).toMatchObject({ value: { amount: 5, unit: "working-days" }, clause: "art-9-2" });
  });

  it("tells an audit's frequency, notice and costs apart in one clause", () => {
    expect(candidates.auditMaxFrequency?.[0]).toMatchObject({ value: { amount: 1, unit: "years" }, wording: "maximaal eenmaal per jaar" });
    expect(candidates.auditNotice?.[0]).toMatchObject({ value: { amount: 20, unit: "working-days" } });
    expect(candidates.auditCosts?.[0]).toMatchObject({ value: "controller", wording: "voor rekening van Opdrachtgever" });
  });

  it("reads the governing law as a country and the court as named", () => {
    expect(candidates.governingLaw?.[0]).toEqual({ value: "BE", clause: "art-11-1", wording: "Belgisch recht" });
    expect(candidates.courtVenue?.[0]).toMatchObject({ value: "Ondernemingsrechtbank Gent", clause: "art-11-1" });
  });

  it("quotes only words that are in the clause, as the validator checks a key term's wording", () => {
    for (const list of Object.values(candidates)) {
      for (const candidate of list ?? []) {
        const text = texts.get(candidate.clause);
        if (text) expect(skeleton(text)).toContain(skeleton(candidate.wording));
      }
    }
  });

  it("ranks a candidate in the term's home clause type first", () => {
    const ranked = keyTermCandidates(
      [clause("bijlage-2", "Duidelijke procedures voor datalekmeldingen binnen 24 uur na ontdekking."), clause("art-7-1", "Verwerker meldt een datalek aan Opdrachtgever binnen 48 uur.", ["breach-notification"])],
      homes,
    );
    expect(ranked.breachNotificationDeadline?.map((candidate) => candidate.clause)).toEqual(["art-7-1", "bijlage-2"]);
  });

  it("cuts sentences at a full stop before a capital, not inside a number", () => {
    expect(sentences("Wij bieden 99,95% beschikbaarheid. Het Platform is 24 uur per dag bereikbaar.")).toEqual(["Wij bieden 99,95% beschikbaarheid.", "Het Platform is 24 uur per dag bereikbaar."]);
  });
});
