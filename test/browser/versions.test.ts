// The fixture scenario of a new version on the site: the library with AxiOps 1.1 added by
// npm run new-version and reviewed (test/fixtures/versions/review.ts), built. The "what
// changed" page shows exactly the scenario's changes, with the key term 48 → 72 hours in
// both languages and the wording compared word by word, readable without colour; the
// matrix shows the new value; version 1.0 keeps its own page, marked superseded and kept
// out of search; recent changes, the Atom feed and the JSON export carry the version. At
// 390 and 1280 px the new pages do not scroll sideways and axe-core finds nothing.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { globSync } from "tinyglobby";
import type { Page } from "playwright-core";
import { changesUrl, contractUrl, feedUrl, sectionUrl, searchablePagesGlob, versionsJsonUrl, versionUrl } from "../../scripts/site/urls.ts";
import { axeViolations } from "../support/axe.ts";
import { buildSite } from "../support/build.ts";
import { pageFile, textOf } from "../support/html.ts";
import { siteBrowser } from "../support/site-browser.ts";
import { reviewedLibrary, TMP } from "../support/versioned-library.ts";
import { LibraryExport } from "../../scripts/model/export-schema.ts";

const output = TMP("dpa-versions-site-");
let library = "";
afterAll(() => {
  for (const dir of [output, library]) if (dir) rmSync(dir, { recursive: true, force: true });
});
const site = siteBrowser({
  site: () => {
    library = reviewedLibrary();
    buildSite(output, { LIBRARY_ROOT: library, SITE_ORIGIN: "https://dpa.example" });
    return output;
  },
});

const read = (url: string) => readFileSync(pageFile(output, url), "utf8");
const main = (url: string) => {
  const html = read(url);
  return html.slice(html.indexOf("<main"), html.indexOf("</main>"));
};

