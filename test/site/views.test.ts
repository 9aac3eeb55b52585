// What the built views say, read from the HTML and exports: the CSV matrix, the per-contract
// JSON, an Art. 28 gap on the checklist, a clause type's legal sources, and the glossary's
// links to contract definitions.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { clauseTypeUrl, contractUrl } from "../../scripts/site/urls.ts";
import { LANGS } from "../../scripts/model/vocabulary.ts";
import { LIBRARY, TEST_SITE } from "../support/build.ts";
import { readExport } from "../support/exports.ts";
import { htmlFiles, idsIn, pageFile, textOf } from "../support/html.ts";

const read = (url: string) => readFileSync(pageFile(TEST_SITE, url), "utf8");
const { library } = loadLibrary(LIBRARY);

describe("key-terms CSV", () => {
  const [header, ...rows] = read("/api/key-terms.csv").trim().split("\n");

  it("has a row per contract and a value and clause link per key term", () => {
    expect(header!.split(",").slice(0, 6)).toEqual(["slug", "vendor", "documentType", "jurisdiction", "breachNotificationDeadline", "breachNotificationDeadlineClause"]);
    expect(rows.map((row) => row.split(",")[0])).toEqual(library.contracts.map((contract) => contract.slug));
    const axiops = rows.find((row) => row.startsWith("axiops,"))!.split(",");
    expect(axiops.slice(4, 6)).toEqual(["48 hours", expect.stringMatching(/^\/contracten\/axiops\/(\d+\/)?#art-6-1$/)]);
  });

  it("links only to clauses that exist", () => {
    for (const url of rows.flatMap((row) => row.split(",").filter((cell) => cell.startsWith("/contracten/")))) {
      const [page, anchor] = url.split("#") as [string, string];
      expect(idsIn(read(page)).has(anchor), url).toBe(true);
    }
  });
});

describe("per-contract JSON", () => {
  it("holds the contract's clauses and its key terms as the site shows them", () => {
    const belco = JSON.parse(read("/api/contracts/belco.json"));
    expect(belco.clauses.length).toBeGreaterThan(50);
    const breach = belco.keyTerms.find((term: { name: string }) => term.name === "breachNotificationDeadline");
    expect(breach.display).toEqual({ nl: "24 uur", en: "24 hours" });
  });
});

describe("Art. 28 checklist", () => {
  const rowsOf = (url: string) => read(url).split("<tr class=").slice(1);

  it("gives a contract with findings a verdict per requirement, with the findings' reasons and clauses", () => {
    const rows = rowsOf("/contracten/aiono/art-28/");
    const verdicts = rows.map((row) => [row.match(/<a [^>]*>AVG ([^<]+)<\/a>/)![1], row.match(/^"verdict-(\w+)"/)?.[1], textOf(row.match(/<p class="verdict">([\s\S]*?)<\/p>/)?.[1] ?? "")]);
    // Aiono leaves out the warning about infringing instructions altogether; its breach, deletion and sub-processor clauses meet Art. 28 in part.
    expect(verdicts).toContainEqual(["28(3)", "ontbreekt", "Oordeel: ontbreekt"]);
    expect(verdicts).toContainEqual(["28(3)(f)", "deels", "Oordeel: deels"]);
    expect(verdicts).toContainEqual(["28(3)(g)", "deels", "Oordeel: deels"]);
    expect(verdicts).toContainEqual(["28(3)(e)", "voldoet", "Oordeel: voldoet"]);
    const breach = rows.find((row) => row.includes("28(3)(f)"))!;
    expect(textOf(breach)).toContain("deels voldaan Vaste termijn: Alleen \"onverwijld\", geen vaste termijn.");
    // Relative to the checklist, the link lands on the clause on its contract's page.
    const href = breach.match(/href="([^"]*#art-7-1)"/)![1]!;
    const target = new URL(href, "http://site/contracten/aiono/art-28/");
    expect(target.pathname).toMatch(/^\/contracten\/aiono\/(\d+\/)?$/);
    expect(idsIn(read(target.pathname)).has("art-7-1")).toBe(true);
  });

  it("gives every contract a verdict per requirement: every assessed clause has findings", () => {
    for (const contract of library.contracts) expect(read(`/contracten/${contract.slug}/art-28/`), contract.slug).toContain('class="verdict');
  });

  it("links each requirement to Article 28 on EUR-Lex in the page's language", () => {
    for (const [url, lang] of [["/en/contracts/aiono/art-28/", "EN"], ["/contracten/belco/art-28/", "NL"]] as const) {
      const links = [...read(url).matchAll(/<th scope="row"[^>]*><a href="([^"]+)"/g)].map(([, href]) => href!.replace(/&amp;/g, "&"));
      expect(links).toHaveLength(12);
      expect(new Set(links)).toEqual(new Set([`https://eur-lex.europa.eu/legal-content/${lang}/TXT/HTML/?uri=CELEX:32016R0679#art_28`]));
    }
  });
});

describe("clause type page", () => {
  it.each(LANGS)("lists the type's legal sources under what the GDPR requires, as links to the official text (%s)", (lang) => {
    for (const type of library.clauseTypes) {
      const html = read(clauseTypeUrl(lang, type.id));
      const explanation = html.match(/<div class="explanation">([\s\S]*?)<\/div>/)![1]!;
      const [law, rest] = explanation.split(/(?=<h3[ >])/g).slice(0, 2) as [string, string];
      expect(textOf(law)).toMatch(lang === "nl" ? /^Wat de AVG vraagt/ : /^What the GDPR requires/);
      expect(textOf(rest)).toMatch(lang === "nl" ? /^Waar let u op/ : /^What to look for/);
      const list = law.match(/<p class="law-sources">([\s\S]*?)<\/p>\s*$/)?.[1];
      expect(list, `${type.id}: no sources at the end of its first section`).toBeDefined();
      const links = [...list!.matchAll(/<a href="([^"]+)" rel="external">([^<]+)<\/a>/g)].map(([, href, title]) => [href!.replace(/&amp;/g, "&"), textOf(title!)]);
      expect(links, type.id).toEqual(type.lawSources.map((id) => [library.lawSources[id]!.url[lang], library.lawSources[id]!.title[lang]]));
    }
  });
});

describe("glossary", () => {
  it("links an AVG term to the contracts' own definitions of it", () => {
    const html = read("/begrippen/");
    const row = html.split("<tr>").find((part) => part.includes(">subverwerker (AVG: andere verwerker)<"))!;
    expect(row).toMatch(/href="\/contracten\/axiops\/(\d+\/)?#[a-z0-9-]+">AxiOps: <span lang="nl">Subverwerker<\/span>/);
  });
});

describe("equivalent clauses", () => {
  it("links each clause to its main type with the number of other vendors' clauses of that type", () => {
    const library = { clauses: readExport(TEST_SITE).index.contracts.flatMap((contract) => contract.clauses.map((clause) => ({ ...clause, contract: contract.slug }))) };
    const sections = new Map<string, string[]>();
    const sectionsOf = (slug: string) => {
      if (!sections.has(slug)) {
        const parts = htmlFiles(path.join(TEST_SITE, "contracten", slug)).filter((file) => !file.includes("art-28"));
        sections.set(slug, parts.flatMap((file) => readFileSync(file, "utf8").split('<section class="clause')));
      }
      return sections.get(slug)!;
    };
    let checked = 0;
    for (const clause of library.clauses) {
      const others = library.clauses.filter((other) => other.contract !== clause.contract && other.types.includes(clause.types[0]!)).length;
      const section = sectionsOf(clause.contract).filter((part) => part.includes(`aria-labelledby="${clause.id}"`))[0]!;
      const shown = section.match(/Vergelijk met (\d+) clausules van andere leveranciers/)?.[1];
      expect(shown === undefined ? 0 : Number(shown), `${clause.contract} ${clause.id}`).toBe(others);
      if (shown) expect(section).toContain(`href="/clausuletypen/${clause.types[0]}/#clausules"`);
      checked++;
    }
    expect(checked).toBeGreaterThan(400);
  });
});

describe("contract contents", () => {
  it.each(LANGS)("lists the same section headings on every part of a contract, each link landing on its heading, on the same part without leaving the page (%s)", (lang) => {
    let parts = 0;
    for (const contract of library.contracts) {
      const urls: string[] = [];
      while (existsSync(pageFile(TEST_SITE, contractUrl(lang, contract.slug, urls.length + 1)))) urls.push(contractUrl(lang, contract.slug, urls.length + 1));
      const lists = urls.map((url) => {
        const links = [...(read(url).match(/<details class="contents"[\s\S]*?<\/details>/)?.[0] ?? "").matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)];
        return links.map(([, href, text]) => {
          const target = new URL(href!, `http://site${url}`);
          const heading = read(target.pathname).match(new RegExp(`<h2 [^>]*id="${target.hash.slice(1)}"[^>]*>([^<]*)</h2>`))?.[1];
          expect(heading, `${url}: ${href}`).toBe(text);
          if (target.pathname === url) expect(href, `${url}: ${href}`).toMatch(/^#/);
          return `${target.pathname}${target.hash} ${text}`;
        });
      });
      if (urls.length > 1) {
        parts += urls.length;
        expect(lists[0]!.length, contract.slug).toBeGreaterThan(1);
        for (const list of lists) expect(list, contract.slug).toEqual(lists[0]);
      }
    }
    expect(parts).toBeGreaterThan(3);
  });
});

describe("contract facts", () => {
  it("write the document's date out in the page's language", () => {
    expect(read("/contracten/axiops/")).toContain('<time datetime="2026-08-01">1 augustus 2026</time>');
    expect(read("/en/contracts/belco/")).toContain('<time datetime="2022-01-04">4 January 2022</time>');
  });

  it("show no internal file path on any page: the source file is provenance, kept in the exports", () => {
    const library = JSON.parse(read("/api/library.json")) as { contracts: { source: string }[] };
    const names = library.contracts.flatMap((contract) => [contract.source, path.basename(contract.source)]);
    const shown = htmlFiles(TEST_SITE).flatMap((file) => {
      const html = readFileSync(file, "utf8");
      return names.filter((name) => html.includes(name)).map((name) => `${path.relative(TEST_SITE, file)}: ${name}`);
    });
    expect(shown).toEqual([]);
  });
});
