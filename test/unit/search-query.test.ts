// How search reads a query and what Pagefind found (_includes/assets/search-words.js and
// search-query.js): pure functions, shared by the build and the browser.
import { describe, expect, it } from "vitest";
import { createMatcher, words } from "../../_includes/assets/search-words.js";
import { createReader, markWords, namedVendors, nearest, rank, sectionExcerpt, sections, subsets } from "../../_includes/assets/search-query.js";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { ROOT } from "../support/build.ts";

const TERMS = {
  stopWords: { nl: ["hoe", "moet", "een", "de", "in", "van", "met"], en: ["how", "must", "a", "the", "in"] },
  synonyms: [
    { nl: ["datalek", "inbreuk in verband met persoonsgegevens", "beveiligingsincident"], en: ["breach", "personal data breach", "security incident"] },
    { nl: ["subverwerker", "onderaannemer"], en: ["sub-processor", "subcontractor"] },
    { nl: ["melden", "melding"], en: ["notify", "notification"] },
    { nl: ["verwijderen", "vernietiging"], en: ["delete", "destruction"] },
    { nl: ["mfa", "tweestapsverificatie"], en: ["mfa", "two-factor authentication"] },
  ],
};

describe("words as search compares them", () => {
  it("ignores case, diacritics and hyphens", () => {
    expect(words("Sub-Processor, beëindiging 's-Hertogenbosch").map((word) => word.key)).toEqual(["subprocessor", "beeindiging", "shertogenbosch"]);
  });

  it("finds terms as word beginnings and phrases across stop words, the longest first", () => {
    const matcher = createMatcher(TERMS);
    const keys = (text: string) => words(text).map((word) => word.key).filter((key) => !matcher.isStopWord(key));
    expect(matcher.find(keys("subverwerkers en onderaannemers")).map((match) => match.group)).toEqual([1, 1]);
    // "inbreuk in verband met persoonsgegevens" is one term, stop words in between ignored.
    expect(matcher.find(keys("een inbreuk in verband met persoonsgegevens melden"))).toEqual([
      { start: 0, end: 3, group: 0, lang: "nl", tail: "" },
      { start: 3, end: 4, group: 2, lang: "nl", tail: "" },
    ]);
    // Short terms are whole words only: "mfa" does not match "mfalab".
    expect(matcher.find(keys("mfalab"))).toEqual([]);
    // A term ending in e matches its -ing form, and nothing else without the e.
    expect(matcher.find(keys("deleting deleted delets"))).toEqual([
      { start: 0, end: 1, group: 3, lang: "en", tail: "ing" },
      { start: 1, end: 2, group: 3, lang: "en", tail: "d" },
    ]);
  });
});

describe("reading a query", () => {
  const reader = createReader(TERMS);
  const texts = (query: string, lang: "nl" | "en") => reader.read(query, lang).parts.map((part) => part.text);

  it("drops stop words and question words", () => {
    expect(texts("hoe moet AxiOps een datalek melden", "nl")).toEqual(["AxiOps", "datalek", "melden"]);
  });

  it("searches a synonym as its group's word in the language of the index", () => {
    expect(texts("beveiligingsincident melding", "nl")).toEqual(["datalek", "melden"]);
    expect(texts("onderaannemer", "en")).toEqual(["sub-processor"]);
    expect(texts("how must a security incident notification", "nl")).toEqual(["datalek", "melden"]);
  });

  it("tells the query's language by its stop words and synonyms", () => {
    expect(reader.read("how must the processor notify", "nl").lang).toBe("en");
    expect(reader.read("hoe moet de verwerker melden", "en").lang).toBe("nl");
    expect(reader.read("AxiOps", "nl").lang).toBeNull();
  });

  it("keeps a query of stop words only as it is", () => {
    expect(texts("hoe", "nl")).toEqual(["hoe"]);
  });

  it("reads a compound that starts with a synonym as the synonym and the rest, an inflected one as the synonym", () => {
    expect(texts("vernietigingsverklaring", "nl")).toEqual(["verwijderen", "verklaring"]);
    expect(texts("subverwerkers", "en")).toEqual(["sub-processor"]);
  });

  it("reads a misspelt word as the synonym it is close to", () => {
    const [typo] = reader.read("subverwerkrs", "nl").parts;
    expect(reader.correct(typo!, "nl")?.map((part) => part.text)).toEqual(["subverwerker"]);
    const [unknown] = reader.read("Scalingo", "nl").parts;
    expect(reader.correct(unknown!, "nl")).toBeNull();
  });

  it("reads a hyphenated word the index lacks as its parts, each read again", () => {
    const [compound] = reader.read("AVG-datalekken", "nl").parts;
    expect(reader.correct(compound!, "nl")?.map((part) => part.text)).toEqual(["AVG", "datalek"]);
    // A one-letter prefix is no word of its own.
    const [prefixed] = reader.read("e-signature", "nl").parts;
    expect(reader.correct(prefixed!, "nl")).toBeNull();
  });

  it("corrects within one edit for short words, two for long ones", () => {
    expect(nearest("datalk", ["datalek"])).toBe("datalek");
    expect(nearest("dtalk", ["datalek"])).toBeNull();
    expect(nearest("verwerkersovereenkmost", ["verwerkersovereenkomst"])).toBe("verwerkersovereenkomst");
  });

  it("reads the library's own synonyms: the contracts' words for a breach and a sub-processor", () => {
    const { library } = loadLibrary(ROOT);
    const real = createReader(library.searchTerms);
    expect(real.read("inbreuk in verband met persoonsgegevens", "nl").parts.map((part) => part.text)).toEqual(["datalek"]);
    expect(real.read("beveiligingsincident", "en").parts.map((part) => part.text)).toEqual(["breach"]);
    expect(real.read("onderaannemer bezwaar", "nl").parts.map((part) => part.text)).toEqual(["subverwerker", "bezwaar"]);
    expect(real.read("hoe snel moet AxiOps een datalek melden", "nl").parts.map((part) => part.text)).toEqual(["termijn", "AxiOps", "datalek", "melden"]);
  });
});

