// Search in a real browser, through the site's own search box, on a phone (390 px) and a desk
// (1280 px): natural questions in both languages, a word the contract does not use, a query in
// the other language than the page, what each result says it is, landing on the clause with the
// words marked, and the form without JavaScript.
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { KEY_TERM_NAMES } from "../../scripts/model/key-terms.ts";
import { ROOT } from "../support/build.ts";
import { siteBrowser } from "../support/site-browser.ts";

const site = siteBrowser();
const { library } = loadLibrary(ROOT);

/** Types a query and waits until the results are shown and announced. */
async function search(page: Page, query: string): Promise<void> {
  await page.locator("#search-input").fill(query);
  await page.waitForFunction((typed) => document.querySelector("#search-status")?.textContent?.includes(typed) && document.querySelector(".search-results")?.getAttribute("aria-busy") === "false", query);
}

/** Each result as shown: its cards' kind, title, facts and excerpt, and where they link. */
async function results(page: Page) {
  return page.locator(".search-result").evaluateAll((items) =>
    items.map((item) =>
      [...item.querySelectorAll(".search-card")].map((card) => ({
        kind: card.querySelector(".search-kind")?.textContent ?? "",
        title: card.querySelector(".search-title")?.textContent ?? "",
        facts: card.querySelector(".search-facts")?.textContent ?? "",
        excerpt: card.querySelector(".search-excerpt")?.textContent ?? "",
        href: card.querySelector(".search-title a")?.getAttribute("href") ?? "",
      })),
    ),
  );
}

