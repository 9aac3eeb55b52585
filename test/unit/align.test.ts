import { describe, expect, it } from "vitest";
import { alignClauses, type Change } from "../../scripts/versions/align.ts";

const clause = (number: string, text: string) => ({ number, text });
const A = clause("1", "De verwerker verwerkt persoonsgegevens uitsluitend op schriftelijke instructie van de verwerkingsverantwoordelijke.");
const B = clause("2", "De verwerker meldt een datalek uiterlijk binnen 48 uur na ontdekking aan de verwerkingsverantwoordelijke.");
const C = clause("3", "Subverwerkers worden alleen ingeschakeld na voorafgaande schriftelijke toestemming. De verwerker blijft volledig aansprakelijk voor hun nakoming.");
const D = clause("4", "Op deze overeenkomst is Nederlands recht van toepassing en geschillen gaan naar de rechtbank Amsterdam.");

/** Each change in a line: kinds and the numbers before and after. */
function summary(changes: Change[], before: { number: string }[], after: { number: string }[]): string[] {
  const numbers = (list: { number: string }[], index: number | number[]) => [index].flat().map((at) => list[at]!.number).join("+");
  return changes.map((change) => {
    switch (change.kind) {
      case "added":
        return `added ${numbers(after, change.to)}`;
      case "removed":
        return `removed ${numbers(before, change.from)}`;
      default: {
        const flags = [change.kind, change.moved ? "moved" : "", "renumbered" in change && change.renumbered ? "renumbered" : ""].filter(Boolean).join("+");
        return `${flags} ${numbers(before, change.from)}→${numbers(after, change.to)}`;
      }
    }
  });
}

describe("aligning two versions' clauses", () => {
  it("matches the same wording as unchanged, whatever the whitespace and line-end hyphenation", () => {
    const after = [A, { number: "2", text: B.text.replace("ontdekking", "ont-\ndekking").replace(/ /g, "  ") }];
    expect(summary(alignClauses([A, B], after), [A, B], after)).toEqual(["unchanged 1→1", "unchanged 2→2"]);
  });

  it("finds a changed clause by its wording, not its number, and says it was renumbered", () => {
    const changed = clause("3", B.text.replace("48", "72"));
    const after = [A, clause("2", D.text), changed];
    expect(summary(alignClauses([A, B, D], after), [A, B, D], after)).toEqual(["unchanged 1→1", "unchanged+renumbered 4→2", "changed+moved+renumbered 2→3"]);
  });

  it("tells a moved clause from the ones that kept their order", () => {
    const after = [A, C, D, clause("2", B.text)];
    expect(summary(alignClauses([A, B, C, D], after), [A, B, C, D], after)).toEqual(["unchanged 1→1", "unchanged 3→3", "unchanged 4→4", "unchanged+moved 2→2"]);
  });

  it("finds a split clause and a merged one", () => {
    const [first, second] = C.text.split(". ");
    const split = [A, clause("3a", `${first}.`), clause("3b", second!)];
    expect(summary(alignClauses([A, C], split), [A, C], split)).toEqual(["unchanged 1→1", "split 3→3a+3b"]);
    expect(summary(alignClauses(split, [A, C]), split, [A, C])).toEqual(["unchanged 1→1", "merged 3a+3b→3"]);
  });

  it("lists an added and a removed clause, the removed one where it stood", () => {
    const added = clause("5", "De verwerker test de beveiligingsmaatregelen jaarlijks en rapporteert daarover aan de klant.");
    const after = [A, D, added];
    expect(summary(alignClauses([A, B, D], after), [A, B, D], after)).toEqual(["unchanged 1→1", "removed 2", "unchanged 4→4", "added 5"]);
  });

  it("does not pair clauses that share only a few words", () => {
    const after = [clause("1", "Partijen werken samen bij een verzoek van een betrokkene om inzage in persoonsgegevens.")];
    expect(summary(alignClauses([D], after), [D], after)).toEqual(["removed 4", "added 1"]);
  });
});
