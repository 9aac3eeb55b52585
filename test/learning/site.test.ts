// The learning path in the built site (test/support/global-setup.ts builds it once): every
// page exists in both languages, every example links to a clause that is there, answers are
// readable without JavaScript, and the printable versions stand on their own.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import type { Clause } from "../../scripts/model/types.ts";
import { LANGS, type Lang } from "../../scripts/model/vocabulary.ts";
import { contractUrl, learningPathUrl } from "../../scripts/site/urls.ts";
import { ROOT, TEST_SITE } from "../support/build.ts";
import { idsIn, pageFile, textOf } from "../support/html.ts";

const { library } = loadLibrary(ROOT);
const LESSONS = library.lessons;
const clauses = new Map<string, Clause>(library.contracts.flatMap((contract) => contract.clauses.map((clause) => [`${contract.slug}#${clause.id}`, clause] as const)));

const read = (url: string) => readFileSync(pageFile(TEST_SITE, url), "utf8");

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
}

/** The examples on a module page: link, summary and reason of each. */
function examplesOn(html: string) {
  return [...html.matchAll(/<li class="example rated-([\w-]+)">([\s\S]*?)<\/li>/g)].map(([, rating, body]) => ({
    rating: rating!,
    href: body!.match(/<a href="([^"]+)"/)![1]!,
    summary: textOf(body!.match(/<p class="example-summary">([\s\S]*?)<\/p>/)![1]!),
    reason: textOf(body!.match(/<p class="example-reason">([\s\S]*?)<\/p>/)![1]!),
  }));
}