describe("fewer words when all together find too little", () => {
  it("tries every combination of the given size, in order", () => {
    expect(subsets(["a", "b", "c"], 2)).toEqual([["a", "b"], ["a", "c"], ["b", "c"]]);
    expect(subsets(["a", "b"], 3)).toEqual([]);
  });
});

describe("the sections of a found page", () => {
  // "Intro words. 6.1 Melding datalek melden termijn. 6.2 Kosten datalek." as Pagefind gives it.
  const fragment = {
    content: "AxiOps intro datalek 6.1 Melding AxiOps meldt een datalek binnen 48 uur 6.2 Kosten datalek kosten",
    anchors: [
      { element: "h3", id: "art-6-1", text: "6.1 Melding", location: 3, title: '{"vendor":"AxiOps","types":["Melding van datalekken"],"terms":[],"summary":"…"}' },
      { element: "h3", id: "art-6-2", text: "6.2 Kosten", location: 12, title: '{"vendor":"AxiOps","types":["Kosten van bijstand"],"terms":[],"summary":"…"}' },
      { element: "span", id: "not-a-section", text: "", location: 13 },
    ],
    weighted_locations: [
      { weight: 7, balanced_score: 500, location: 2 },
      { weight: 1, balanced_score: 10, location: 8 },
      { weight: 1, balanced_score: 10, location: 6 },
      { weight: 1, balanced_score: 10, location: 14 },
      { weight: 1, balanced_score: 10, location: 15 },
    ],
  };

  it("puts the section with most of the words first, whatever the weight of one word elsewhere, then clauses", () => {
    const found = sections(fragment, ["datalek", "melden"]);
    expect(found.map((section) => section.anchor?.id ?? null)).toEqual(["art-6-1", "art-6-2", null]);
    expect(found[0]).toMatchObject({ start: 3, end: 12, terms: 2 });
  });

  it("counts the page's own name (the vendor) for every section", () => {
    // "AxiOps" found in the intro only: there, it makes the intro the best match.
    const named = { ...fragment, weighted_locations: [{ weight: 7, balanced_score: 500, location: 0 }, ...fragment.weighted_locations] };
    expect(sections(named, ["datalek", "axiops"])[0]?.anchor).toBeNull();
    // As the page's name it counts for the clauses too, which then come first.
    expect(sections(named, ["datalek", "axiops"], ["AxiOps"]).map((section) => section.anchor?.id ?? null)).toEqual(["art-6-1", "art-6-2", null]);
  });

  it("knows a found word by its letters, whatever punctuation the text puts around it", () => {
    // "(Kosten" at 13 is "kosten", the page's own word: not the first searched word, "melden".
    const found = { ...fragment, content: fragment.content.replace("6.2 Kosten", "6.2 (Kosten"), weighted_locations: [{ weight: 1, balanced_score: 10, location: 13 }] };
    expect(sections(found, ["melden", "kosten"], ["Kosten"]).map((section) => [section.anchor?.id, section.terms])).toEqual([["art-6-2", 1]]);
  });

  it("with `head`, counts the words found before the first section (a key term's name and question) for every section", () => {
    const found = { ...fragment, weighted_locations: [1, 13, 15].map((location) => ({ weight: 1, balanced_score: 10, location })) };
    expect(sections(found, ["intro", "kosten"]).map((section) => [section.anchor?.id ?? null, section.terms])).toEqual([["art-6-2", 1], [null, 1]]);
    expect(sections(found, ["intro", "kosten"], [], { head: true }).map((section) => [section.anchor?.id ?? null, section.terms])).toEqual([["art-6-2", 2], [null, 1]]);
  });

  it("shows a section's words around its best hit, escaped, the found words marked", () => {
    const [first] = sections({ ...fragment, content: fragment.content.replace("binnen", "<b>binnen</b>") }, ["datalek", "melden"]);
    // The best hit is "datalek"; the window ends with the section.
    expect(sectionExcerpt({ ...fragment, content: fragment.content.replace("binnen", "<b>binnen</b>") }, first!, 5)).toBe("… een <mark>datalek</mark> &lt;b&gt;binnen&lt;/b&gt; 48 uur");
  });
});

