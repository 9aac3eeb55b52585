// Content that tries to break out of the page: a site built from the library with
// "</script><script>…" in the text fields a privacy officer types that reach a page's scripts
// or title, a vendor whose name holds "&" and markup, and a vendor whose name is a spreadsheet
// formula. No page may carry an injected script, texts must read as typed (escaped exactly
// once), and the CSV export must not hand a spreadsheet a formula. (The real library, edited:
// the fixture library has too few clause types for the learning path's pages.)
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, ROOT } from "../support/build.ts";
import { editedLibrary } from "../support/fixture-library.ts";
import { htmlFiles } from "../support/html.ts";
import { siteBrowser } from "../support/site-browser.ts";
import { checklistUrl, contractUrl, sectionUrl } from "../../scripts/site/urls.ts";
import { t } from "../../scripts/site/filters/i18n.ts";
import { LANGS } from "../../scripts/model/vocabulary.ts";

/** A script that, if it ever got into a page, says which field let it in. */
const inject = (field: string) => `</script><script>window.injected = "${field}"</script>`;

const VENDOR = `AxiOps & Co ${inject("vendor")}`;
const TITLE = "Verwerkersovereenkomst voor de verwerking van persoonsgegevens";
const TYPE_NAME = { nl: `Melding van datalekken ${inject("type name nl")}`, en: `Personal data breach notification ${inject("type name en")}` };
const FORMULA_VENDOR = `=HYPERLINK("https://evil.example","Belco")`;

// Single-quoted YAML: the values hold double quotes.
const yaml = (text: string) => `'${text.replace(/'/g, "''")}'`;
const AXIOPS = "contracts/axiops.md";
/** Inside a summary's or assessment's folded block: before its first words. */
const before = (words: string, field: string) => ({ file: AXIOPS, find: `    ${words}`, replace: `    ${inject(field)} ${words}` });
const EDITS = [
  { file: AXIOPS, find: "vendor: AxiOps\n", replace: `vendor: ${yaml(VENDOR)}\n` },
  before("AxiOps (verwerker) meldt een inbreuk", "summary nl"),
  before("AxiOps (processor) notifies the customer of a personal data breach", "summary en"),
  before("Vaste termijn van 48 uur vanaf ontdekking", "assessment nl"),
  before("A fixed 48-hour deadline from discovery", "assessment en"),
  { file: AXIOPS, find: `value: "Rechtbank Oost-Brabant, locatie 's-Hertogenbosch"`, replace: `value: ${yaml(`Rechtbank ${inject("key term")}`)}` },
  { file: "clauses/breach-notification.md", find: "nl: Melding van datalekken", replace: `nl: ${yaml(TYPE_NAME.nl)}` },
  { file: "clauses/breach-notification.md", find: "en: Personal data breach notification", replace: `en: ${yaml(TYPE_NAME.en)}` },
  { file: "contracts/belco.md", find: "vendor: Belco\n", replace: `vendor: ${yaml(FORMULA_VENDOR)}\n` },
];

const output = mkdtempSync(path.join(tmpdir(), "dpa-hostile-"));
let library = "";
afterAll(() => {
  for (const dir of [output, library]) if (dir) rmSync(dir, { recursive: true, force: true });
});
const site = siteBrowser({
  site: () => {
    library = editedLibrary(EDITS, ROOT);
    buildSite(output, { LIBRARY_ROOT: library });
    return output;
  },
});

const siteName = (lang: "nl" | "en") => t("siteName", lang);

