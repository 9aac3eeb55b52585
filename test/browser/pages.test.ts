// The site in Chromium: language switch, compare, the key-terms matrix, search filters in
// both languages, accessibility of every kind of page, every kind of page working under its
// Content Security Policy, and no request leaving the site.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { KEY_TERM_NAMES } from "../../scripts/model/key-terms.ts";
import { buildSiteModel, MATRIX_CONTRACTS_PER_PAGE } from "../../scripts/site/site-model.ts";
import { contractUrl } from "../../scripts/site/urls.ts";
import { LIBRARY, TEST_SITE } from "../support/build.ts";
import { idsIn, pageFile } from "../support/html.ts";
import { axeViolations } from "../support/axe.ts";
import { siteBrowser } from "../support/site-browser.ts";

const site = siteBrowser();
const { library } = loadLibrary(LIBRARY);
// AxiOps's breach clause, laid out as the site lays it out (its part).
const axiopsBreach = buildSiteModel(library).contractBySlug.axiops!.clauses.find((clause) => clause.id === "art-6-1")!;
const open = (path: string) => site.open(path);

async function search(page: Page, query: string): Promise<void> {
  await page.locator("#search-input").fill(query);
  await page.locator(".search-result").first().waitFor();
}

/** Opens the filters (their button, once), chooses a filter's value and waits for the results to follow. */
async function filter(page: Page, label: string, value: string): Promise<void> {
  const button = page.locator(".search-filter-button");
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
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
    // The original wording is Dutch: each clause links to it on the Dutch page, which marks it so.
    expect(await page.locator(".clause-text").count()).toBe(0);
    const original = page.locator("section.clause .clause-links a[hreflang]").first();
    expect(await original.textContent()).toBe("Original text (Dutch), with the Dutch summary");
    expect(await original.getAttribute("href")).toMatch(/^\/contracten\/axiops\/#/);
    await original.click();
    await page.waitForURL(/\/contracten\/axiops\/#/);
    expect(await page.locator(`section.clause:has(:target) .clause-text`).evaluate((text) => text.closest("[lang]")!.getAttribute("lang"))).toBe("nl");
    await page.goBack();
    await page.waitForURL(/\/en\/contracts\/axiops\/$/);
    await page.getByRole("link", { name: "Nederlands", exact: true }).click();
    await page.waitForURL(/\/contracten\/axiops\/$/);
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    await page.close();
  });

  it("shows the English summary on English pages, the Dutch one and the wording a click away, and back", async () => {
    const page = await open("/en/contracts/axiops/");
    const clause = page.locator("section.clause").nth(1);
    const id = await clause.getAttribute("aria-labelledby");
    expect(await clause.locator(".summary:visible").count()).toBe(1);
    expect(await clause.locator(".summary:visible").evaluate((summary) => summary.closest("[lang]")!.getAttribute("lang"))).toBe("en");
    await clause.getByRole("link", { name: "Original text (Dutch), with the Dutch summary", exact: true }).click();
    // The same clause on the Dutch page, its Dutch summary and its wording shown.
    await page.waitForURL(new RegExp(`/contracten/axiops/#${id}$`));
    const dutch = page.locator(`section.clause[aria-labelledby="${id}"]`);
    expect(await dutch.locator(".summary:visible").evaluate((summary) => summary.closest("[lang]")!.getAttribute("lang"))).toBe("nl");
    expect(await dutch.locator(".summary:visible").textContent()).toMatch(/^Kort gezegd: /);
    expect(await dutch.locator(".clause-text").isVisible()).toBe(true);
    await dutch.getByRole("link", { name: "In short, in English", exact: true }).click();
    await page.waitForURL(new RegExp(`/en/contracts/axiops/#${id}$`));
    await page.close();
  });
});

