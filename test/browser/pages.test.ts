// The site in Chromium: language switch, compare, the key-terms matrix, search filters in
// both languages, accessibility of every kind of page, every kind of page working under its
// Content Security Policy, and no request leaving the site.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { ROOT } from "../support/build.ts";
import { axeViolations } from "../support/axe.ts";
import { siteBrowser } from "../support/site-browser.ts";

const site = siteBrowser();
const open = (path: string) => site.open(path);

async function search(page: Page, query: string): Promise<void> {
  await page.locator("#search-input").fill(query);
  await page.locator(".search-result").first().waitFor();
}

/** Chooses a filter's value and waits for the results to follow. */
async function filter(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).selectOption(value);
  await page.waitForFunction(() => document.querySelector(".search-results")?.getAttribute("aria-busy") === "false");
}

describe("language switch", () => {
  it("leads from a Dutch page to the same page in English and back", async () => {
    const page = await open("/contracten/axiops/");
    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.waitForURL(/\/en\/contracts\/axiops\/$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("h2#contract--kerntermen").textContent()).toBe("Key terms");
    // The original wording stays Dutch, and is marked so.
    expect(await page.locator(".clause-text").first().getAttribute("lang")).toBe("nl");
    await page.getByRole("link", { name: "Nederlands", exact: true }).click();
    await page.waitForURL(/\/contracten\/axiops\/$/);
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    await page.close();
  });

  it("puts the English summary first on English pages", async () => {
    const page = await open("/en/contracts/axiops/");
    const summaries = page.locator("section.clause").first().locator(".summary");
    expect(await summaries.first().getAttribute("lang")).toBe("en");
    expect(await summaries.nth(1).getAttribute("lang")).toBe("nl");
    await page.close();
  });
});

describe("compare", () => {
  it("aligns the chosen contracts by clause type, with gaps shown", async () => {
    const page = await open("/vergelijken/");
    await page.getByLabel("Contract 1").fill("axiops");
    await page.getByLabel("Contract 2").fill("aiono");
    await page.getByRole("button", { name: "Vergelijk" }).click();
    await page.waitForURL(/\/vergelijken\/\?c=axiops&c=aiono&c=$/);
    const table = page.locator(".compare-table");
    await table.waitFor();
    expect(await table.locator("thead th").allTextContents()).toEqual(["", "AxiOps", "Aiono (Bepromptly B.V.)"]);
    const breach = table.locator("tr", { has: page.locator("th", { hasText: /^Meldtermijn datalek$/ }) });
    expect(await breach.locator("td").allTextContents()).toEqual(["48 uur", "geen termijn genoemd"]);
    const instructions = table.locator("tr[data-type='infringing-instruction']");
    expect(await instructions.locator("td").first().textContent()).toContain("2.3");
    // Aiono has no clause on infringing instructions: the gap is visible.
    expect(await instructions.locator("td.gap").count()).toBe(1);
    await page.close();
  });

  it("gives each comparison its own address", async () => {
    const page = await open("/en/compare/?c=belco,smartlockr");
    await page.locator(".compare-table").waitFor();
    expect(await page.locator(".compare-table thead th").allTextContents()).toEqual(["", "Belco", "Smartlockr"]);
    expect(await page.getByLabel("Contract 2").inputValue()).toBe("smartlockr");
    await page.close();
  });
});

