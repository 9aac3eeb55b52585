// The learning path in Chromium: accessible in both languages (axe-core, WCAG 2.1 AA),
// readable without JavaScript, and with JavaScript the exercises check the learner's answers
// (on a phone and on a desktop), and the progress marked on a module and the exercise scores
// are kept across a reload and shown on the overview. No request leaves the site, and the Content
// Security Policy refuses nothing.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { learningPathUrl } from "../../scripts/site/urls.ts";
import type { ChoiceExercise, FindExercise } from "../../scripts/model/schema.ts";
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
  it("shows every exercise with its options, and its answers and feedback in a <details>", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await open(context, learningPathUrl("nl", PRACTICE.id));
    const exercises = page.locator(".exercise");
    expect(await exercises.count()).toBe(EXERCISES.length);
    for (const [index, exercise] of EXERCISES.entries()) {
      const item = exercises.nth(index);
      expect((await item.locator("legend").textContent())!.trim()).toBe(exercise.question.nl);
      expect(await item.locator('input[type="radio"]').count()).toBe(exercise.options.length);
      expect(await item.locator('input[type="radio"]').first().isVisible()).toBe(true);
      // No Check button that would do nothing.
      expect(await item.getByRole("button").count()).toBe(0);
      const details = item.locator("details.exercise-answer");
      expect(await details.count()).toBe(1);
      const feedback = details.locator(".feedback-text").first();
      expect(await feedback.isVisible()).toBe(false);
      await details.locator("summary").click();
      expect(await feedback.isVisible()).toBe(true);
      expect((await feedback.textContent())!.replace(/\s+/g, " ").trim()).toBe(`${exercise.options[0]!.correct ? "Juist." : "Onjuist."} ${exercise.options[0]!.feedback.nl}`);
      if (exercise.kind === "find") expect((await details.locator(".exercise-explanation").textContent())!.replace(/\s+/g, " ")).toContain(exercise.explanation.nl);
    }
    expect(await page.locator("[data-exercise-score]").isVisible()).toBe(false);
    await context.close();
  });

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

// The exercises of the first module that has them: its first choice and its first find exercise.
const PRACTICE = LESSONS.find((module) => module.exercises)!;
const EXERCISES = PRACTICE.exercises!;
const CHOICE = EXERCISES.findIndex((exercise) => exercise.kind === "choice");
const FIND = EXERCISES.findIndex((exercise) => exercise.kind === "find");
const choice = EXERCISES[CHOICE] as ChoiceExercise;
const find = EXERCISES[FIND] as FindExercise;
const score = (right: number) => `${right} van ${EXERCISES.length} oefeningen goed`;

/** Chooses option `index` of exercise `number` (1-based) and presses Check. */
async function answer(page: Page, number: number, index: number): Promise<void> {
  const exercise = page.locator(`#oefening-${number}`);
  await exercise.locator(`input[type="radio"][value="${index}"]`).check();
  await exercise.getByRole("button", { name: "Controleer" }).click();
}

async function resultOf(page: Page, number: number, text: string): Promise<string> {
  const result = page.locator(`#oefening-${number} [data-exercise-result]`);
  await result.filter({ hasText: text }).waitFor();
  return (await result.textContent())!;
}

