// The key-terms matrix and the key term pages in Chromium, on a desk (1280 px) and on a phone
// (390 px): nothing scrolls the page sideways, the matrix keeps its vendor column and header
// in view, a phone gets a list per vendor (also without JavaScript), and the README's three
// questions are answered for every vendor.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { KEY_TERM_NAMES, type KeyTermName } from "../../scripts/model/key-terms.ts";
import type { Lang } from "../../scripts/model/vocabulary.ts";
import { CONTRACTS_PER_PAGE, MATRIX_CONTRACTS_PER_PAGE } from "../../scripts/site/site-model.ts";
import { keyTermUrl, sectionUrl } from "../../scripts/site/urls.ts";
import { axeViolations } from "../support/axe.ts";
import { TEST_SITE } from "../support/build.ts";
import { readExport } from "../support/exports.ts";
import { siteBrowser } from "../support/site-browser.ts";

const site = siteBrowser();
// Each contract as its own export file has it (library.json is the index).
const library = readExport(TEST_SITE);
/** The contracts on the first page of the matrix and of a term page, in library order: a large library has more pages. */
const onMatrixPage = library.contracts.slice(0, MATRIX_CONTRACTS_PER_PAGE);
const onTermPage = library.contracts.slice(0, CONTRACTS_PER_PAGE);
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 800 };