describe("key-terms matrix", () => {
  it("sorts by a deadline, shortest first, and filters by vendor", async () => {
    const page = await open("/kerntermen/");
    const vendors = () => page.locator("table.matrix tbody tr:not([hidden]) th").allTextContents();
    await page.getByRole("button", { name: "Meldtermijn datalek" }).click();
    expect((await vendors()).slice(0, 2)).toEqual(["Belco", "AxiOps"]);
    await page.getByRole("button", { name: "Meldtermijn datalek" }).click();
    expect((await vendors()).slice(-2)).toEqual(["AxiOps", "Belco"]);
    await page.getByLabel("Filter op leverancier of waarde").fill("smartlockr");
    expect(await vendors()).toEqual(["Smartlockr"]);
    expect(await page.locator(".table-tools [aria-live]").textContent()).toBe("1 van 5 contracten getoond");
    await page.close();
  });

  it("links every cell with a clause to that clause", async () => {
    const page = await open("/en/key-terms/");
    const href = await page.locator("table.matrix tr", { hasText: "AxiOps" }).locator("td a").first().getAttribute("href");
    expect(href).toMatch(/^\/en\/contracts\/axiops\/(\d+\/)?#art-6-1$/);
    await page.close();
  });
});

describe("search with filters", () => {
  it("narrows Dutch results to one contract", async () => {
    const page = await open("/");
    await search(page, "subverwerker");
    await filter(page, "Contract", "AxiOps");
    const titles = await page.locator(".search-title").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^AxiOps /);
    await page.close();
  });

  it("narrows results to one kind of page", async () => {
    const page = await open("/en/");
    await search(page, "sub-processor");
    await filter(page, "Kind", "clause-type");
    const kinds = await page.locator(".search-kind").allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["Clause type"]));
    await page.close();
  });

  it("finds a Dutch clause from an English query, filtered by contract, as a card on its clause", async () => {
    const page = await open("/en/");
    await search(page, "breach notification");
    await filter(page, "Contract", "AxiOps");
    const links = await page.locator(".search-title a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(links).toContainEqual(expect.stringMatching(/^\/en\/contracts\/axiops\/(\d+\/)?\?highlight=.*#art-6-1$/));
    await page.close();
  });
});

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  const pages = [
    "/",
    "/en/",
    "/contracten/",
    "/contracten/axiops/",
    "/en/contracts/smartlockr/2/",
    "/contracten/belco/art-28/",
    "/clausuletypen/breach-notification/",
    "/en/clause-types/subprocessors/",
    "/kerntermen/",
    "/en/key-terms/",
    "/vergelijken/?c=axiops&c=belco",
    "/en/glossary/",
    "/404.html",
  ];
  it.each(pages)("%s has no violations", async (path) => {
    const page = await open(path);
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("has no violations with search results open", async () => {
    const page = await open("/");
    await search(page, "audit");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("content security policy", () => {
  const module = loadLibrary(ROOT).library.lessons[0]!.id;
  // Every kind of page, and what its scripts do: nothing of it may be refused.
  const pages: [string, (page: Page) => Promise<void>][] = [
    ["/", async (page) => search(page, "subverwerker")],
    ["/en/", async () => {}],
    ["/contracten/axiops/", async () => {}],
    ["/en/contracts/smartlockr/2/", async () => {}],
    ["/contracten/belco/art-28/", async () => {}],
    ["/en/clause-types/subprocessors/", async () => {}],
    ["/kerntermen/", async (page) => page.getByRole("button", { name: "Meldtermijn datalek" }).click()],
    ["/vergelijken/?c=axiops&c=belco", async (page) => page.locator(".compare-table").waitFor()],
    ["/en/glossary/", async () => {}],
    ["/leerroute/", async () => {}],
    [`/en/learning-path/${module}/`, async (page) => page.getByLabel("I have completed this module").check()],
    [`/leerroute/${module}/print/`, async () => {}],
    ["/404.html", async () => {}],
    [
      "/contracten/axiops/?highlight=verwerker",
      async (page) => {
        // The words found are marked, yellow as Pagefind would have them.
        const mark = page.locator("mark.pagefind-highlight").first();
        await mark.waitFor();
        expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(255, 255, 0)");
      },
    ],
  ];
  it.each(pages)("%s works with nothing refused", async (path, use) => {
    const before = site.cspViolations.length;
    const page = await open(path);
    await use(page);
    await page.waitForLoadState("networkidle");
    expect(site.cspViolations.slice(before)).toEqual([]);
    await page.close();
  });
});

describe("privacy and security of the site itself", () => {
  it("makes no request that leaves the site, and has nothing refused by its Content Security Policy", () => {
    expect(site.requested.length).toBeGreaterThan(20);
    expect(site.offSite()).toEqual([]);
    expect(site.cspViolations).toEqual([]);
  });
});
