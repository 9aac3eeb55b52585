// A clause's heading on its contract page says each thing once.
import { describe, expect, it } from "vitest";
import type { Block, Clause, ClauseType } from "../../scripts/model/types.ts";
import { clauseHeading } from "../../scripts/site/filters/clause-heading.ts";

const types = {
  definitions: { name: { nl: "Definities", en: "Definitions" } },
  "document-information": { name: { nl: "Documentinformatie", en: "Document information" } },
  "breach-notification": { name: { nl: "Melding van datalekken", en: "Breach notification" } },
} as unknown as Record<string, ClauseType>;
const clause = (fields: Partial<Clause>) => ({ types: ["definitions"], ...fields }) as Clause;
const section = (text: string): Block => ({ kind: "heading", level: 3, text, line: 1 });

describe("clauseHeading", () => {
  it("lets the section heading above title a clause that would only repeat it (“1.1 Definities” → “Definities”)", () => {
    const heading = clauseHeading(clause({}), section("1.1 Definities"), types, "nl");
    expect(heading).toMatchObject({ name: "Definities", hidden: true, types: [] });
  });

  it("keeps the type's name visible where it says more than the section heading, in the page's language", () => {
    const heading = clauseHeading(clause({}), section("1.1 Definities"), types, "en");
    expect(heading).toMatchObject({ name: "Definitions", own: false, hidden: false, types: [] });
  });

  it("titles a numbered clause by its main type and lists only its other types", () => {
    const heading = clauseHeading(clause({ number: "6.2", types: ["breach-notification", "document-information"] }), undefined, types, "nl");
    expect(heading).toEqual({ number: "6.2", name: "Melding van datalekken", own: false, hidden: false, types: ["document-information"] });
  });

  it("shows a clause's own heading with all its types, and hides nothing that differs from the section", () => {
    const heading = clauseHeading(clause({ number: "(1)", heading: "Dit beleid" }), section("Annex 1 - AUP"), types, "en");
    expect(heading).toEqual({ number: "(1)", name: "Dit beleid", own: true, hidden: false, types: ["definitions"] });
  });

  it("drops a type from the list when the clause's own heading already names it", () => {
    expect(clauseHeading(clause({ number: "1", heading: "Definities" }), undefined, types, "nl").types).toEqual([]);
  });
});