describe.each([
  ["on a phone", 390],
  ["on a desk", 1280],
])("search %s", (_name, width) => {
  const open = async (path: string) => {
    const page = await site.open(path);
    await page.setViewportSize({ width, height: 900 });
    return page;
  };

  it("answers a Dutch question with the clause: vendor, number, type, key term and summary", async () => {
    const page = await open("/");
    await search(page, "hoe snel moet AxiOps een datalek melden");
    const cards = (await results(page)).flat();
    const answer = cards.find((card) => /#art-6-1$/.test(card.href))!;
    expect(cards.indexOf(answer)).toBeLessThan(3);
    // The clause type that titles the clause is not said again.
    expect(answer).toMatchObject({ kind: "Clausule", title: "AxiOps 6.1 Melding van datalekken", facts: "Meldtermijn datalek: zonder onredelijke vertraging, uiterlijk binnen 48 uur na ontdekking · Meldtermijn loopt vanaf: ontdekking: de 48 uur lopen vanaf de ontdekking van de inbreuk" });
    expect(answer.excerpt).toMatch(/^AxiOps \(verwerker\) meldt een inbreuk/);
    expect(answer.href).toMatch(/^\/contracten\/axiops\/2\/\?highlight=.*#art-6-1$/);
    // The question words were left out, and the user is told what was searched.
    expect(await page.locator(".search-interpreted").textContent()).toBe("Gezocht op: termijn, AxiOps, datalek, melden");
    // The cards fit the window: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("answers an English question on an English page", async () => {
    const page = await open("/en/");
    await search(page, "how quickly must AxiOps report a data breach");
    const cards = (await results(page)).slice(0, 3).flat();
    // The key terms answered in English, with the contract's Dutch wording that states them, once (a <q>: quotes from CSS).
    expect(cards).toContainEqual(
      expect.objectContaining({
        kind: "Clause",
        title: "AxiOps 6.1 Personal data breach notification",
        facts: "Breach notification deadline: without undue delay, at the latest within 48 hours of discovery uiterlijk binnen 48 uur na ontdekking · Breach deadline runs from: discovery: the 48 hours run from discovery of the breach",
        href: expect.stringMatching(/^\/en\/contracts\/axiops\/2\/\?.*#art-6-1$/),
      }),
    );
    expect(await page.locator(".search-facts q").first().getAttribute("lang")).toBe("nl");
    await page.close();
  });

  it("finds a clause by a word its contract does not use", async () => {
    // Smartlockr speaks of an "inbreuk in verband met persoonsgegevens", not of a security incident.
    const page = await open("/");
    await search(page, "beveiligingsincident Smartlockr");
    expect(await page.locator(".search-interpreted").textContent()).toBe("Gezocht op: datalek, Smartlockr");
    const cards = (await results(page))[0]!;
    expect(cards[0]).toMatchObject({ kind: "Clausule", title: "Smartlockr 8.1 Melding van datalekken", href: expect.stringMatching(/#annex-2-art-8-1$/) });
    await page.close();
  });

  it("reads a privacy officer's word that no contract uses: a fallback facility is what the clauses on recovery offer", async () => {
    const page = await open("/");
    await search(page, "uitwijkvoorziening");
    expect(await page.locator(".search-interpreted").textContent()).toBe("Gezocht op: veerkracht");
    const [first] = (await results(page)).flat();
    // Dienstverlener's restoring after an incident, AxiOps's backups for recovery, Aiono's restore tests …
    expect(first).toMatchObject({ kind: "Clausule", href: expect.stringMatching(/#(bijlage-c-2-7-[bc]|bijlage-3-back-up|bijlage-2-2|annex-2-art-6-2|deel-1-1-12)$/) });
    await page.close();
  });

  it("answers an English word of the trade with the English pages first, where the Dutch ones answer alike", async () => {
    const page = await open("/en/");
    await search(page, "tenant isolation");
    expect(await page.locator(".search-interpreted").textContent()).toBe("Searched for: segregation");
    const [first] = (await results(page)).flat();
    // Aiono keeps the data apart from its own, Smartlockr separates customers logically: the
    // English page of the clause, not the Dutch one (whose kind would say "Dutch page").
    expect(first).toMatchObject({ kind: "Clause", href: expect.stringMatching(/^\/en\/contracts\/(aiono|smartlockr)\/.*#(art-4-3|bijlage-2-2|annex-2-art-6-2)$/) });
    await page.close();
  });

  it("reads a misspelt vendor's name as that vendor", async () => {
    const page = await open("/");
    await search(page, "auditrecht Dienstverlner");
    expect(await page.locator(".search-interpreted").textContent()).toBe("Gezocht op: audit, Dienstverlener");
    const [first] = (await results(page)).flat();
    expect(first).toMatchObject({ kind: "Clausule", title: expect.stringMatching(/^Dienstverlener \(BE\) .*Informatie en audits$/) });
    await page.close();
  });

  it("downloads the search words of the query's initials only, each once", async () => {
    const page = await open("/");
    const words: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/assets/search-words/")) words.push(new URL(request.url()).pathname.replace(/^.*\//, ""));
    });
    await search(page, "datalek");
    expect(words).toEqual(["d.json"]);
    await search(page, "beveiligingsincident datalek");
    expect(words).toEqual(["d.json", "b.json"]);
    await page.close();
  });

  it("finds clauses from a query in the other language than the page", async () => {
    // "bailiffs" is only in Aiono's English summary of Bijlage 1 (the Dutch says "deurwaarders"); on a Dutch page, the English pages answer.
    const page = await open("/");
    await search(page, "bailiffs");
    const [first] = (await results(page)).flat();
    expect(first).toMatchObject({ kind: "Clausule · Engelstalige pagina", href: expect.stringMatching(/^\/en\/contracts\/aiono\/\d+\/\?highlight=.*#bijlage-1-derden$/) });
    expect(await page.locator(".search-result .search-lang").first().getAttribute("lang")).toBe("en");
    await page.close();
  });

  it("puts clauses, clause types and key terms before lessons for a factual question (Dutch)", async () => {
    const page = await open("/");
    await search(page, "hoe snel moet een datalek gemeld worden");
    const firsts = (await results(page)).map((cards) => cards[0]!);
    expect(firsts[0]!.kind).not.toBe("Les");
    expect(firsts).toContainEqual(expect.objectContaining({ kind: "Clausuletype", title: "Melding van datalekken" }));
    const lesson = firsts.findIndex((card) => card.kind === "Les");
    // The factual kinds: clauses, clause types and key terms outrank lessons.
    if (lesson >= 0) expect(firsts.slice(0, lesson).every((card) => ["Clausule", "Clausuletype", "Kernterm"].includes(card.kind))).toBe(true);
    await page.close();
  });

  it("puts the breach clauses first for a factual question (English), not confidentiality", async () => {
    const page = await open("/en/");
    await search(page, "how long to notify a data breach");
    const top = (await results(page)).slice(0, 3).flat();
    expect(top.map((card) => card.title)).not.toContain("Mutual confidentiality");
    expect(top).toContainEqual(expect.objectContaining({ title: "AxiOps 6.1 Personal data breach notification" }));
    await page.close();
  });

  it("answers an English question typed on a Dutch page from the English pages", async () => {
    const page = await open("/");
    await search(page, "how quickly must AxiOps report a data breach");
    expect(await page.locator(".search-interpreted").textContent()).toBe("Gezocht op: deadline, AxiOps, notify, breach");
    const top = (await results(page)).slice(0, 3).flat();
    expect(top).toContainEqual(expect.objectContaining({ kind: "Clausule · Engelstalige pagina", title: "AxiOps 6.1 Personal data breach notification" }));
    await page.close();
  });

  it("shows a key term's result with the vendors' answers that match, each linking to its clause", async () => {
    const page = await open("/en/");
    await search(page, "AxiOps breach notification deadline");
    const result = (await results(page)).find((cards) => cards[0]!.kind === "Key term")!;
    expect(result[0]).toMatchObject({ title: "Breach notification deadline", href: expect.stringMatching(/^\/en\/key-terms\/breach-notification-deadline\/\?/) });
    expect(result[1]).toEqual({ kind: "Clause", title: "AxiOps 6.1 Personal data breach notification", facts: "uiterlijk binnen 48 uur na ontdekking", excerpt: "without undue delay, at the latest within 48 hours of discovery", href: expect.stringMatching(/^\/en\/contracts\/axiops\/2\/\?highlight=.*#art-6-1$/) });
    await page.close();
  });

  it.each([
    ["/", "datalek", ["Clausule", "Clausuletype", "Kernterm", "Les", "Begrip"], ["Clausule", "Clausuletype", "Kernterm", "Les", "Begrip", "Contract", "Checklist"]],
    ["/en/", "breach", ["Clause", "Clause type", "Key term", "Lesson", "Term"], ["Clause", "Clause type", "Key term", "Lesson", "Term", "Contract", "Checklist"]],
  ])("labels every result on %s: clause, clause type, key term, lesson, term", async (path, query, expected, allowed) => {
    const page = await open(path);
    await search(page, query);
    // All of them: "more" until there is no more.
    while (await page.locator(".search-more").isVisible()) {
      const shown = await page.locator(".search-result").count();
      await page.locator(".search-more").click();
      await page.waitForFunction((before) => document.querySelectorAll(".search-result").length > before, shown);
    }
    const kinds = new Set((await results(page)).flat().map((card) => card.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(expected));
    expect([...kinds].filter((kind) => !allowed.includes(kind))).toEqual([]);
    await page.close();
  });

  it("announces the number of results, moves through them with the arrow keys, and Escape clears the search", async () => {
    const page = await open("/");
    await search(page, "datalek");
    const status = page.locator("#search-status");
    expect(await status.getAttribute("role")).toBe("status");
    expect(await status.textContent()).toMatch(/^\d+ resultaten voor “datalek”$/);
    // The results are the status's list, reached from the box with the keyboard.
    expect(await page.locator(".search-results").getAttribute("aria-labelledby")).toBe("search-status");
    // Down from the box to the first result, down to the next, up and up again to the box.
    const links = page.locator(".search-results a");
    await page.locator("#search-input").press("ArrowDown");
    expect(await links.first().evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowDown");
    expect(await links.nth(1).evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await page.locator("#search-input").evaluate((input) => input === document.activeElement)).toBe(true);
    await page.locator("#search-input").press("Escape");
    await page.waitForFunction(() => document.querySelectorAll(".search-result").length === 0);
    expect(await status.textContent()).toBe("");
    await page.close();
  });

  it("loads the vendors and kinds to filter by only when the filters are opened", async () => {
    const page = await open("/");
    const filterFiles: string[] = [];
    page.on("request", (request) => void (/\/pagefind\/filter\//.test(request.url()) && filterFiles.push(request.url())));
    await search(page, "datalek");
    // A first search loads only the index of kinds (its counts steer the fallback to fewer words).
    expect(filterFiles).toHaveLength(1);
    const button = page.getByRole("button", { name: "Filteren" });
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("#search-contract").isVisible()).toBe(false);
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    await page.getByLabel("Contract", { exact: true }).waitFor();
    expect(await page.locator("#search-contract option").allTextContents()).toEqual(expect.arrayContaining(["alle", "AxiOps", "Smartlockr"]));
    expect(filterFiles.length).toBeGreaterThan(1);
    await button.click();
    expect(await page.locator("#search-contract").isVisible()).toBe(false);
    await page.close();
  });

  it("lands on the clause of “48 uur” with the words marked", async () => {
    const page = await open("/");
    await search(page, "48 uur");
    const hit = page.locator(".search-title a[href*='/contracten/axiops/'][href$='#art-6-1']").first();
    await hit.click();
    await page.waitForURL(/\/contracten\/axiops\/(\d+\/)?\?highlight=48&highlight=uur#art-6-1$/);
    const heading = page.locator("#art-6-1");
    await expect(heading.isVisible()).resolves.toBe(true);
    await expect(heading.textContent()).resolves.toContain("6.1");
    await expect(page.locator("section:has(#art-6-1) .clause-text").textContent()).resolves.toContain("uiterlijk binnen 48 uur na ontdekking");
    await expect(page.locator("section:has(#art-6-1) mark").first().textContent()).resolves.toMatch(/48|uur/);
    await page.close();
  });
  it("answers a page opened with ?q= (the form sent), and answers the form on the page itself", async () => {
    const page = await open("/en/search/?q=how%20quickly%20must%20AxiOps%20report%20a%20data%20breach");
    await page.waitForFunction(() => document.querySelector(".search-results")?.getAttribute("aria-busy") === "false");
    expect(await page.locator("#search-input").inputValue()).toBe("how quickly must AxiOps report a data breach");
    expect((await results(page)).slice(0, 3).flat()).toContainEqual(expect.objectContaining({ title: "AxiOps 6.1 Personal data breach notification" }));
    await page.locator("#search-input").fill("sub-processor objection period");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForFunction(() => document.querySelector("#search-status")?.textContent?.includes("sub-processor objection period"));
    expect(new URL(page.url()).search).toBe("?q=how%20quickly%20must%20AxiOps%20report%20a%20data%20breach");
    await page.close();
  });
});

describe("search without JavaScript", () => {
  it.each([
    ["/", "Zoeken", /\/zoeken\/\?q=datalek$/],
    ["/en/contracts/axiops/", "Search", /\/en\/search\/\?q=datalek$/],
  ])("sends the form from %s to the search page, which links every key term and clause type", async (path, button, address) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    const page = await site.open(path, context);
    await page.locator("#search-input").fill("datalek");
    await page.getByRole("button", { name: button, exact: true }).click();
    await page.waitForURL(address);
    const main = page.locator("main");
    expect(await main.locator("a[href*='/kerntermen/'], a[href*='/key-terms/']").count()).toBe(KEY_TERM_NAMES.length);
    expect(await main.locator("a[href*='/clausuletypen/'], a[href*='/clause-types/']").count()).toBe(library.clauseTypes.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

afterAll(() => {
  // The second language's Pagefind module, its worker and the cards stay within the site and its policy.
  expect(site.offSite()).toEqual([]);
  expect(site.cspViolations).toEqual([]);
});