describe("marking the found words in a summary", () => {
  it("marks the forms of the searched words and escapes the rest", () => {
    expect(markWords("AxiOps meldt <een> datalekken binnen 48 uur.", ["melden", "datalek", "48"])).toBe("AxiOps <mark>meldt</mark> &lt;een&gt; <mark>datalekken</mark> binnen <mark>48</mark> uur.");
  });
});

describe("ranking the pages found", () => {
  const section = (terms: number, score: number, clause = true) => ({ anchor: { element: "h3", id: "x", text: "", location: 0, ...(clause ? { title: "{}" } : {}) }, start: 0, end: 1, terms, score, best: 0, hits: [] });
  const page = (name: string, kind: string, covered: number, score: number, best: ReturnType<typeof section> | null = null, words = ["a", "b", "c"]) => ({ name, kind, covered, score, best, words });

  it("puts what answers most of the words in one place first, whatever Pagefind's score", () => {
    // The contract matched all three words, but no clause has more than two of them.
    const spread = page("spread", "contract", 3, 9, section(2, 900));
    const clause = page("clause", "contract", 3, 1, section(3, 100));
    expect(rank([spread, clause]).map((found) => found.name)).toEqual(["clause", "spread"]);
  });

  it("puts clauses and clause types before overviews, and those before lessons, the glossary and checklists", () => {
    const found = [
      page("lesson", "lesson", 2, 9),
      page("glossary", "glossary", 2, 8),
      page("key term", "key-term", 2, 7),
      page("key terms of a contract", "contract", 2, 6, section(2, 50, false)),
      page("clause type", "clause-type", 2, 5),
      page("clause", "contract", 2, 1, section(2, 10)),
    ];
    expect(rank(found).map((entry) => entry.name)).toEqual(["clause type", "clause", "key term", "key terms of a contract", "lesson", "glossary"]);
  });

  it("judges every page by its best section: a lesson with all the words spread over it answers less than a clause with most of them", () => {
    const lesson = page("lesson", "lesson", 3, 9, section(1, 900, false));
    const clause = page("clause", "contract", 3, 1, section(2, 10));
    expect(rank([lesson, clause]).map((entry) => entry.name)).toEqual(["clause", "lesson"]);
  });

  it("compares the share of the words answered, as the other language's index is searched for other words", () => {
    // Two of the Dutch reading's three words, against both of the English reading's two.
    const dutch = page("dutch", "contract", 3, 9, section(2, 900));
    const english = page("english", "contract", 2, 1, section(2, 100), ["a", "b"]);
    expect(rank([dutch, english]).map((found) => found.name)).toEqual(["english", "dutch"]);
  });

  it("puts the vendor a query names before other vendors' pages that answer as many of the words", () => {
    const named = namedVendors(["Aiono (Bepromptly B.V.)", "AxiOps", "Dienstverlener (BE)"], ["werkdagen", "aiono", "verzoek"]);
    expect([...named]).toEqual(["Aiono (Bepromptly B.V.)"]);
    const other = { ...page("other vendor", "contract", 2, 9, section(2, 900)), vendors: ["AxiOps"] };
    const type = page("clause type", "clause-type", 2, 5);
    const own = { ...page("named vendor", "contract", 2, 1, section(2, 10)), vendors: ["Aiono (Bepromptly B.V.)"] };
    expect(rank([other, type, own], named).map((found) => found.name)).toEqual(["clause type", "named vendor", "other vendor"]);
    // Without a vendor named, the other vendor's stronger clause comes first.
    expect(rank([other, type, own]).map((found) => found.name)).toEqual(["other vendor", "clause type", "named vendor"]);
    // A vendor's short name words ("BE") name no vendor.
    expect(namedVendors(["Dienstverlener (BE)"], ["be"]).size).toBe(0);
  });

  it("orders contract pages that answer alike by their best clause", () => {
    const found = [page("weak", "contract", 2, 9, section(2, 100)), page("strong", "contract", 2, 1, section(2, 500))];
    expect(rank(found).map((entry) => entry.name)).toEqual(["strong", "weak"]);
  });
});