describe("compare", () => {
  const heads = (page: Page) => page.locator(".compare-table thead th").allInnerTexts();
  /** The vendors' cells of a topic, as a reader sees them (the vendor's name in a cell shows only on a phone). */
  const cells = (page: Page, topic: string) => page.locator(`#${topic} td`).allInnerTexts();

  it("aligns the contracts chosen by name by topic, with gaps shown", async () => {
    const page = await open("/vergelijken/");
    await page.getByRole("group", { name: "Welke contracten wilt u vergelijken?" }).getByText(/^Kies 2 of 3/).waitFor();
    // The fields suggest every contract: its slug, with the vendor's name.
    const suggestions = await page.locator("datalist#compare-contracts option").evaluateAll((options) => options.map((option) => `${(option as HTMLOptionElement).value} ${option.textContent}`));
    expect(suggestions).toEqual(library.contracts.map((contract) => `${contract.slug} ${contract.vendor}`));
    expect(await page.getByLabel("Contract 1").getAttribute("list")).toBe("compare-contracts");
    // A name typed in full, and a suggestion picked (its slug).
    await page.getByLabel("Contract 1").fill("AxiOps");
    await page.getByLabel("Contract 2").fill("aiono");
    await page.getByRole("button", { name: "Vergelijk" }).click();
    await page.waitForURL(/\/vergelijken\/\?c=AxiOps&c=aiono&c=$/);
    await page.locator(".compare-table").waitFor();
    expect(await heads(page)).toEqual(["AxiOps", "Aiono (Bepromptly B.V.)"]);
    expect(await page.locator("#compare-term-breachNotificationDeadline th").innerText()).toBe("Meldtermijn datalek");
    const deadlines = await cells(page, "compare-term-breachNotificationDeadline");
    expect(deadlines).toHaveLength(2);
    // The one-line answers from the clauses: Aiono's "onverwijld" is an answer, not "no deadline".
    expect(deadlines[0]).toContain("uiterlijk binnen 48 uur na ontdekking");
    expect(deadlines[1]).toContain("onverwijld, geen vaste termijn");
    // Aiono has no clause on infringing instructions: the gap is visible.
    const instructions = await cells(page, "compare-type-infringing-instruction");
    expect(instructions[0]).toContain("2.3");
    expect(instructions[1]).toBe("geen clausule");
    expect(await page.locator("#compare-type-infringing-instruction td.gap").count()).toBe(1);
    // Every answer and clause links to the clause on its contract's page (built from the export's places).
    const links = await page.locator(".compare-table tbody a").evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href)));
    const clauseLinks = links.filter((url) => url.hash);
    expect(clauseLinks.length).toBeGreaterThan(20);
    for (const url of clauseLinks) expect(idsIn(readFileSync(pageFile(TEST_SITE, url.pathname), "utf8")).has(url.hash.slice(1)), url.pathname + url.hash).toBe(true);
    expect(clauseLinks.map((url) => url.pathname + url.hash)).toContain(`${contractUrl("nl", "axiops", axiopsBreach.part)}#art-6-1`);
    await page.close();
  });

  it("shows, per clause type, each vendor's findings on its criteria, the results in words", async () => {
    const page = await open("/en/compare/?c=aiono&c=belco");
    await page.locator(".compare-table").waitFor();
    const topic = page.locator("#compare-type-breach-notification");
    // A row per criterion either has a finding on.
    expect(await topic.locator("tr.compare-criterion th").allInnerTexts()).toEqual(expect.arrayContaining(["Fixed deadline", "When the clock starts", "Contents of the notice", "All breaches", "No notification of its own"]));
    const deadline = await topic.locator("tr.compare-criterion").first().locator("xpath=following-sibling::tr[1]/td").allInnerTexts();
    expect(deadline[0]).toMatch(/^partly met 7\.1: Only "without delay", no fixed deadline/);
    expect(deadline[1]).toMatch(/^(met|partly met|not met) \S+: /);
    // Each finding's cell is tied to its vendor, its topic and its criterion.
    const headers = await topic.locator("tr.compare-criterion").first().locator("xpath=following-sibling::tr[1]/td").first().getAttribute("headers");
    expect(headers).toBe("compare-vendor-aiono compare-group-3 compare-type-breach-notification-name compare-type-breach-notification-criterion-1");
    await page.close();
  });

  it("submits the choice without JavaScript, as the address of the comparison", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await site.open("/en/compare/", context);
    await page.getByLabel("Contract 1").fill("belco");
    await page.getByLabel("Contract 2").fill("Smartlockr");
    await page.getByRole("button", { name: "Compare" }).click();
    // The third field, left empty, is sent empty.
    await page.waitForURL(/\/en\/compare\/\?c=belco&c=Smartlockr&c=$/);
    // (Playwright's text locators skip <noscript>; innerText holds only what is rendered.)
    expect(await page.locator("main").innerText()).toContain("Aligning contracts uses JavaScript.");
    await context.close();
  });

  it.each([
    ["/vergelijken/?c=AxiOps&c=Belco", ["AxiOps", "Belco"]],
    ["/vergelijken/?c=axiops&c=BELCO&c=smartLOCKR", ["AxiOps", "Belco", "Smartlockr"]],
    ["/en/compare/?c=aiono%20(bepromptly%20b.v.)&c=Dienstverlener%20(BE)", ["Aiono (Bepromptly B.V.)", "Dienstverlener (BE)"]],
    // The first form of these addresses, still in links people kept.
    ["/en/compare/?c=belco,smartlockr", ["Belco", "Smartlockr"]],
  ])("gives each comparison its own address, with slugs or names in any case: %s", async (path, vendors) => {
    const page = await open(path);
    await page.locator(".compare-table").waitFor();
    expect(await heads(page)).toEqual(vendors);
    // The fields show the contracts chosen, by name.
    expect(await page.locator("input[name='c']").evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value))).toEqual([...vendors, "", ""].slice(0, 3));
    expect(await page.locator(".compare-message").isHidden()).toBe(true);
    await page.close();
  });

  it("names what it cannot find, and compares the rest", async () => {
    const page = await open("/vergelijken/?c=AxiOpz&c=belco&c=smartlockr");
    await page.locator(".compare-table").waitFor();
    expect(await page.locator(".compare-message .compare-error").innerText()).toBe(
      "Geen contract gevonden met de naam “AxiOpz”. Kies de contracten hieronder uit de suggesties.",
    );
    expect(await heads(page)).toEqual(["Belco", "Smartlockr"]);
    await page.close();
  });

  it("says when more than three are chosen", async () => {
    const page = await open("/en/compare/?c=axiops&c=belco&c=smartlockr&c=aiono");
    expect(await page.locator(".compare-message .compare-error").innerText()).toBe("You chose 4 contracts; choose at most 3.");
    expect(await page.locator(".compare-result").isHidden()).toBe(true);
    await page.close();
  });

  it("says which contract could not be loaded", async () => {
    const page = await site.browser.newPage();
    await site.watch(page);
    await page.route("**/api/contracts/belco.json", (route) => route.fulfill({ status: 503 }));
    await page.goto(new URL("vergelijken/?c=axiops&c=belco", site.server.url).href);
    await page.locator(".compare-error").waitFor();
    expect(await page.locator(".compare-error").innerText()).toBe("De gegevens van “Belco” konden niet worden geladen. Probeer het later opnieuw.");
    expect(await page.locator(".compare-result").isHidden()).toBe(true);
    await page.close();
  });

  it("opens from a contract page with that contract chosen, and asks for one or two more", async () => {
    const page = await open("/contracten/axiops/");
    await page.locator("main").getByRole("link", { name: "Vergelijken", exact: true }).click();
    await page.waitForURL(/\/vergelijken\/\?c=axiops$/);
    await page.locator(".compare-message").waitFor();
    expect(await page.locator(".compare-message").innerText()).toBe("U koos AxiOps. Kies er nog 1 of 2 bij om te vergelijken.");
    expect(await page.locator(".compare-error").count()).toBe(0);
    expect(await page.getByLabel("Contract 1").inputValue()).toBe("AxiOps");
    await page.getByLabel("Contract 2").fill("Belco");
    await page.getByRole("button", { name: "Vergelijk" }).click();
    await page.locator(".compare-table").waitFor();
    expect(await heads(page)).toEqual(["AxiOps", "Belco"]);
    await page.close();
  });

  /** The vendor header's box, and where in the window a topic's heading is. */
  const positions = (page: Page, topic: string) =>
    page.evaluate((id) => {
      const head = document.querySelector(".compare-table thead th")!.getBoundingClientRect();
      const heading = document.querySelector(`#${id} th`)!.getBoundingClientRect();
      const cells = document.querySelector(`#${id} td`)!.getBoundingClientRect();
      return { headTop: head.top, headBottom: head.bottom, headingTop: heading.top, headingBottom: heading.bottom, cellsTop: cells.top, window: innerHeight };
    }, topic);

  it("jumps to a topic from the topic list, below the vendor header", async () => {
    const page = await open("/vergelijken/?c=axiops&c=belco&c=smartlockr");
    await page.locator(".compare-table").waitFor();
    await page.getByRole("navigation", { name: "Onderwerpen" }).getByRole("link", { name: "Informatie en audits" }).click();
    await page.waitForURL(/#compare-type-audits$/);
    const where = await positions(page, "compare-type-audits");
    expect(where.headTop).toBeGreaterThanOrEqual(0);
    // Its heading right below the header, and its cells below the heading, not under it.
    expect(where.headingTop).toBeGreaterThanOrEqual(where.headBottom - 1);
    expect(where.cellsTop).toBeGreaterThanOrEqual(where.headingBottom - 1);
    expect(where.cellsTop).toBeLessThan(where.window / 2);
    await page.close();
    // A topic in a shared address is shown once the comparison is there.
    const shared = await open("/vergelijken/?c=axiops&c=belco#compare-type-definitions");
    await shared.locator(".compare-table").waitFor();
    await shared.waitForFunction(() => document.querySelector("#compare-type-definitions th")!.getBoundingClientRect().top < innerHeight);
    expect((await positions(shared, "compare-type-definitions")).headingTop).toBeGreaterThanOrEqual(0);
    await shared.close();
  });

  it("keeps the vendors and the topic being read in view while scrolling", async () => {
    const page = await open("/vergelijken/?c=axiops&c=belco&c=smartlockr");
    await page.locator(".compare-table").waitFor();
    // Halfway into the security topic, far down the page.
    await page.evaluate(() => {
      const topic = document.getElementById("compare-type-security")!;
      scrollBy(0, topic.getBoundingClientRect().top + topic.getBoundingClientRect().height / 2);
    });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(5000);
    const where = await positions(page, "compare-type-security");
    expect(where.headTop).toBe(0);
    expect(await page.locator(".compare-table thead th").allInnerTexts()).toEqual(["AxiOps", "Belco", "Smartlockr"]);
    // Right below the header: the topic's heading, not its cells.
    const below = await page.evaluate((y) => document.elementFromPoint(innerWidth / 2, y + 5)?.closest("th")?.textContent, where.headBottom);
    expect(below).toBe("Beveiliging van de verwerking");
    await page.close();
  });

  it("hides the topics the contracts agree on, and their links, when asked", async () => {
    const page = await open("/vergelijken/?c=axiops&c=belco");
    await page.locator(".compare-table").waitFor();
    const shown = () => page.locator("tbody.compare-topic:visible").count();
    const status = page.locator(".compare-filter [aria-live]");
    const all = await shown();
    expect(await status.innerText()).toBe(`${all} van ${all} onderwerpen getoond`);
    const topics = page.getByRole("navigation", { name: "Onderwerpen" });
    await page.getByLabel("Verberg onderwerpen waarin ze overeenkomen").check();
    // Both have clauses on special categories of data, rated the same.
    expect(await page.locator("#compare-type-sensitive-data").isHidden()).toBe(true);
    expect(await topics.getByRole("link", { name: "Bijzondere en gevoelige persoonsgegevens" }).isHidden()).toBe(true);
    // They differ on the breach deadline, and on security.
    for (const topic of ["compare-term-breachNotificationDeadline", "compare-type-security"]) expect(await page.locator(`#${topic}`).isVisible()).toBe(true);
    const left = await shown();
    expect(left).toBeLessThan(all);
    expect(await status.innerText()).toBe(`${left} van ${all} onderwerpen getoond`);
    await page.getByLabel("Verberg onderwerpen waarin ze overeenkomen").uncheck();
    expect(await shown()).toBe(all);
    await page.close();
  });

  it("fits three contracts in the page at 1280 px", async () => {
    const page = await open("/vergelijken/?c=dienstverlener-be&c=aiono&c=smartlockr");
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator(".compare-table").waitFor();
    const fit = await page.evaluate(() => {
      const table = document.querySelector<HTMLElement>(".compare-table")!;
      const columns = [...table.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect());
      return {
        table: table.scrollWidth,
        box: table.parentElement!.clientWidth,
        widths: columns.map((column) => Math.round(column.width)),
        lastRight: columns.at(-1)!.right,
        page: document.documentElement.scrollWidth,
        window: innerWidth,
      };
    });
    expect(fit.table).toBeLessThanOrEqual(fit.box);
    // The same room for each vendor, whatever the length of its texts.
    expect(new Set(fit.widths).size).toBe(1);
    expect(fit.widths[0]).toBeGreaterThan(280);
    expect(fit.lastRight).toBeLessThanOrEqual(fit.window);
    expect(fit.page).toBeLessThanOrEqual(fit.window);
    await page.close();
  });

  it("stacks the comparison per topic on a phone, without scrolling sideways", async () => {
    const phone = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const path of ["/vergelijken/", "/vergelijken/?c=axiops", "/en/compare/?c=axiops&c=belco&c=smartlockr"]) {
      const page = await site.open(path, phone);
      if (path.includes("&")) await page.locator(".compare-table").waitFor();
      else await page.waitForLoadState("networkidle");
      // Against the phone's width: a mobile browser widens its window (innerWidth) to content that overflows.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      await page.close();
    }
    const page = await site.open("/en/compare/?c=axiops&c=belco&c=smartlockr", phone);
    await page.locator(".compare-table").waitFor();
    // Each vendor's cell under the other, full width, named.
    const topic = page.locator("#compare-type-audits");
    const clauses = topic.locator("tr").nth(1);
    expect(await clauses.locator(".compare-vendor").allInnerTexts()).toEqual(["AxiOps", "Belco", "Smartlockr"]);
    const boxes = await clauses.locator("td").evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as DOMRect));
    for (const [above, below] of boxes.slice(0, -1).map((box, index) => [box, boxes[index + 1]!] as const)) {
      expect(below.top).toBeGreaterThanOrEqual(above.bottom - 1);
      expect(below.left).toBe(above.left);
      expect(below.width).toBeGreaterThan(300);
    }
    expect(await axeViolations(page)).toEqual([]);
    await phone.close();
  });
});

