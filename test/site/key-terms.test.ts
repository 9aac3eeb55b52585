// The key-terms matrix and the key term pages as built, read from the HTML and the exports:
// every contract answers every key term in both languages, the matrix and the term pages show
// those answers (not a bare "no figure"), each with its clause, and the exports carry them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KEY_TERM_NAMES, KEY_TERMS } from "../../scripts/model/key-terms.ts";
import { LANGS } from "../../scripts/model/vocabulary.ts";
import { CONTRACTS_PER_PAGE, MATRIX_CONTRACTS_PER_PAGE } from "../../scripts/site/site-model.ts";
import { clauseTypeUrl, keyTermUrl, sectionUrl, translateUrl } from "../../scripts/site/urls.ts";
import { LIBRARY, TEST_SITE } from "../support/build.ts";
import { readExport } from "../support/exports.ts";
import { idsIn, pageFile, textOf } from "../support/html.ts";

const read = (url: string) => readFileSync(pageFile(TEST_SITE, url), "utf8");
// Each contract as its own export file has it (library.json is the index).
const library = readExport(TEST_SITE);
const contract = (slug: string) => library.contracts.find((candidate) => candidate.slug === slug)!;

/** The matrix table's rows: vendor → the text of each cell, in column order. */
function matrixRows(html: string): Map<string, string[]> {
  const body = html.slice(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
  return new Map(
    body
      .split("<tr>")
      .slice(1)
      .map((row) => [textOf(/<th[^>]*>([\s\S]*?)<\/th>/.exec(row)![1]!), [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => textOf(cell[1]!))]),
  );
}

type Lang = (typeof LANGS)[number];
/** Every page of a list that shows `perPage` contracts a page, as HTML: the library may outgrow the first. */
const pagesOf = (url: (page: number) => string, perPage: number) => Array.from({ length: Math.ceil(library.contracts.length / perPage) }, (_, index) => read(url(index + 1)));
const matrixPages = (lang: Lang) => pagesOf((page) => sectionUrl(lang, "keyTerms", page), MATRIX_CONTRACTS_PER_PAGE);
/** The matrix's rows over all its pages. */
const allMatrixRows = (lang: Lang) => new Map(matrixPages(lang).flatMap((html) => [...matrixRows(html)]));

/** A CSV text as rows of cells (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (!quoted && char === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
    } else cell += char;
  }
  return rows;
}

describe("key-term answers", () => {
  it("are given by every contract for every key term, in both languages", () => {
    // Every contract file of the library is in the export.
    expect(library.contracts.map((contract) => `${contract.slug}.md`)).toEqual(readdirSync(path.join(LIBRARY, "contracts")).filter((name) => name.endsWith(".md")));
    for (const { slug, terms } of library.contracts) {
      expect(Object.keys(terms).sort(), slug).toEqual([...KEY_TERM_NAMES].sort());
      for (const name of KEY_TERM_NAMES) {
        for (const lang of LANGS) expect(terms[name]!.answer[lang].trim(), `${slug} ${name} ${lang}`).not.toBe("");
      }
    }
  });
});

describe("key-terms matrix", () => {
  it.each(LANGS)("shows each contract's answers in the page's language (%s), column by column", (lang) => {
    const pages = matrixPages(lang);
    const rows = allMatrixRows(lang);
    expect(rows.size).toBe(library.contracts.length);
    for (const { vendor, terms } of library.contracts) {
      expect(rows.get(vendor), vendor).toEqual(KEY_TERM_NAMES.map((name) => terms[name]!.answer[lang]));
    }
    // The same answers again in the list per vendor that a phone shows instead of the table.
    const cards = pages.map((html) => html.slice(html.indexOf('<div class="matrix-cards">'))).join("");
    for (const { vendor, terms } of library.contracts) {
      const card = cards.split('<section class="vendor-card"').find((part) => part.includes(`>${vendor.replace(/&/g, "&amp;")}</a></h2>`))!;
      expect([...card.matchAll(/<dd>([\s\S]*?)<\/dd>/g)].map((dd) => textOf(dd[1]!)), vendor).toEqual(KEY_TERM_NAMES.map((name) => terms[name]!.answer[lang]));
    }
  });

  it("gives the words of a breach deadline without a figure, never 'no figure stated'", () => {
    for (const slug of ["aiono", "dienstverlener-be", "smartlockr"]) {
      const { vendor, terms } = contract(slug);
      const breach = terms.breachNotificationDeadline!;
      expect(breach.value, slug).toBeNull();
      // "onverwijld", "onmiddellijk": the gist of the contract's own wording is in the cell.
      const gist = breach.wording!.split(" ")[0]!;
      const cell = allMatrixRows("nl").get(vendor)![KEY_TERM_NAMES.indexOf("breachNotificationDeadline")]!;
      expect(cell, slug).toContain(gist);
      expect(allMatrixRows("en").get(vendor)![KEY_TERM_NAMES.indexOf("breachNotificationDeadline")], slug).toMatch(/^(without delay|immediately)/);
    }
    for (const lang of LANGS) {
      expect(matrixPages(lang).join("")).not.toMatch(/geen termijn genoemd|no figure stated|>niet geregeld<|>not addressed</);
      expect(read(clauseTypeUrl(lang, "breach-notification"))).not.toMatch(/geen termijn genoemd|no figure stated/);
    }
    expect(read(clauseTypeUrl("nl", "breach-notification"))).toContain(contract("aiono").terms.breachNotificationDeadline!.answer.nl);
  });

  it.each(LANGS)("links each column heading to the term's page (%s), and each answer to its clause", (lang) => {
    const html = read(sectionUrl(lang, "keyTerms"));
    const head = html.slice(html.indexOf("<thead>"), html.indexOf("</thead>"));
    expect([...head.matchAll(/<a href="([^"]+)"/g)].map((link) => link[1])).toEqual(KEY_TERM_NAMES.map((name) => keyTermUrl(lang, name)));
    const axiops = matrixPages(lang)
      .flatMap((page) => page.slice(page.indexOf("<tbody>"), page.indexOf("</tbody>")).split("<tr>"))
      .find((row) => row.includes(">AxiOps<"))!;
    expect(axiops).toMatch(new RegExp(`<a href="${lang === "en" ? "/en/contracts" : "/contracten"}/axiops/(\\d+/)?#art-6-1">${contract("axiops").terms.breachNotificationDeadline!.answer[lang]}</a>`));
  });
});

describe("key term pages", () => {
  it("exist for every key term in both languages, each the other's translation", () => {
    for (const name of KEY_TERM_NAMES) {
      for (const lang of LANGS) {
        const other = lang === "nl" ? "en" : "nl";
        const html = read(keyTermUrl(lang, name));
        expect(textOf(/<h1>([\s\S]*?)<\/h1>/.exec(html)![1]!)).toBe(KEY_TERMS[name].label[lang]);
        expect(html).toContain(`<link rel="alternate" hreflang="${other}" href="${keyTermUrl(other, name)}">`);
        expect(translateUrl(keyTermUrl(lang, name), other)).toBe(keyTermUrl(other, name));
      }
    }
  });

  it("list every vendor's answer with the contract's own words and a link to a clause that exists", () => {
    for (const name of KEY_TERM_NAMES) {
      for (const lang of LANGS) {
        const rows = pagesOf((page) => keyTermUrl(lang, name, page), CONTRACTS_PER_PAGE).flatMap((html) => html.slice(html.indexOf('<dl class="summary-list'), html.indexOf("</dl>")).split(/<div\b[^>]*>/).slice(1));
        expect(rows, `${name} ${lang}`).toHaveLength(library.contracts.length);
        for (const { vendor, terms } of library.contracts) {
          const term = terms[name]!;
          const row = rows.find((candidate) => textOf(/<dt>([\s\S]*?)<\/dt>/.exec(candidate)![1]!) === vendor)!;
          expect(textOf(/<p class="answer">([\s\S]*?)<\/p>/.exec(row)![1]!), `${vendor} ${name} ${lang}`).toBe(term.answer[lang]);
          if (term.wording) expect(textOf(/<q lang="nl">([\s\S]*?)<\/q>/.exec(row)![1]!)).toBe(term.wording);
          if (term.note) expect(textOf(row)).toContain(term.note[lang]);
          const link = /<dd class="clause-link"><a href="([^"#]+)#([^"]+)">/.exec(row);
          if (term.clause === null) expect(link, `${vendor} ${name}`).toBeNull();
          else {
            expect(link?.[2], `${vendor} ${name}`).toBe(term.clause);
            expect(idsIn(read(link![1]!)).has(term.clause), `${vendor} ${name}`).toBe(true);
          }
        }
      }
    }
  });

  it("are marked for search on their first page", () => {
    for (const lang of LANGS) expect(read(keyTermUrl(lang, "auditCosts"))).toContain('<article class="key-term" data-pagefind-body data-pagefind-filter="kind:key-term" data-pagefind-meta="words:');
  });
});

describe("key-term exports", () => {
  const [header, ...rows] = parseCsv(`${read("/api/key-terms.csv").trimEnd()}\n`);
  const row = (slug: string) => Object.fromEntries(header!.map((column, index) => [column, rows.find((cells) => cells[0] === slug)![index]]));

  it("carry each term's value, clause, answer in both languages, wording and note in the CSV", () => {
    expect(header!.slice(4, 11)).toEqual([
      "breachNotificationDeadline",
      "breachNotificationDeadlineClause",
      "breachNotificationDeadlineAnswerNl",
      "breachNotificationDeadlineAnswerEn",
      "breachNotificationDeadlineWording",
      "breachNotificationDeadlineNoteNl",
      "breachNotificationDeadlineNoteEn",
    ]);
    expect(rows.every((cells) => cells.length === header!.length)).toBe(true);
    for (const { slug, terms } of library.contracts) {
      const cells = row(slug);
      for (const name of KEY_TERM_NAMES) {
        const term = terms[name]!;
        expect([cells[`${name}AnswerNl`], cells[`${name}AnswerEn`]], `${slug} ${name}`).toEqual([term.answer.nl, term.answer.en]);
        expect(cells[`${name}Wording`]).toBe(term.wording ?? "");
        expect([cells[`${name}NoteNl`], cells[`${name}NoteEn`]]).toEqual([term.note?.nl ?? "", term.note?.en ?? ""]);
      }
    }
    expect(row("axiops").auditCosts).toBe("each-own");
    expect(row("smartlockr").subprocessorObjectionPeriod).toBe("60 days");
    expect(row("aiono").breachNotificationDeadline).toBe("");
    expect(row("aiono").breachNotificationDeadlineAnswerNl).toBe("onverwijld, geen vaste termijn");
  });

  it("carry the answers in each contract's JSON", () => {
    const aiono = JSON.parse(read("/api/contracts/aiono.json")) as { keyTerms: { name: string }[]; terms: Record<string, { answer: { nl: string; en: string } }> };
    expect(aiono.keyTerms.map((term) => term.name)).toEqual(KEY_TERM_NAMES);
    expect(aiono.terms.breachNotificationDeadline!.answer).toEqual({ nl: "onverwijld, geen vaste termijn", en: "without delay, no fixed deadline" });
  });
});