describe.each([390, 1280])("exercises at %i px wide", (width) => {
  it("checks a choice answered wrongly, then rightly: feedback at every option, the chosen one marked, the score updated", async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await open(context, learningPathUrl("nl", PRACTICE.id));
    const number = CHOICE + 1;
    const exercise = page.locator(`#oefening-${number}`);
    const right = choice.options.findIndex((option) => option.correct);
    const wrong = choice.options.findIndex((option) => !option.correct);
    // With JavaScript the answers are not given away below the exercise.
    await exercise.getByRole("button", { name: "Controleer" }).waitFor();
    expect(await exercise.locator("details").count()).toBe(0);
    expect(await exercise.locator(".exercise-option-feedback").first().isVisible()).toBe(false);
    expect(await page.locator("[data-exercise-score]").textContent()).toBe(score(0));

    // Nothing chosen: asked to choose, nothing revealed.
    await exercise.getByRole("button", { name: "Controleer" }).click();
    expect(await resultOf(page, number, "Kies")).toBe("Kies eerst een antwoord.");
    expect(await exercise.locator(".exercise-option-feedback").first().isVisible()).toBe(false);

    await answer(page, number, wrong);
    expect(await resultOf(page, number, "Niet goed")).toBe("Niet goed. Lees bij de antwoorden waarom, en probeer het nog eens.");
    // Focus stays on the button that was pressed; the result is announced.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Controleer");
    expect(await exercise.locator("[data-exercise-result]").getAttribute("role")).toBe("status");
    const options = exercise.locator(".exercise-option");
    for (const [index, option] of choice.options.entries()) {
      const feedback = options.nth(index).locator(".exercise-option-feedback");
      expect(await feedback.isVisible()).toBe(true);
      const expected = `${option.correct ? "Juist." : "Onjuist."} ${option.feedback.nl}`;
      expect((await feedback.innerText()).replace(/\s+/g, " ").trim()).toBe(index === wrong ? `Uw antwoord: ${expected}` : expected);
    }
    expect(await options.nth(wrong).getAttribute("class")).toContain("is-wrong");
    expect(await page.locator("[data-exercise-score]").textContent()).toBe(score(0));

    await answer(page, number, right);
    expect(await resultOf(page, number, "Goed")).toBe("Goed! Bij elk antwoord leest u waarom.");
    expect(await options.nth(right).getAttribute("class")).toContain("is-right");
    expect(await options.nth(wrong).getAttribute("class")).not.toContain("is-chosen");
    expect(await options.nth(right).locator(".exercise-option-feedback").innerText()).toContain("Uw antwoord:");
    expect(await options.nth(wrong).locator(".exercise-option-feedback").innerText()).not.toContain("Uw antwoord:");
    expect(await page.locator("[data-exercise-score]").textContent()).toBe(score(1));
    // Nothing is cut off or pushed sideways at this width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });

  it("shows a find exercise's explanation with a link that leads to the clause", async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await open(context, learningPathUrl("en", PRACTICE.id));
    const number = FIND + 1;
    const exercise = page.locator(`#oefening-${number}`);
    const explanation = exercise.locator(".exercise-explanation");
    await exercise.getByRole("button", { name: "Check" }).waitFor();
    expect(await explanation.isVisible()).toBe(false);
    // Every correct option counts as right, where a find exercise has more than one.
    for (const [index, option] of find.options.entries()) {
      await exercise.locator(`input[type="radio"][value="${index}"]`).check();
      await exercise.getByRole("button", { name: "Check" }).click();
      expect(await resultOf(page, number, option.correct ? "Correct!" : "Not correct")).toBe(option.correct ? "Correct! Each option says why." : "Not correct. Read why at the options, and try again.");
      expect(await exercise.locator(".exercise-option").nth(index).getAttribute("class")).toContain(option.correct ? "is-right" : "is-wrong");
    }
    expect(await explanation.isVisible()).toBe(true);
    expect((await explanation.textContent())!.replace(/\s+/g, " ")).toContain(find.explanation.en);
    const correct = find.options.find((option) => option.correct)!;
    const link = explanation.locator(".exercise-answers a").first();
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(new RegExp(`^/en/contracts/${correct.contract}/(\\d+/)?${correct.clause ? `#${correct.clause}` : ""}$`));
    await link.click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    if (correct.clause) expect(await page.locator(`[id="${correct.clause}"]`).isVisible()).toBe(true);
    await context.close();
  });
});

describe("exercise progress", () => {
  it("keeps the answers and score across a reload and shows the score on the overview, in both languages", async () => {
    const context = await site.browser.newContext();
    const page = await open(context, learningPathUrl("nl", PRACTICE.id));
    const right = choice.options.findIndex((option) => option.correct);
    const wrongFind = find.options.findIndex((option) => !option.correct);
    await page.getByRole("button", { name: "Controleer" }).first().waitFor();
    await answer(page, CHOICE + 1, right);
    await resultOf(page, CHOICE + 1, "Goed");
    await answer(page, FIND + 1, wrongFind);
    await resultOf(page, FIND + 1, "Niet goed");

    await page.reload();
    await page.locator("[data-exercise-score]").filter({ hasText: score(1) }).waitFor();
    expect(await page.locator(`#oefening-${CHOICE + 1} input[value="${right}"]`).isChecked()).toBe(true);
    expect(await page.locator(`#oefening-${FIND + 1} input[value="${wrongFind}"]`).isChecked()).toBe(true);
    expect(await page.locator(`#oefening-${FIND + 1} .exercise-explanation`).isVisible()).toBe(true);

    await page.goto(new URL(learningPathUrl("nl").slice(1), site.server.url).href);
    const moduleScore = page.locator(`[data-module="${PRACTICE.id}"] [data-learning-score]`);
    await moduleScore.waitFor();
    expect(await moduleScore.textContent()).toBe(score(1));
    // Modules not practised show no score.
    const other = LESSONS.find((module) => module.id !== PRACTICE.id && module.exercises);
    if (other) expect(await page.locator(`[data-module="${other.id}"] [data-learning-score]`).isVisible()).toBe(false);

    await page.goto(new URL(learningPathUrl("en").slice(1), site.server.url).href);
    expect(await page.locator(`[data-module="${PRACTICE.id}"] [data-learning-score]`).textContent()).toBe(`1 of ${EXERCISES.length} exercises correct`);
    // Clearing the progress clears the answers too.
    await page.getByRole("button", { name: "Clear progress" }).click();
    expect(await page.locator(`[data-module="${PRACTICE.id}"] [data-learning-score]`).isVisible()).toBe(false);
    await page.goto(new URL(learningPathUrl("en", PRACTICE.id).slice(1), site.server.url).href);
    await page.locator("[data-exercise-score]").filter({ hasText: `0 of ${EXERCISES.length} exercises correct` }).waitFor();
    expect(await page.locator(`#oefening-${CHOICE + 1} input:checked`).count()).toBe(0);
    await context.close();
  });

  it("has no axe-core violations on a module page with its exercises answered", async () => {
    const context = await site.browser.newContext();
    const page = await open(context, learningPathUrl("nl", PRACTICE.id));
    await page.getByRole("button", { name: "Controleer" }).first().waitFor();
    for (const [index, exercise] of EXERCISES.entries()) {
      // Right and wrong answers alike, so that both markings are checked.
      const pick = exercise.options.findIndex((option) => (index % 2 === 0) === option.correct);
      await answer(page, index + 1, pick);
      await resultOf(page, index + 1, index % 2 === 0 ? "Goed" : "Niet goed");
    }
    expect(await axeViolations(page)).toEqual([]);
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
