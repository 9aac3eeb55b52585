// The built site (test/support/global-setup.ts builds it once): the export matches its
// schema and every link into a clause lands on an element with that id.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { CONTENT_SECURITY_POLICY } from "../../scripts/site/content-security-policy.ts";
import { checklistUrl, contractUrl, keyTermUrl, learningPathUrl, sectionUrl } from "../../scripts/site/urls.ts";
import { LIBRARY, TEST_SITE } from "../support/build.ts";
import { readExport } from "../support/exports.ts";
import { htmlFiles, idsIn, pageFile } from "../support/html.ts";

const { index, contracts: exported } = readExport(TEST_SITE);

describe("the export (version 2)", () => {
  const { library } = loadLibrary(LIBRARY);

  it("indexes every contract and clause with its types in library.json, and has each in full, summarised in both languages, in the contract's own file", () => {
    expect(index.version).toBe(2);
    expect(index.contracts.map((contract) => contract.slug)).toEqual(library.contracts.map((contract) => contract.slug));
    expect(exported.map((contract) => contract.slug)).toEqual(library.contracts.map((contract) => contract.slug));
    library.contracts.forEach((contract, at) => {
      const ids = contract.clauses.map((clause) => clause.id);
      expect(index.contracts[at]!.clauses.map((clause) => clause.id)).toEqual(ids);
      expect(exported[at]!.clauses.map((clause) => clause.id)).toEqual(ids);
      expect(index.contracts[at]!.clauses.map((clause) => clause.types)).toEqual(contract.clauses.map((clause) => clause.types));
    });
    for (const clause of exported.flatMap((contract) => contract.clauses)) {
      expect(clause.types.length).toBeGreaterThan(0);
      expect(clause.summary.nl?.length).toBeGreaterThan(0);
      expect(clause.summary.en?.length).toBeGreaterThan(0);
    }
  });

  it("names each contract's provenance file, which exists", () => {
    for (const contract of index.contracts) expect(existsSync(path.join(LIBRARY, contract.source)), contract.source).toBe(true);
  });

  it("cites, for every key term, a clause that is in the export", () => {
    for (const contract of index.contracts) {
      const ids = new Set(contract.clauses.map((clause) => clause.id));
      for (const [name, term] of Object.entries(contract.terms)) {
        if (term && term.clause !== null) expect(ids.has(term.clause), `${contract.slug} ${name}`).toBe(true);
      }
    }
  });

  it("links every clause to an anchor that exists in the built HTML, in both languages", () => {
    const idsByPage = new Map<string, Set<string>>();
    const missing: string[] = [];
    // Places relative to the contract's page in either language, in library.json and in the contract's own file.
    const placed = (contract: { urls: { nl: string; en: string }; clauses: { href: string }[] }) =>
      contract.clauses.flatMap((clause) => [contract.urls.nl, contract.urls.en].map((page) => new URL(clause.href, `https://site${page}`).href.slice("https://site".length)));
    const urls = [...index.contracts.flatMap(placed), ...exported.flatMap(placed)];
    for (const url of urls) {
      const [page, anchor] = url.split("#") as [string, string];
      if (!idsByPage.has(page)) idsByPage.set(page, idsIn(readFileSync(pageFile(TEST_SITE, page), "utf8")));
      if (!idsByPage.get(page)!.has(anchor)) missing.push(url);
    }
    expect(urls.length).toBe(4 * library.contracts.reduce((sum, contract) => sum + contract.clauses.length, 0));
    expect(missing).toEqual([]);
  });
});

describe("AxiOps", () => {
  it("reports the 48-hour breach deadline from clause 6.1", () => {
    const axiops = index.contracts.find((contract) => contract.slug === "axiops")!;
    expect(axiops.terms.breachNotificationDeadline).toMatchObject({ value: { amount: 48, unit: "hours" }, clause: "art-6-1" });
    const clause = exported.find((contract) => contract.slug === "axiops")!.clauses.find((candidate) => candidate.id === "art-6-1")!;
    expect(clause.text).toContain("uiterlijk binnen 48 uur na ontdekking");
    expect(clause.types[0]).toBe("breach-notification");
  });
});