describe("stored XSS", () => {
  it("gets no script into any page", async () => {
    const urls = htmlFiles(output).map((file) => `/${path.relative(output, file).split(path.sep).join("/")}`);
    expect(urls.length).toBeGreaterThan(100);
    const page = await site.open("/");
    // Chromium's own HTML parser, without running the pages: every script element in each.
    const scripts = await page.evaluate(async (urls) => {
      const parser = new DOMParser();
      const found: string[] = [];
      for (const url of urls) {
        const html = parser.parseFromString(await (await fetch(url)).text(), "text/html");
        for (const script of html.querySelectorAll("script")) found.push(`${url}: ${script.getAttribute("src") ?? `${script.getAttribute("type")} #${script.id}`}`);
      }
      return found;
    }, urls);
    // Only the site's own script files, and the compare page's data block.
    const own = /: (\/assets\/(search|header|compare|table|learning)\.js|application\/json #compare-data)$/;
    expect(scripts.length).toBeGreaterThan(urls.length);
    expect(scripts.filter((script) => !own.test(script))).toEqual([]);
    await page.close();
  });

  it.each(LANGS)("keeps the compare data (%s) whole: the clause type names come back as typed", async (lang) => {
    const page = await site.open(`${sectionUrl(lang, "compare")}?c=axiops&c=belco`);
    const data = JSON.parse(await page.locator("#compare-data").textContent() ?? "") as unknown;
    // Every text in the block that carries an injection is one the library holds, unchanged.
    const strings = (value: unknown): string[] => (typeof value === "string" ? [value] : typeof value === "object" && value ? Object.values(value).flatMap(strings) : []);
    expect(strings(data).filter((text) => text.includes("injected"))).toEqual([TYPE_NAME[lang]]);
    // And the table built from it shows the name as text.
    await page.locator(".compare-table").waitFor();
    expect(await page.locator(".compare-table tr[data-type='breach-notification'] th").textContent()).toBe(TYPE_NAME[lang]);
    expect(await page.evaluate(() => (window as { injected?: string }).injected)).toBeUndefined();
    await page.close();
  });
});

describe("titles with & and markup in them", () => {
  it.each(LANGS)("read as typed in the tab and the headings of the contract and its checklist (%s)", async (lang) => {
    const contract = await site.open(contractUrl(lang, "axiops"));
    expect(await contract.title()).toBe(`${VENDOR}: ${TITLE} (1/4) · ${siteName(lang)}`);
    expect(await contract.locator("h1").textContent()).toBe(`${VENDOR}: ${TITLE}`);
    await contract.close();
    const checklist = await site.open(checklistUrl(lang, "axiops"));
    expect(await checklist.title()).toBe(`${t("checklist", lang)}: ${VENDOR} · ${siteName(lang)}`);
    expect(await checklist.locator("h1").textContent()).toBe(`${t("checklist", lang)}: ${VENDOR}`);
    await checklist.close();
    // Escaped once in the source: "&" as "&amp;", never "&amp;amp;".
    const source = readFileSync(path.join(output, contractUrl(lang, "axiops"), "index.html"), "utf8");
    expect(source).toContain(`<title>AxiOps &amp; Co &lt;/script&gt;`);
    expect(source).not.toContain("&amp;amp;");
  });

  it("read as typed in search results", async () => {
    const page = await site.open("/");
    // AxiOps's address: in its parties and its first clause, on the first part of its contract.
    await page.locator("#search-input").fill("Doornhoek");
    const titles = page.locator(".search-title");
    await titles.first().waitFor();
    const shown = await titles.allTextContents();
    expect(shown).toEqual(expect.arrayContaining([`${VENDOR} · ${t("parties", "nl")}`, `${VENDOR} Rollen en reikwijdte`]));
    for (const title of shown) expect(title.startsWith(`${VENDOR} `)).toBe(true);
    // The summary of a clause card, with its injected script, is text too.
    await page.locator("#search-input").fill("Vaste termijn van 48 uur");
    await page.locator(".search-excerpt", { hasText: "window.injected" }).first().waitFor();
    expect(await page.evaluate(() => (window as { injected?: string }).injected)).toBeUndefined();
    await page.close();
  });
});

describe("CSV formula injection", () => {
  it("hands a spreadsheet no formula in /api/key-terms.csv", () => {
    const rows = readFileSync(path.join(output, "api/key-terms.csv"), "utf8").trim().split("\n");
    const belco = rows.find((row) => row.startsWith("belco,"));
    // OWASP: a leading ', then the usual CSV quoting.
    expect(belco).toMatch(/^belco,"'=HYPERLINK\(""https:\/\/evil\.example"",""Belco""\)",dpa,/);
  });
});