/** The exercises on a module page: question, option labels, radio names, and the <details> with the answers. */
function exercisesOn(html: string) {
  return [...html.matchAll(/<li class="exercise exercise-\w+" id="oefening-\d+"[^>]*>([\s\S]*?)<\/details>\s*<\/li>/g)].map(([, body]) => ({
    question: textOf(body!.match(/<legend class="exercise-question">([\s\S]*?)<\/legend>/)![1]!),
    labels: [...body!.matchAll(/<label for="[^"]+">([\s\S]*?)<\/label>/g)].map(([, label]) => textOf(label!)),
    radioNames: [...body!.matchAll(/<input type="radio" name="([^"]+)"/g)].map(([, name]) => name!),
    summary: textOf(body!.match(/<summary>([\s\S]*?)<\/summary>/)![1]!),
    answer: body!.slice(body!.indexOf("</summary>")),
  }));
}

/** The links of the `law-sources` paragraph in a piece of HTML: [url, title] of each, after its "Bron(nen)" / "Source(s)" label. */
function sourcesUnder(html: string, lang: Lang): [string, string][] {
  const list = html.match(/<p class="law-sources">([\s\S]*?)<\/p>/)?.[1];
  expect(list, "no law-sources paragraph").toBeDefined();
  expect(list).toMatch(lang === "nl" ? /^Bron(nen)?:/ : /^Sources?:/);
  return [...list!.matchAll(/<a href="([^"]+)" rel="external">([^<]+)<\/a>/g)].map(([, href, title]) => [href!.replace(/&amp;/g, "&"), textOf(title!)]);
}

function expectSoundDocument(html: string, lang: Lang): void {
  expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
  expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  const levels = headingLevels(html);
  expect(levels[0]).toBe(1);
  levels.slice(1).forEach((level, index) => expect(level, `heading order ${levels.join(",")}`).toBeLessThanOrEqual(levels[index]! + 1));
  // JavaScript only as files from this site: no inline scripts or event handlers.
  expect(html).not.toMatch(/\son[a-z]+="/);
  for (const [, attributes] of html.matchAll(/<script([^>]*)>/g)) expect(attributes).toMatch(/\ssrc="\/[^/]/);
}

describe.each(LANGS)("the learning path in %s", (lang) => {
  it("has an overview that links to every module in order", () => {
    const html = read(learningPathUrl(lang));
    expectSoundDocument(html, lang);
    const links = [...html.matchAll(/<li class="learning-module-item" data-module="([^"]+)">\s*<h3[^>]*><a href="([^"]+)"/g)];
    expect(links.map(([, id]) => id)).toEqual(LESSONS.map((module) => module.id));
    // The lead counts the lessons there are, not a number written into it.
    expect(textOf(html.match(/<p class="lead">([\s\S]*?)<\/p>/)![1]!)).toContain(`in ${LESSONS.length} modules.`);
    for (const [, id, href] of links) expect(href).toBe(learningPathUrl(lang, id));
    expect(html).toContain('<script src="/assets/learning.js"');
    expect(existsSync(`${TEST_SITE}/assets/learning.js`)).toBe(true);
    expect(existsSync(`${TEST_SITE}/assets/learning.css`)).toBe(true);
  });

  describe.each(LESSONS.map((module) => [module.id, module] as const))("module %s", (id, module) => {
    const url = learningPathUrl(lang, id);

    it("is a sound page in the right language", () => {
      const html = read(url);
      expectSoundDocument(html, lang);
      expect(textOf(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1]!)).toBe(module.title[lang]);
    });

    it("lists each requirement's sources under it, as links to the official text in the page's language", () => {
      const html = read(url);
      const items = [...html.match(/<ul class="gdpr-requirements">([\s\S]*?)<\/ul>/)![1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, item]) => item!);
      expect(items).toHaveLength(module.requirements.length);
      items.forEach((item, index) => {
        const requirement = module.requirements[index]!;
        expect(textOf(item)).toContain(`${requirement.ref[lang]}: ${requirement.text[lang]}`);
        expect(sourcesUnder(item, lang)).toEqual(requirement.sources.map((id) => [library.lawSources[id]!.url[lang], library.lawSources[id]!.title[lang]]));
      });
    });

    it("lists the sources of the points, red flags and answers that state the law", () => {
      const html = read(url);
      const cited = [...module.lookFor, ...module.redFlags, ...module.questions].filter((item) => item.sources);
      const citingExercises = (module.exercises ?? []).filter((exercise) => exercise.sources);
      const lists = html.match(/<p class="law-sources">/g) ?? [];
      expect(lists).toHaveLength(module.requirements.length + cited.length + citingExercises.length);
      exercisesOn(html).forEach((exercise, index) => {
        const sources = module.exercises![index]!.sources;
        if (sources) expect(sourcesUnder(exercise.answer, lang)).toEqual(sources.map((id) => [library.lawSources[id]!.url[lang], library.lawSources[id]!.title[lang]]));
      });
      for (const item of cited) {
        const text = "question" in item ? item.answer[lang] : item[lang];
        const at = html.indexOf(text.replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/"/g, "&quot;"));
        expect(at, text).toBeGreaterThan(0);
        expect(sourcesUnder(html.slice(at, html.indexOf("</li>", at)), lang)).toEqual(item.sources!.map((id) => [library.lawSources[id]!.url[lang], library.lawSources[id]!.title[lang]]));
      }
    });

    it("shows real examples, each linking to its clause, with summary and reason in the page's language", () => {
      const examples = examplesOn(read(url));
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        const [page, anchor] = example.href.split("#") as [string, string];
        expect(existsSync(pageFile(TEST_SITE, page)), example.href).toBe(true);
        expect(idsIn(read(page)).has(anchor), example.href).toBe(true);
        const contract = library.contracts.find((candidate) => page.startsWith(contractUrl(lang, candidate.slug)));
        const clause = clauses.get(`${contract?.slug}#${anchor}`);
        expect(clause, example.href).toBeDefined();
        expect(module.clauseTypes.some((type) => clause!.types.includes(type))).toBe(true);
        expect(example.rating).toBe(clause!.assessment?.rating);
        expect(example.summary).toBe(`${lang === "nl" ? "Kort gezegd" : "In short"}: ${clause!.summary![lang]}`);
        expect(example.reason).toContain(clause!.assessment![lang]);
      }
    });

    it("asks 3–5 questions, each answer in a <details> that works without JavaScript", () => {
      const html = read(url);
      const questions = [...html.matchAll(/<li class="question"[^>]*>([\s\S]*?)<\/li>/g)];
      expect(questions).toHaveLength(module.questions.length);
      questions.forEach(([, body], index) => {
        expect(textOf(body!.match(/<p class="question-text">([\s\S]*?)<\/p>/)![1]!)).toBe(module.questions[index]!.question[lang]);
        const details = body!.match(/<details class="answer">\s*<summary>([^<]+)<\/summary>([\s\S]*?)<\/details>/);
        expect(details, `question ${index + 1}`).not.toBeNull();
        expect(textOf(details![2]!.match(/<p>([\s\S]*?)<\/p>/)![1]!)).toBe(module.questions[index]!.answer[lang]);
      });
      // The progress control is hidden until learning.js shows it.
      expect(html).toMatch(/<section class="learning-progress"[^>]*data-learning-module="[^"]+"[^>]*\shidden/);
    });

    it("has its exercises after the examples, each a set of radio buttons whose answers and feedback are in a <details>", () => {
      const html = read(url);
      const exercises = exercisesOn(html);
      expect(exercises).toHaveLength(module.exercises?.length ?? 0);
      if (!module.exercises) return;
      expect(html.indexOf('<h2 id="oefenen">')).toBeGreaterThan(html.indexOf('<h2 id="voorbeelden">'));
      expect(html.indexOf('<h2 id="oefenen">')).toBeLessThan(html.indexOf('<h2 id="test-uzelf">'));
      expect(textOf(html.match(/<h2 id="oefenen">([^<]+)<\/h2>/)![1]!)).toBe(lang === "nl" ? "Oefenen" : "Practice");
      exercises.forEach((exercise, index) => {
        const given = module.exercises![index]!;
        expect(exercise.question).toBe(given.question[lang]);
        expect(exercise.summary).toBe(`${lang === "nl" ? "Antwoord en uitleg bij oefening" : "Answer and explanation to exercise"} ${index + 1}`);
        expect(exercise.labels).toHaveLength(given.options.length);
        // The radio buttons share a name per exercise and each has its label.
        expect(new Set(exercise.radioNames)).toEqual(new Set([`oefening-${index + 1}`]));
        const feedback = [...exercise.answer.matchAll(/<li class="is-(correct|wrong)"[^>]*>([\s\S]*?)<\/li>/g)];
        expect(feedback.map(([, verdict]) => verdict === "correct")).toEqual(given.options.map((option) => option.correct));
        given.options.forEach((option, at) => {
          expect(textOf(feedback[at]![2]!)).toContain(`${lang === "nl" ? option.correct ? "Juist." : "Onjuist." : option.correct ? "Correct." : "Incorrect."} ${option.feedback[lang]}`);
          if (given.kind === "choice") expect(exercise.labels[at]).toBe((option as { text: Record<Lang, string> }).text[lang]);
        });
        if (given.kind !== "find") return;
        expect(textOf(exercise.answer)).toContain(given.explanation[lang]);
        given.options.forEach((option, at) => {
          // Labelled from the library: the vendor, and for a clause its number and heading or first words.
          const contract = library.contracts.find((candidate) => candidate.slug === option.contract)!;
          const clause = option.clause === undefined ? undefined : clauses.get(`${option.contract}#${option.clause}`)!;
          expect(exercise.labels[at]!.startsWith(clause?.number ? `${contract.vendor} ${clause.number} — ` : contract.vendor), exercise.labels[at]).toBe(true);
          if (clause) expect(exercise.labels[at]).toContain(clause.heading ?? clause.text.split(/\s+/).slice(0, 3).join(" "));
        });
        // The explanation links every correct clause, on the contract page it is on.
        const links = [...exercise.answer.match(/<p class="exercise-answers">([\s\S]*?)<\/p>/)![1]!.matchAll(/<a href="([^"]+)"/g)].map(([, href]) => href!);
        expect(links).toHaveLength(given.options.filter((option) => option.correct).length);
        for (const href of links) {
          const [page, anchor] = href.split("#") as [string, string | undefined];
          expect(existsSync(pageFile(TEST_SITE, page)), href).toBe(true);
          if (anchor) expect(idsIn(read(page)).has(anchor), href).toBe(true);
        }
      });
      // The Check button and the score are hidden until learning.js shows them.
      expect(html).toMatch(/<p class="exercise-actions" data-learning-enhanced hidden><button type="submit">/);
      expect(html).toMatch(/<p class="exercise-score"[^>]*data-learning-enhanced hidden/);
    });

    it("has a printable version with the answers written out", () => {
      const html = read(url);
      const printUrl = `${url}print/`;
      expect(html).toContain(`href="${printUrl}"`);
      const printed = read(printUrl);
      expectSoundDocument(printed, lang);
      expect(printed).toContain('<meta name="robots" content="noindex">');
      expect(printed).toContain('<link rel="stylesheet" href="/assets/learning.css">');
      expect(printed).not.toContain("<details");
      expect(printed).not.toContain("<script");
      for (const { answer } of module.questions) expect(textOf(printed)).toContain(answer[lang]);
      for (const exercise of module.exercises ?? []) {
        expect(textOf(printed)).toContain(exercise.question[lang]);
        for (const option of exercise.options) expect(textOf(printed)).toContain(option.feedback[lang]);
        if (exercise.kind === "find") expect(textOf(printed)).toContain(exercise.explanation[lang]);
      }
      expect(printed).not.toContain("<form");
      expect(examplesOn(printed).map((example) => example.href)).toEqual(examplesOn(html).map((example) => example.href));
      expect(printed).toContain(`href="${url}"`);
    });
  });
});
