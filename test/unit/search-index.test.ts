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
    expect([breach.text, breach.summary!.nl].join(" ")).not.toMatch(/datalek/i);
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

  it("name what its key terms' names and questions are about: an audit clause setting the frequency is found by \"how often\"", () => {
    const index = searchIndex({ stopWords: { nl: [], en: [] }, synonyms: [{ nl: ["kwartet"], en: ["frequency", "how often"] }] }, site.typeById, site.contractBySlug);
    const frequency = clause("axiops", "art-8-2-b");
    expect([frequency.heading ?? "", frequency.summary!.nl].join(" ")).not.toMatch(/kwartet|frequen/i);
    expect(index.clauseWords(frequency, "nl").split(" ")).toContain("kwartet");
    expect(index.clauseWords(clause("axiops", "art-8-2-a"), "nl")).toBe("");
  });
});

describe("a key term page's search words", () => {
  it("name what its name and question are about, and the synonyms of its clause type", () => {
    const index = searchIndex(
      { stopWords: { nl: [], en: [] }, synonyms: [{ nl: ["kwartet"], en: ["frequency"] }, { nl: ["trio"], en: ["trio"], types: ["audits"] }] },
      site.typeById,
      site.contractBySlug,
    );
    expect(index.keyTermWords("auditMaxFrequency", "nl")).toBe("kwartet trio");
    expect(index.keyTermWords("breachNotificationDeadline", "en")).toBe("");
  });
});

describe("a clause's result card", () => {
  it("holds its clause types and the key terms it carries, answered in the page's language, with the contract's own wording on a page in the other language", () => {
    const axiops = site.contractBySlug["axiops"]!;
    expect(JSON.parse(site.search.clauseCard(clause("axiops", "art-6-1"), "nl"))).toEqual({
      types: ["breach-notification"],
      terms: [
        { name: "breachNotificationDeadline", answer: axiops.terms.breachNotificationDeadline!.answer.nl },
        { name: "breachClockStart", answer: axiops.terms.breachClockStart!.answer.nl },
      ],
    });
    expect(JSON.parse(site.search.clauseCard(clause("axiops", "art-4-2"), "en"))).toEqual({
      types: ["subprocessors"],
      terms: [
        { name: "subprocessorChangeNotice", answer: "at least 30 days before a sub-processor is added or replaced", wording: "ten minste dertig (30) dagen voorafgaand", lang: "nl" },
        { name: "subprocessorObjection", answer: axiops.terms.subprocessorObjection!.answer.en, wording: axiops.terms.subprocessorObjection!.wording, lang: "nl" },
        { name: "subprocessorObjectionPeriod", answer: axiops.terms.subprocessorObjectionPeriod!.answer.en, wording: axiops.terms.subprocessorObjectionPeriod!.wording, lang: "nl" },
      ],
    });
  });

  it("is small where a clause carries no key term: every clause on a page has one", () => {
    expect(site.search.clauseCard(clause("axiops", "art-6-2"), "nl")).toBe('{"types":["breach-notification","controller-obligations"]}');
  });
});

describe("the search box's words (/assets/search.json)", () => {
  it("has both languages' stop words, the synonym groups, the interface texts and the names of clause types and key terms", () => {
    const json = JSON.parse(site.search.browserJson) as { stopWords: Record<string, string[]>; synonyms: { nl: string[]; en: string[] }[]; texts: Record<string, Record<string, string>>; typeNames: Record<string, Record<string, string>>; termLabels: Record<string, Record<string, string>> };
    expect(json.stopWords.nl).toContain("hoe");
    expect(json.stopWords.en).toContain("how");
    expect(json.synonyms).toContainEqual(expect.objectContaining({ nl: expect.arrayContaining(["datalek", "beveiligingsincident"]), en: expect.arrayContaining(["personal data breach"]) }));
    expect(json.texts.nl!.kindClause).toBe("Clausule");
    expect(json.typeNames.en!["breach-notification"]).toBe("Personal data breach notification");
    expect(json.termLabels.nl!.breachNotificationDeadline).toBe("Meldtermijn datalek");
    expect(json.texts.en!.searchResults).toBe("{n} results for “{query}”");
  });
});
