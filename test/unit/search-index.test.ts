// What the pages give Pagefind beyond their text (scripts/site/search-index.ts): a clause's
// hidden search words and its result card, from the library in this repository.
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { searchIndex } from "../../scripts/site/search-index.ts";
import { ROOT } from "../support/build.ts";

const { library } = loadLibrary(ROOT);
const site = buildSiteModel(library);
const clause = (slug: string, id: string) => site.contractBySlug[slug]!.clauses.find((candidate) => candidate.id === id)!;

describe("a clause's hidden search words", () => {
  it("name what its clause type is about, in the page's language, though its text has none of the words", () => {
    const index = searchIndex({ stopWords: { nl: [], en: [] }, synonyms: [{ nl: ["kwartet"], en: ["quartet"], types: ["breach-notification"] }] }, site.typeById, site.contractBySlug);
    expect(index.clauseWords(clause("dienstverlener-be", "art-13-2"), "nl")).toBe("kwartet");
    expect(index.clauseWords(clause("dienstverlener-be", "art-13-2"), "en")).toBe("quartet");
    expect(index.clauseWords(clause("dienstverlener-be", "art-12-2"), "nl")).toBe("");
  });

  it("use the library's synonyms: a breach clause that speaks of an \"Inbreuk\" is found by \"datalek\"", () => {
    const breach = clause("dienstverlener-be", "art-13-2");
    expect([breach.text, breach.summary.nl].join(" ")).not.toMatch(/datalek/i);
    expect(site.search.clauseWords(breach, "nl").split(" ")).toEqual(expect.arrayContaining(["datalek", "melden"]));
    expect(site.search.clauseWords(breach, "en").split(" ")).toEqual(expect.arrayContaining(["breach", "notify"]));
  });

  it("name the synonym group of a word in its text, whatever its type", () => {
    // Aiono's technical measures mention "tweefactorauthenticatie"; no clause type is about MFA.
    const measures = clause("aiono", "bijlage-2-2");
    expect(measures.types).not.toContain("security");
    expect(site.search.clauseWords(measures, "nl").split(" ")).toContain("meerfactorauthenticatie");
  });

  it("name the key terms the clause carries", () => {
    expect(site.search.clauseWords(clause("axiops", "art-6-1"), "nl")).toContain("Meldtermijn datalek");
  });
});

describe("a clause's result card", () => {
  it("holds the vendor, its clause types, its key terms with their values and its summary, in the page's language", () => {
    const card = JSON.parse(site.search.clauseCard(clause("axiops", "art-6-1"), "nl")) as unknown;
    expect(card).toEqual({
      vendor: "AxiOps",
      types: ["Melding van datalekken"],
      terms: [{ label: "Meldtermijn datalek", value: "48 uur", wording: "uiterlijk binnen 48 uur na ontdekking" }],
      summary: clause("axiops", "art-6-1").summary.nl,
      language: "nl",
    });
    // On an English page: English labels and values, the contract's own (Dutch) wording.
    const english = JSON.parse(site.search.clauseCard(clause("axiops", "art-4-2"), "en")) as { terms: { label: string; value: string }[] };
    expect(english.terms).toEqual([
      { label: "Sub-processor change notice", value: "30 days", wording: "ten minste dertig (30) dagen voorafgaand" },
      { label: "Objection to sub-processor", value: "yes", wording: "schriftelijk en gemotiveerd bezwaar maken op redelijke, aan gegevensbescherming gerelateerde gronden" },
    ]);
  });
});

describe("the search box's words (/assets/search.json)", () => {
  it("has both languages' stop words, the synonym groups and the interface texts", () => {
    const json = JSON.parse(site.search.browserJson) as { stopWords: Record<string, string[]>; synonyms: { nl: string[]; en: string[] }[]; texts: Record<string, Record<string, string>> };
    expect(json.stopWords.nl).toContain("hoe");
    expect(json.stopWords.en).toContain("how");
    expect(json.synonyms).toContainEqual(expect.objectContaining({ nl: expect.arrayContaining(["datalek", "beveiligingsincident"]), en: expect.arrayContaining(["personal data breach"]) }));
    expect(json.texts.nl!.kindClause).toBe("Clausule");
    expect(json.texts.en!.searchResults).toBe("{n} results for “{query}”");
  });
});