describe("search index", () => {
  it("indexes the key term pages (not the matrix, which repeats them) and the Art. 28 checklists, each with its kind", () => {
    const page = (url: string) => readFileSync(path.join(TEST_SITE, url, "index.html"), "utf8");
    for (const lang of ["nl", "en"] as const) {
      expect(page(keyTermUrl(lang, "breachNotificationDeadline"))).toContain('data-pagefind-body data-pagefind-filter="kind:key-term"');
      expect(page(sectionUrl(lang, "keyTerms"))).not.toContain("data-pagefind-body");
      expect(page(checklistUrl(lang, "axiops"))).toContain('data-pagefind-body data-pagefind-filter="kind:checklist"');
    }
  });

  it("files a vendor's checklist under its contract, so that the contract filter and a query naming the vendor find it", () => {
    const page = (url: string) => readFileSync(path.join(TEST_SITE, url, "index.html"), "utf8");
    expect(page(checklistUrl("nl", "axiops"))).toContain('<span data-pagefind-filter="Contract">AxiOps</span>');
    expect(page(checklistUrl("en", "axiops"))).toContain('<span data-pagefind-filter="Contract">AxiOps</span>');
  });

  it("gives each requirement of a checklist an id, so that search judges the requirements one by one", () => {
    const page = (url: string) => readFileSync(path.join(TEST_SITE, url, "index.html"), "utf8");
    for (const lang of ["nl", "en"] as const) expect(page(checklistUrl(lang, "axiops"))).toContain('<th scope="row" id="art-28-3-a">');
  });

  it("writes the search box's words by initial, each file with its own: a query loads those of its words", () => {
    const json = (file: string) => JSON.parse(readFileSync(path.join(TEST_SITE, "assets", file), "utf8"));
    const box = json("search.json");
    expect(box.firsts.nl).toContain("datalek");
    for (const initial of box.initials) {
      const words = json(`search-words/${initial}.json`);
      const stopWords: string[] = [words.stopWords.nl, words.stopWords.en].flatMap((joined: string) => joined.split(" ").filter(Boolean));
      const firstKeys: string[] = words.terms.map((term: [number, string, string]) => term[2].split(" ")[0]);
      for (const key of [...stopWords, ...firstKeys]) expect(key[0], key).toBe(initial);
    }
    expect(json("search-words/b.json").terms).toContainEqual([box.firsts.nl.indexOf("datalek"), "nl", "beveiligingsincident"]);
  });

  it("leaves out what repeats the clauses: a contract's key-terms table and a lesson's exercises", () => {
    const page = (url: string) => readFileSync(path.join(TEST_SITE, url, "index.html"), "utf8");
    for (const lang of ["nl", "en"] as const) {
      expect(page(contractUrl(lang, "axiops"))).toMatch(/<section class="key-terms" aria-labelledby="contract--kerntermen" data-pagefind-ignore>/);
      expect(page(learningPathUrl(lang, "data-breaches"))).toMatch(/<section class="learning-section practice" aria-labelledby="oefenen" data-pagefind-ignore/);
    }
  });

  it("indexes every page marked for search, and only those", () => {
    const marked = htmlFiles(TEST_SITE).filter((file) => readFileSync(file, "utf8").includes("data-pagefind-body")).length;
    const entry = JSON.parse(readFileSync(path.join(TEST_SITE, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(marked).toBeGreaterThan(100);
    expect(indexed).toBe(marked);
  });
});

describe("Content Security Policy", () => {
  it("is on every HTML page, before anything it governs is loaded", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/["&<>]/);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
    const pages = htmlFiles(TEST_SITE);
    expect(pages.length).toBeGreaterThan(100);
    const without = pages.filter((file) => {
      const html = readFileSync(file, "utf8");
      return !html.includes(meta) || html.indexOf(meta) > Math.min(...["<link", "<script", "<style"].map((tag) => html.indexOf(tag)).filter((at) => at >= 0));
    });
    expect(without.map((file) => path.relative(TEST_SITE, file))).toEqual([]);
  });
});

describe("page size", () => {
  it("writes the views and partials without their templates' indentation", () => {
    const pages = htmlFiles(TEST_SITE);
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
      // The layout's own lines around the view are indented; nothing the views and partials write is.
      const indented = main.split("\n").slice(2).filter((line) => /^[ \t]+\S/.test(line));
      expect(indented, file).toEqual([]);
    }
  });
});
