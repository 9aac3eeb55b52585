// Every kind of page at a phone's width (390 px) and a desk's (1280 px): nothing scrolls the
// page sideways, the main menu holds the six sections and fits, form controls can be seen,
// and axe-core finds nothing. Then the contract page read once: one summary per clause in the
// page's language, a link to each clause and the clause it lands on highlighted, a language
// switch that keeps the anchor and the query, a pager that names the parts, and a printout
// with one language.
import { describe, expect, it } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { contractUrl } from "../../scripts/site/urls.ts";
import { axeViolations } from "../support/axe.ts";
import { ROOT } from "../support/build.ts";
import { lowContrastControls } from "../support/contrast.ts";
import { siteBrowser } from "../support/site-browser.ts";

const site = siteBrowser();
const model = buildSiteModel(loadLibrary(ROOT).library);
const module = model.learningPath.modules[0]!.id;

const PHONE = 390;
const DESK = 1280;

async function openAt(path: string, width: number, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, ...options });
  const page = await context.newPage();
  await site.watch(page);
  await page.goto(new URL(path.replace(/^\//, ""), site.server.url).href);
  // Compare builds its table from the contracts' JSON after the page has loaded, search its results.
  if (path.includes("?c=")) await page.waitForLoadState("networkidle");
  if (path.includes("?q=")) await page.waitForFunction(() => document.querySelector(".search-results")?.getAttribute("aria-busy") === "false");
  return page;
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

/** One page of every kind, in both languages between them; the printable learning module has no menu. */
const PAGES = [
  "/",
  "/en/",
  "/contracten/",
  "/contracten/axiops/",
  "/en/contracts/axiops/2/",
  "/contracten/dienstverlener-be/3/",
  "/en/contracts/smartlockr/4/",
  "/contracten/belco/art-28/",
  "/en/contracts/aiono/art-28/",
  "/clausuletypen/",
  "/clausuletypen/breach-notification/",
  "/en/clause-types/subprocessors/",
  "/kerntermen/",
  "/en/key-terms/",
  "/vergelijken/?c=axiops&c=belco",
  "/en/compare/?c=aiono&c=smartlockr&c=dienstverlener-be",
  "/begrippen/",
  "/en/glossary/",
  "/leerroute/",
  `/en/learning-path/${module}/`,
  `/leerroute/${module}/print/`,
  "/404.html",
  "/zoeken/",
  // Search results shown, for axe-core to check too.
  "/en/search/?q=how%20quickly%20must%20AxiOps%20report%20a%20data%20breach",
];
const WITH_MENU = PAGES.filter((path) => !path.endsWith("/print/"));

describe.each([PHONE, DESK])("at %i px", (width) => {
  it.each(PAGES)("%s does not scroll sideways, and axe-core finds nothing", async (path) => {
    const page = await openAt(path, width);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth, `${path} is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });

  it.each(WITH_MENU)("%s has a menu of the six sections, all inside the window", async (path) => {
    const page = await openAt(path, width);
    const nav = page.getByRole("navigation", { name: /^(Hoofdmenu|Main menu)$/ });
    const menu = nav.getByRole("button", { name: "Menu" });
    // A phone shows the button, folded; a desk shows the list and no button.
    expect(await menu.isVisible()).toBe(width === PHONE);
    if (width === PHONE) {
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      expect(await nav.getByRole("link").count()).toBe(0);
      await menu.click();
      expect(await menu.getAttribute("aria-expanded")).toBe("true");
    }
    const links = nav.getByRole("link");
    const english = (await page.getAttribute("html", "lang")) === "en";
    expect(await links.allTextContents()).toEqual(
      english ? ["Contracts", "Clause types", "Key terms", "Compare", "Glossary", "Learning path"] : ["Contracten", "Clausuletypen", "Kerntermen", "Vergelijken", "Begrippen", "Leerroute"],
    );
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x, `${await link.textContent()} starts inside the window`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${await link.textContent()} ends inside the window`).toBeLessThanOrEqual(width);
    }
    // The menu takes at most three lines of a phone's screen, brand and language switch included.
    const header = (await page.locator(".site-header").boundingBox())!;
    expect(header.height).toBeLessThan(width === PHONE ? 200 : 120);
    await close(page);
  });

  it.each(["/", "/vergelijken/?c=axiops&c=belco", "/kerntermen/", `/en/learning-path/${module}/`, "/en/glossary/"])("%s has form controls and a search placeholder that can be seen", async (path) => {
    const page = await openAt(path, width);
    expect(await lowContrastControls(page)).toEqual([]);
    await close(page);
  });
});

describe("the menu", () => {
  it("marks the section a page is in, and the section's own page as the current page", async () => {
    const current = async (path: string) => {
      const page = await openAt(path, DESK);
      const marked = await page.locator(".main-nav [aria-current]").evaluateAll((links) => links.map((link) => `${link.textContent} ${link.getAttribute("aria-current")}`));
      await close(page);
      return marked;
    };
    expect(await current("/kerntermen/")).toEqual(["Kerntermen page"]);
    expect(await current("/en/contracts/belco/2/")).toEqual(["Contracts true"]);
    expect(await current("/clausuletypen/audits/")).toEqual(["Clausuletypen true"]);
    expect(await current("/")).toEqual([]);
  });

  it("is an open list without JavaScript, on a phone too", async () => {
    const page = await openAt("/en/contracts/axiops/", PHONE, { javaScriptEnabled: false });
    const nav = page.getByRole("navigation", { name: "Main menu" });
    expect(await nav.getByRole("button").count()).toBe(0);
    expect(await nav.getByRole("link").count()).toBe(6);
    for (const link of await nav.getByRole("link").all()) expect(await link.isVisible()).toBe(true);
    await close(page);
  });
});

describe("wide tables", () => {
  it("scroll in a named box of their own on a phone, with the first column kept in view", async () => {
    const page = await openAt("/", PHONE);
    const box = page.getByRole("region", { name: "Contracten" });
    expect(await box.getAttribute("tabindex")).toBe("0");
    const { scrollWidth, clientWidth } = await box.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const vendor = box.getByRole("rowheader").first();
    const before = (await vendor.boundingBox())!;
    await box.evaluate((element) => (element.scrollLeft = element.scrollWidth));
    const lastColumn = box.getByRole("cell").last();
    const after = (await vendor.boundingBox())!;
    expect(after.x).toBe(before.x);
    expect(await lastColumn.isVisible()).toBe(true);
    expect((await lastColumn.boundingBox())!.x).toBeGreaterThanOrEqual(after.x + after.width - 1);
    await close(page);
  });

  it.each([PHONE, DESK])("the grid of vendors × criteria scrolls in its own named box at %i px, the vendor column in view", async (width) => {
    const page = await openAt("/en/clause-types/breach-notification/", width);
    const box = page.getByRole("region", { name: "Assessment by criterion: Personal data breach notification" });
    expect(await box.getAttribute("tabindex")).toBe("0");
    const table = box.getByRole("table", { name: "Assessment by criterion: Personal data breach notification" });
    expect(await table.getByRole("columnheader").allTextContents()).toEqual(["Vendor", "Fixed deadline", "When the clock starts", "Contents of the notice", "All breaches", "No notification of its own"]);
    // Each criterion's column stays wide enough to read a reason in it; the box scrolls instead.
    for (const header of (await table.getByRole("columnheader").all()).slice(1)) expect((await header.boundingBox())!.width).toBeGreaterThanOrEqual(170);
    const { scrollWidth, clientWidth } = await box.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    if (width === PHONE) expect(scrollWidth).toBeGreaterThan(clientWidth);
    const vendor = table.getByRole("rowheader", { name: "Aiono (Bepromptly B.V.)" });
    const before = (await vendor.boundingBox())!;
    await box.evaluate((element) => (element.scrollLeft = element.scrollWidth));
    expect((await vendor.boundingBox())!.x).toBe(before.x);
    const last = table.getByRole("row", { name: /Aiono/ }).getByRole("cell").last();
    expect(await last.isVisible()).toBe(true);
    // On the type's own page its clause is named by its number, the row and column name the rest.
    expect((await last.textContent())!.trim()).toMatch(/^met 7\.3: Aiono informs/);
    await close(page);
  });

  it("in a contract's own text are reachable by keyboard and named after their columns", async () => {
    const page = await openAt("/contracten/belco/", PHONE);
    const box = page.getByRole("region", { name: "Bedrijf, Omschrijving, Land vestiging" }).first();
    expect(await box.getAttribute("tabindex")).toBe("0");
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await close(page);
  });
});

describe("a finding's result", () => {
  it("is in bold and coloured by result, the same colour for the same result", async () => {
    const page = await openAt("/clausuletypen/breach-notification/", DESK);
    const shown = await page.locator(".criteria-grid td > p > span:first-child").evaluateAll((spans) => spans.map((span) => ({ text: span.textContent!, weight: Number(getComputedStyle(span).fontWeight), color: getComputedStyle(span).color })));
    const colours = new Map(shown.map(({ text, color }) => [text, color]));
    expect([...colours.keys()].sort()).toEqual(["deels voldaan", "niet voldaan", "voldaan"]);
    expect(new Set(colours.values()).size).toBe(3);
    for (const { text, weight, color } of shown) {
      expect(weight, text).toBeGreaterThanOrEqual(600);
      expect(color, text).toBe(colours.get(text));
    }
    await close(page);
  });
});

const contractPages = model.contractPages.map((entry) => ({ path: contractUrl(entry.lang, entry.contract.slug, entry.part), entry }));

describe("a contract page", () => {
  it.each(contractPages.map(({ path, entry }) => [path, entry] as const))(
    "%s shows each clause's summary once, in the page's language, and the original text on the page in the contract's language only; the other language a click away",
    async (path, entry) => {
      const page = await openAt(path, DESK);
      const lang = (await page.getAttribute("html", "lang"))!;
      const other = lang === "nl" ? "en" : "nl";
      const otherPage = contractUrl(other, entry.contract.slug, entry.part);
      const original = lang === entry.contract.language;
      const clauses = await page.locator("section.clause").evaluateAll(
        (sections, [lang, other, otherPage, original]) =>
          sections
            .map((section) => ({
              id: section.getAttribute("aria-labelledby"),
              visible: [...section.querySelectorAll(".summary")].filter((summary) => summary.checkVisibility()).map((summary) => summary.closest("[lang]")!.getAttribute("lang")),
              text: [...section.querySelectorAll(".clause-text")].filter((text) => text.checkVisibility()).map((text) => text.closest("[lang]")!.getAttribute("lang")),
              links: [...section.querySelectorAll(original ? ".other-summary a" : ".clause-links a[hreflang]")]
                .filter((link) => link.checkVisibility())
                .map((link) => `${link.getAttribute("hreflang")} ${link.getAttribute("href")}`),
            }))
            .filter((clause) => clause.visible.join() !== lang || clause.text.join() !== (original ? lang : "") || clause.links.join() !== `${other} ${otherPage}#${clause.id}`),
        [lang, other, otherPage, original] as const,
      );
      expect(clauses).toEqual([]);
      await close(page);
    },
  );

  it("prints one language's summaries only", async () => {
    const page = await openAt("/en/contracts/axiops/2/", DESK);
    await page.emulateMedia({ media: "print" });
    const clause = page.locator("section.clause").first();
    expect(await clause.locator(".summary:visible").count()).toBe(1);
    expect(await clause.locator(".summary:visible").textContent()).toMatch(/^In short: /);
    expect(await clause.locator(".other-summary").isVisible()).toBe(false);
    // Nor the links onward, which paper cannot follow (the note at the top says where the wording is).
    expect(await clause.locator(".clause-links").isVisible()).toBe(false);
    expect(await clause.getByRole("link", { name: /^Link to / }).isVisible()).toBe(false);
    await close(page);
  });

  it("has a visible link to each clause, and highlights the clause a link lands on", async () => {
    const sixOne = model.contractBySlug.axiops!.clauses.find((clause) => clause.id === "art-6-1")!;
    const page = await openAt(`${contractUrl("nl", "axiops", sixOne.part)}#art-6-1`, DESK);
    const highlighted = () => page.locator("section.clause").evaluateAll((sections) => sections.filter((section) => getComputedStyle(section).outlineStyle !== "none").map((section) => section.getAttribute("aria-labelledby")));
    expect(await highlighted()).toEqual(["art-6-1"]);
    const link = page.getByRole("link", { name: "Link naar artikel 6.1", exact: true });
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute("href")).toBe("#art-6-1");
    expect(await page.locator("section.clause .clause-head > a").count()).toBe(await page.locator("section.clause").count());
    await page.getByRole("link", { name: "Link naar artikel 6.2", exact: true }).click();
    expect(new URL(page.url()).hash).toBe("#art-6-2");
    expect(await highlighted()).toEqual(["art-6-2"]);
    await close(page);
  });

  it("names every part in its pager, and at its top", async () => {
    for (const { path, entry } of contractPages.filter(({ entry }) => entry.parts > 1)) {
      const names = entry.partNames;
      expect(names[entry.part - 1], `${path} has a name`).toBeTruthy();
      const page = await openAt(path, PHONE);
      const [Part, of] = entry.lang === "nl" ? ["Deel", "van"] : ["Part", "of"];
      expect(await page.locator(".part-label").textContent()).toBe(`${Part} ${entry.part} ${of} ${entry.parts}: ${names[entry.part - 1]}`);
      const pager = page.getByRole("navigation", { name: entry.lang === "nl" ? "Delen van dit contract" : "Parts of this contract" });
      const expected = [
        ...(entry.part > 1 ? [`${entry.lang === "nl" ? "Vorig deel" : "Previous part"} ${Part} ${entry.part - 1}: ${names[entry.part - 2]}`] : []),
        ...(entry.part < entry.parts ? [`${entry.lang === "nl" ? "Volgend deel" : "Next part"} ${Part} ${entry.part + 1}: ${names[entry.part]}`] : []),
      ];
      expect(await pager.getByRole("link").evaluateAll((links) => links.map((link) => link.textContent!.replace(/\s+/g, " ").trim()))).toEqual(expected);
      await close(page);
    }
  });

  it("says each heading once: no clause repeats the section heading above it, no type link repeats the clause's heading", async () => {
    const repeats: string[] = [];
    const words = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, " ").trim();
    for (const { path } of contractPages) {
      const page = await openAt(path, DESK);
      const shown = await page.locator("section.clause").evaluateAll((sections) =>
        sections.map((section) => {
          const heading = section.querySelector(".clause-head > :first-child")!;
          const above = section.previousElementSibling?.matches(".section-heading") ? section.previousElementSibling.textContent! : "";
          return {
            id: heading.id,
            heading: heading.checkVisibility() && getComputedStyle(heading).clipPath === "none" ? heading.textContent! : "",
            above,
            types: [...section.querySelectorAll(".clause-types a")].map((link) => link.textContent!),
          };
        }),
      );
      for (const clause of shown) {
        const title = words(clause.heading || clause.above);
        if (clause.heading && words(clause.heading) === words(clause.above)) repeats.push(`${path}#${clause.id}: “${clause.heading}” under “${clause.above}”`);
        for (const type of clause.types) if (words(type) === title) repeats.push(`${path}#${clause.id}: type “${type}” under “${clause.heading || clause.above}”`);
      }
      await close(page);
    }
    expect(repeats).toEqual([]);
  });
});