async function openAt(path: string, size: { width: number; height: number }): Promise<Page> {
  const page = await site.open(path);
  await page.setViewportSize(size);
  return page;
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The README's questions, and the key terms that answer them. */
const QUESTIONS: Record<string, KeyTermName[]> = {
  "how fast must this vendor report a data breach?": ["breachNotificationDeadline", "breachClockStart"],
  "who may object to a new sub-processor, and how long do we have?": ["subprocessorObjection", "subprocessorObjectionPeriod"],
  "which vendors let us audit them, and who pays?": ["auditMaxFrequency", "auditCosts"],
};

describe.each([
  ["phone", PHONE],
  ["desk", DESK],
] as const)("on a %s", (_name, size) => {
  it.each([sectionUrl("nl", "keyTerms"), sectionUrl("en", "keyTerms"), keyTermUrl("nl", "breachNotificationDeadline"), keyTermUrl("en", "subprocessorObjection")])(
    "%s does not scroll sideways",
    async (path) => {
      const page = await openAt(path, size);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    },
  );

  it.each(Object.entries(QUESTIONS))("answers “%s” for every vendor on the term pages", async (_question, names) => {
    for (const name of names) {
      const page = await openAt(keyTermUrl("en", name), size);
      for (const { vendor, terms } of onTermPage) {
        const row = page.locator(".term-answers > div", { has: page.locator("dt", { hasText: vendor }) });
        expect(await row.locator(".answer").isVisible(), `${name} ${vendor}`).toBe(true);
        expect(await row.locator(".answer").innerText(), `${name} ${vendor}`).toBe(terms[name]!.answer.en);
      }
      await page.close();
    }
  });
});

describe("the matrix on a desk", () => {
  it("answers the README's three questions for every vendor, in the table", async () => {
    const page = await openAt(sectionUrl("en", "keyTerms"), DESK);
    for (const { vendor, terms } of onMatrixPage) {
      const cells = page.locator("table.matrix tbody tr", { has: page.locator("th", { hasText: vendor }) }).locator("td");
      for (const name of Object.values(QUESTIONS).flat()) {
        expect(await cells.nth(KEY_TERM_NAMES.indexOf(name)).innerText(), `${vendor} ${name}`).toBe(terms[name]!.answer.en);
      }
    }
    await page.close();
  });

  it("says that more columns follow, and keeps the vendor column and header row in view while its box scrolls", async () => {
    const page = await openAt(sectionUrl("nl", "keyTerms"), DESK);
    const box = page.locator(".matrix-scroll");
    expect(await page.locator(".scroll-hint").isVisible()).toBe(true);
    expect(await page.locator(".scroll-hint").innerText()).toContain(`alle ${KEY_TERM_NAMES.length} kerntermen`);
    const sizes = await box.evaluate((element) => ({ wide: element.scrollWidth > element.clientWidth, tall: element.scrollHeight > element.clientHeight }));
    expect(sizes).toEqual({ wide: true, tall: true });

    const vendor = page.locator("table.matrix tbody th").first();
    const corner = page.locator("table.matrix thead th").first();
    const lastHeader = page.locator("table.matrix thead th").last();
    expect(await lastHeader.evaluate(isCovered)).toBe(true);
    await box.evaluate((element) => element.scrollTo(element.scrollWidth, 0));
    const boxLeft = (await box.boundingBox())!.x;
    expect((await vendor.boundingBox())!.x - boxLeft).toBeLessThan(2);
    expect(await vendor.evaluate(isCovered)).toBe(false);
    expect(await corner.evaluate(isCovered)).toBe(false);
    // The last column has come into view: the table really moved.
    expect(await lastHeader.evaluate(isCovered)).toBe(false);

    await box.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    const boxTop = (await box.boundingBox())!.y;
    expect((await corner.boundingBox())!.y - boxTop).toBeLessThan(2);
    expect(await corner.evaluate(isCovered)).toBe(false);
    await page.close();
  });

  it("links a column heading to the term's page, where the language switch leads to the same term", async () => {
    const page = await openAt(sectionUrl("nl", "keyTerms"), DESK);
    await page.locator("table.matrix thead").getByRole("link", { name: "Bezwaartermijn subverwerker" }).click();
    await page.waitForURL(/\/kerntermen\/bezwaartermijn-subverwerker\/$/);
    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.waitForURL(/\/en\/key-terms\/sub-processor-objection-period\/$/);
    expect(await page.locator("h1").innerText()).toBe("Sub-processor objection period");
    await page.close();
  });
});

describe("the matrix on a phone", () => {
  async function cardsOf(page: Page, lang: Lang) {
    expect(await page.locator("table.matrix").isVisible()).toBe(false);
    for (const { vendor, terms } of onMatrixPage) {
      const card = page.locator(".vendor-card", { has: page.locator("h2", { hasText: vendor }) });
      const breach = card.locator("dl > div").nth(KEY_TERM_NAMES.indexOf("breachNotificationDeadline"));
      expect(await breach.locator("dd").isVisible(), vendor).toBe(true);
      expect(await breach.innerText(), vendor).toContain(terms.breachNotificationDeadline!.answer[lang]);
    }
  }

  it("shows a list per vendor with each vendor's breach answer", async () => {
    const page = await openAt(sectionUrl("nl", "keyTerms"), PHONE);
    await cardsOf(page, "nl");
    // The filter narrows the list as it narrows the table.
    await page.getByLabel("Filter op leverancier of waarde").fill("smartlockr");
    expect(await page.locator(".vendor-card:visible h2").allInnerTexts()).toEqual(["Smartlockr"]);
    await page.close();
  });

  it("does so without JavaScript too", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await site.open(sectionUrl("en", "keyTerms"), context);
    await cardsOf(page, "en");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe("accessibility of the matrix and term pages (axe-core, WCAG 2.1 AA)", () => {
  it.each([
    [keyTermUrl("nl", "breachNotificationDeadline"), DESK],
    [keyTermUrl("en", "auditCosts"), PHONE],
    [sectionUrl("nl", "keyTerms"), PHONE],
    [sectionUrl("en", "keyTerms"), DESK],
  ] as const)("%s has no violations", async (path, size) => {
    const page = await openAt(path, size);
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("loads nothing from elsewhere and has nothing refused by the Content Security Policy", () => {
    expect(site.requested.length).toBeGreaterThan(10);
    expect(site.offSite()).toEqual([]);
    expect(site.cspViolations).toEqual([]);
  });
});

/** Whether something else is drawn over the middle of this element (it is scrolled out of its box, or under a sticky cell). */
function isCovered(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(rect.height / 2, 10));
  return !(hit && (hit === element || element.contains(hit)));
}
