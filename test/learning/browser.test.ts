// The learning path in Chromium: accessible in both languages (axe-core, WCAG 2.1 AA),
// readable without JavaScript, and with JavaScript the progress marked on a module is kept
// across a reload and shown on the overview. No request leaves the site, and the Content
// Security Policy refuses nothing.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { learningPathUrl } from "../../scripts/site/urls.ts";
import { LANGS } from "../../scripts/model/vocabulary.ts";
import { axeViolations } from "../support/axe.ts";
import { ROOT } from "../support/build.ts";
import { siteBrowser } from "../support/site-browser.ts";

const site = siteBrowser();
const failed: string[] = [];

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await site.watch(page);
  page.on("pageerror", (error) => failed.push(`${path}: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(new URL(path.replace(/^\//, ""), site.server.url).href);
  return page;
}

const LESSONS = loadLibrary(ROOT).library.lessons;
const [first, second, third] = LESSONS as [(typeof LESSONS)[number], (typeof LESSONS)[number], (typeof LESSONS)[number]];

describe("accessibility", () => {
  const pages = LANGS.flatMap((lang) => [learningPathUrl(lang), learningPathUrl(lang, first.id), learningPathUrl(lang, "data-breaches"), `${learningPathUrl(lang, first.id)}print/`]);

  it.each(pages)("%s has no axe-core violations", async (path) => {
    const context = await site.browser.newContext();
    const page = await open(context, path);
    // With progress shown, so the enhanced parts are checked too.
    await page.locator("[data-learning-enhanced]:not([hidden]), .print-page").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Open every answer: the revealed text must pass as well.
    for (const summary of await page.locator("details.answer summary").all()) await summary.click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("progress", () => {
  it("keeps a module marked as completed across a reload and shows it on the overview, in both languages", async () => {
    const context = await site.browser.newContext();
    const page = await open(context, learningPathUrl("nl", second.id));
    const done = page.getByLabel("Ik heb deze module afgerond");
    await done.waitFor();
    expect(await done.isChecked()).toBe(false);
    await done.check();
    await page.reload();
    expect(await page.getByLabel("Ik heb deze module afgerond").isChecked()).toBe(true);

    await page.goto(new URL(learningPathUrl("nl", third.id).slice(1), site.server.url).href);
    await page.getByLabel("Ik heb deze module afgerond").check();

    await page.goto(new URL(learningPathUrl("nl").slice(1), site.server.url).href);
    expect(await page.locator("[data-learning-count]").textContent()).toBe(`2 van ${LESSONS.length} modules afgerond`);
    const status = (id: string) => page.locator(`[data-module="${id}"] [data-learning-status]`);
    expect(await status(second.id).isVisible()).toBe(true);
    expect(await status(third.id).isVisible()).toBe(true);
    expect(await status(first.id).isVisible()).toBe(false);
    expect(await status(second.id).textContent()).toContain("Afgerond");

    // The same progress on the English overview.
    await page.goto(new URL(learningPathUrl("en").slice(1), site.server.url).href);
    expect(await page.locator("[data-learning-count]").textContent()).toBe(`2 of ${LESSONS.length} modules completed`);

    // Unmarking a module counts it out again; clearing resets everything.
    await page.goto(new URL(learningPathUrl("en", third.id).slice(1), site.server.url).href);
    await page.getByLabel("I have completed this module").uncheck();
    await page.goto(new URL(learningPathUrl("en").slice(1), site.server.url).href);
    expect(await page.locator("[data-learning-count]").textContent()).toBe(`1 of ${LESSONS.length} modules completed`);
    await page.getByRole("button", { name: "Clear progress" }).click();
    expect(await page.locator("[data-learning-count]").textContent()).toBe(`0 of ${LESSONS.length} modules completed`);
    expect(await status(second.id).isVisible()).toBe(false);
    await page.reload();
    expect(await page.locator("[data-learning-count]").textContent()).toBe(`0 of ${LESSONS.length} modules completed`);
    await context.close();
  });
});

describe("without JavaScript", () => {
  it("shows every answer on request and hides the progress controls", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await open(context, learningPathUrl("en", first.id));
    expect(await page.locator(".learning-progress").isVisible()).toBe(false);
    const answers = page.locator("details.answer");
    expect(await answers.count()).toBe(first.questions.length);
    const answer = answers.first().locator("p").first();
    expect(await answer.isVisible()).toBe(false);
    await answers.first().locator("summary").click();
    expect(await answer.isVisible()).toBe(true);
    expect(await answer.textContent()).toBe(first.questions[0]!.answer.en);

    const overview = await open(context, learningPathUrl("nl"));
    expect(await overview.locator("[data-learning-count]").isVisible()).toBe(false);
    expect(await overview.locator(".learning-module-item a").count()).toBe(LESSONS.length);
    await context.close();
  });
});

describe("requests", () => {
  it("all stayed on this site, succeeded, and none was refused by the Content Security Policy", () => {
    expect(site.requested.length).toBeGreaterThan(0);
    expect(site.offSite()).toEqual([]);
    expect(failed).toEqual([]);
    expect(site.cspViolations).toEqual([]);
  });
});