describe("key-terms matrix", () => {
  it("sorts by a deadline, shortest first, and filters by vendor", async () => {
    const page = await open("/kerntermen/");
    const rows = page.locator("table.matrix tbody tr:not([hidden])");
    const vendors = () => rows.locator("th").allTextContents();
    // Each row's breach deadline as the sort reads it (hours; Infinity where the contract sets none).
    const column = 1 + KEY_TERM_NAMES.indexOf("breachNotificationDeadline");
    const deadlines = () => rows.evaluateAll((trs, at) => trs.map((tr) => Number((tr as HTMLTableRowElement).cells[at]!.getAttribute("data-value"))), column);
    const inOrder = (list: number[], ascending: boolean) => list.every((value, at) => at === 0 || (ascending ? list[at - 1]! <= value : list[at - 1]! >= value));
    await page.getByRole("button", { name: "Meldtermijn datalek" }).click();
    const ascending = await deadlines();
    expect(inOrder(ascending, true), ascending.join(" ")).toBe(true);
    expect(ascending[0]).toBeLessThan(ascending.at(-1)!);
    await page.getByRole("button", { name: "Meldtermijn datalek" }).click();
    expect(inOrder(await deadlines(), false)).toBe(true);
    await page.getByLabel("Filter op leverancier of waarde").fill("smartlockr");
    expect(await vendors()).toEqual(["Smartlockr"]);
    const onPage = Math.min(library.contracts.length, MATRIX_CONTRACTS_PER_PAGE);
    expect(await page.locator(".table-tools [aria-live]").textContent()).toBe(`1 van ${onPage} contracten getoond`);
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
    // AxiOps's pages only, in either language: its clauses and parts, and its Art. 28 checklist.
    const links = await page.locator(".search-title a").evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/(contracten|en\/contracts)\/axiops\//);
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
    "/en/compare/?c=axiops",
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
  const module = library.lessons[0]!.id;
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