describe("the language switch", () => {
  it("keeps the clause a link pointed at and the query", async () => {
    const sixOne = model.contractBySlug.axiops!.clauses.find((clause) => clause.id === "art-6-1")!;
    const page = await openAt(`${contractUrl("nl", "axiops", sixOne.part)}?highlight=datalek#art-6-1`, DESK);
    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.waitForURL(/\/en\/contracts\//);
    const url = new URL(page.url());
    expect(url.pathname + url.search + url.hash).toBe(`${contractUrl("en", "axiops", sixOne.part)}?highlight=datalek#art-6-1`);
    expect(await page.locator("#art-6-1").isVisible()).toBe(true);
    await close(page);
  });

  it("keeps an anchor followed on the page, and the contracts chosen to compare", async () => {
    const page = await openAt("/en/contracts/belco/", DESK);
    const target = await page.locator("section.clause .clause-head > a").nth(3).getAttribute("href");
    await page.locator("section.clause .clause-head > a").nth(3).click();
    await page.getByRole("link", { name: "Nederlands", exact: true }).click();
    await page.waitForURL(/\/contracten\/belco\//);
    expect(new URL(page.url()).hash).toBe(target);
    await page.goto(new URL("vergelijken/?c=axiops&c=belco", site.server.url).href);
    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.waitForURL(/\/en\/compare\//);
    expect(new URL(page.url()).search).toBe("?c=axiops&c=belco");
    await close(page);
  });
});

describe("privacy and security of these pages", () => {
  it("made no request that left the site, and nothing was refused by the Content Security Policy", () => {
    expect(site.requested.length).toBeGreaterThan(50);
    expect(site.offSite()).toEqual([]);
    expect(site.cspViolations).toEqual([]);
  });
});