async function open(url: string, width: number): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await site.watch(page);
  await page.goto(new URL(url.replace(/^\//, ""), site.server.url).href);
  return page;
}

describe("what changed in AxiOps 1.1", () => {
  it("lists exactly the scenario's clause changes, in the new version's order", async () => {
    const page = await open(changesUrl("nl", "axiops", "1-1"), 1280);
    const headings = await page.locator(".clause-change h3").allTextContents();
    expect(headings.map((text) => text.replace(/\s+/g, " ").trim())).toEqual([
      "Gesplitst: 3.3 c → 3.3 c + 3.3 d",
      "Gewijzigd: 6.1 → 6.1",
      "Toegevoegd: 6.5",
      "Verwijderd: 7.3",
      "Hernummerd: 7.4 → 7.3",
      "Verplaatst: bijlage-3-logging → bijlage-3-logging",
    ]);
    await page.context().close();
  });

  it("states the key-term change plainly, in each language", () => {
    expect(textOf(main(changesUrl("nl", "axiops", "1-1")))).toContain("Meldtermijn datalek: 48 uur → 72 uur");
    expect(textOf(main(changesUrl("en", "axiops", "1-1")))).toContain("Breach notification deadline: 48 hours → 72 hours");
  });

  it("marks the changed words with <del> and <ins>, struck through and underlined, and says so to screen readers", async () => {
    const page = await open(changesUrl("en", "axiops", "1-1"), 1280);
    const changed = page.locator(".clause-change", { hasText: "Changed" });
    expect(await changed.locator("del").allTextContents()).toEqual(["[deleted: 48 ]"]);
    expect(await changed.locator("ins").allTextContents()).toEqual(["[inserted: 72 ]"]);
    expect(await changed.locator("del").evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe("line-through");
    expect(await changed.locator("ins").evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe("underline");
    // The spoken words are not shown.
    expect(await changed.locator("del .visually-hidden").first().evaluate((element) => element.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    await page.context().close();
  });

  it("links each clause to where it stands in each version", () => {
    const html = main(changesUrl("nl", "axiops", "1-1"));
    expect(html).toContain(`href="${versionUrl("nl", "axiops", "1-0", 2)}#art-7-3"`);
    expect(html).toMatch(new RegExp(`href="${contractUrl("nl", "axiops")}(\\d/)?#art-6-5"`));
  });
});

describe("the versions elsewhere on the site", () => {
  it("shows the new version's key term in the matrix", () => {
    const row = main(sectionUrl("nl", "keyTerms")).split("<tr>").find((part) => part.includes(">AxiOps</a></th>"))!;
    expect(textOf(row)).toContain("uiterlijk binnen 72 uur na ontdekking");
    expect(textOf(row)).not.toContain("48 uur");
  });

  it("keeps version 1.0 at its own address, marked superseded, with the way to the latest and to what changed, out of search", () => {
    const html = read(versionUrl("nl", "axiops", "1-0"));
    expect(textOf(html)).toContain("Vervangen versie");
    expect(html).toContain(`href="${contractUrl("nl", "axiops")}"`);
    expect(html).toContain(`href="${changesUrl("nl", "axiops", "1-1")}"`);
    expect(textOf(html)).toContain("uiterlijk binnen 48 uur na ontdekking");
    expect(html).not.toContain("data-pagefind-body");
    const indexed = globSync(searchablePagesGlob(), { cwd: output });
    expect(indexed.some((file) => file.startsWith("contracten/axiops/") && !/versies|wijzigingen/.test(file))).toBe(true);
    expect(indexed.filter((file) => /versies|versions|wijzigingen|changes/.test(file))).toEqual([]);
  });

  it("links each clause of version 1.0 to the same clause of version 1.0 in the other language", () => {
    const dutch = read(versionUrl("nl", "axiops", "1-0"));
    const english = read(versionUrl("en", "axiops", "1-0"));
    expect(dutch).toContain(`<a href="${versionUrl("en", "axiops", "1-0")}#art-1-1-avg" hreflang="en" lang="en">In short, in English</a>`);
    expect(english).toContain(`<a href="${versionUrl("nl", "axiops", "1-0")}#art-1-1-avg" hreflang="nl">Original text (Dutch), with the Dutch summary</a>`);
    expect(english).not.toContain(`href="${contractUrl("nl", "axiops")}#art-1-1-avg"`);
  });

  it("lists the versions on the latest version's page", () => {
    const text = textOf(main(contractUrl("en", "axiops")));
    expect(text).toContain("Versions version 1.1, 1 October 2026 (this version): What changed in version 1.1 version 1.0, 1 August 2026");
  });

  it("lists the version in the recent changes and in a valid Atom feed with absolute addresses", async () => {
    expect(textOf(main(sectionUrl("en", "recentChanges")))).toContain("1 October 2026: AxiOps, Version 1.0 → 1.1 1 added, 1 removed, 1 split, 1 changed, 1 moved, 1 renumbered; Key terms: Breach notification deadline 48 hours → 72 hours");
    const page = await open(sectionUrl("en", "recentChanges"), 1280);
    const feed = await page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), "application/xml");
      const atom = "http://www.w3.org/2005/Atom";
      const one = (parent: Element, name: string) => parent.getElementsByTagNameNS(atom, name)[0];
      const root = xml.documentElement;
      return {
        error: xml.getElementsByTagName("parsererror").length,
        root: `${root.namespaceURI} ${root.localName}`,
        required: ["id", "title", "updated", "author"].filter((name) => !one(root, name)),
        entries: [...root.getElementsByTagNameNS(atom, "entry")].map((entry) => ({
          title: one(entry, "title")?.textContent,
          id: one(entry, "id")?.textContent,
          link: one(entry, "link")?.getAttribute("href"),
          updated: one(entry, "updated")?.textContent,
        })),
      };
    }, feedUrl("en"));
    expect(feed).toEqual({
      error: 0,
      root: "http://www.w3.org/2005/Atom feed",
      required: [],
      entries: [
        {
          title: "AxiOps: Version 1.0 → 1.1",
          id: `https://dpa.example${changesUrl("en", "axiops", "1-1")}`,
          link: `https://dpa.example${changesUrl("en", "axiops", "1-1")}`,
          updated: "2026-10-01T00:00:00Z",
        },
      ],
    });
    await page.context().close();
  });

  it("exports the versions and the changes between them as JSON", () => {
    const exported = JSON.parse(readFileSync(path.join(output, versionsJsonUrl("axiops")), "utf8"));
    expect(exported.versions.map((entry: { label: string; latest: boolean }) => `${entry.label} ${entry.latest}`)).toEqual(["1.1 true", "1.0 false"]);
    expect(exported.changes[0].keyTerms[0]).toMatchObject({ name: "breachNotificationDeadline", before: { value: { amount: 48, unit: "hours" } }, after: { value: { amount: 72, unit: "hours" } } });
    expect(exported.changes[0].clauses.map((change: { changes: string[] }) => change.changes.join("+"))).toEqual(["split", "changed", "added", "removed", "renumbered", "moved"]);
    // library.json holds the latest versions only, in its usual shape.
    const whole = LibraryExport.parse(JSON.parse(readFileSync(path.join(output, "api/library.json"), "utf8")));
    expect(whole.contracts.filter((contract) => contract.slug === "axiops")).toHaveLength(1);
    expect(whole.contracts.find((contract) => contract.slug === "axiops")!.clauses.some((clause) => clause.id === "art-6-5")).toBe(true);
  });
});

describe.each([390, 1280])("at %i px", (width) => {
  it.each([changesUrl("nl", "axiops", "1-1"), changesUrl("en", "axiops", "1-1"), versionUrl("nl", "axiops", "1-0"), sectionUrl("en", "recentChanges")])(
    "%s does not scroll sideways, and axe-core finds nothing",
    async (url) => {
      const page = await open(url, width);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});

describe("the language switch", () => {
  it("leads from what changed to the same page in English", async () => {
    const page = await open(changesUrl("nl", "axiops", "1-1"), 1280);
    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.waitForURL(new RegExp(`${changesUrl("en", "axiops", "1-1")}$`));
    expect(await page.locator("h1").textContent()).toBe("AxiOps: what changed in version 1.1");
    expect(site.offSite()).toEqual([]);
    expect(site.cspViolations).toEqual([]);
    await page.context().close();
  });
});
