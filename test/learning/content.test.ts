// The learning path's content (lessons/*.md): complete in both languages, consistent between
// them, tied to real clause types, and with real examples to show.
import { describe, expect, it } from "vitest";
import { learningPathData } from "../../scripts/learning/data.ts";
import { LEARNING_TEXT, learningText } from "../../scripts/learning/ui-text.ts";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import type { Exercise } from "../../scripts/model/schema.ts";
import type { Lesson } from "../../scripts/model/types.ts";
import { LANGS, type Bilingual } from "../../scripts/model/vocabulary.ts";
import { ROOT } from "../support/build.ts";
import { citedSources } from "../support/cited-sources.ts";
import { textOf } from "../support/html.ts";

const { library } = loadLibrary(ROOT);
const LESSONS = library.lessons;

/** Every Bilingual text of a module, with where it sits. */
function textsOf(module: Lesson): [string, Bilingual][] {
  return [
    ["title", module.title],
    ["summary", module.summary],
    ["intro", { nl: textOf(module.intro.nl), en: textOf(module.intro.en) }],
    ...module.requirements.flatMap((requirement, index): [string, Bilingual][] => [
      [`requirements[${index}].ref`, requirement.ref],
      [`requirements[${index}].text`, requirement.text],
    ]),
    ...module.lookFor.map(({ nl, en }, index): [string, Bilingual] => [`lookFor[${index}]`, { nl, en }]),
    ...module.redFlags.map(({ nl, en }, index): [string, Bilingual] => [`redFlags[${index}]`, { nl, en }]),
    ...module.questions.flatMap((question, index): [string, Bilingual][] => [
      [`questions[${index}].question`, question.question],
      [`questions[${index}].answer`, question.answer],
    ]),
    ...(module.exercises ?? []).flatMap((exercise, index) => exerciseTexts(exercise).map(([where, text]): [string, Bilingual] => [`exercises[${index}].${where}`, text])),
  ];
}

/** An exercise's texts: its question, each option's answer text and feedback, a find exercise's explanation. */
function exerciseTexts(exercise: Exercise): [string, Bilingual][] {
  return [
    ["question", exercise.question],
    ...exercise.options.flatMap((option, index): [string, Bilingual][] => [
      ...("text" in option ? [[`options[${index}].text`, option.text] as [string, Bilingual]] : []),
      [`options[${index}].feedback`, option.feedback],
    ]),
    ...(exercise.kind === "find" ? [["explanation", exercise.explanation] as [string, Bilingual]] : []),
  ];
}

/** The numbers a text mentions (articles, paragraphs, hours, standards), sorted. */
const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe("learning path modules", () => {
  it("has modules with unique ids that are safe in a URL", () => {
    expect(LESSONS.length).toBeGreaterThan(0);
    const ids = LESSONS.map((module) => module.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(LESSONS.map((module) => [module.id, module] as const))("%s has 3–5 questions, each asked and explained in both languages", (_, module) => {
    expect(module.questions.length).toBeGreaterThanOrEqual(3);
    expect(module.questions.length).toBeLessThanOrEqual(5);
    for (const { question, answer } of module.questions) {
      for (const lang of LANGS) {
        expect(question[lang].trim()).toMatch(/\?$/);
        // An explained answer, not just "yes" or "no".
        expect(answer[lang].split(/\s+/).length, answer.en).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it.each(LESSONS.map((module) => [module.id, module] as const))("%s says what the law requires, what to look for and the red flags", (_, module) => {
    expect(module.requirements.length).toBeGreaterThan(0);
    expect(module.lookFor.length).toBeGreaterThanOrEqual(3);
    expect(module.redFlags.length).toBeGreaterThanOrEqual(3);
    // A requirement may rest on the GDPR, a judgment, a guideline or national law; the two
    // languages name the same: a reference to the AVG is one to the GDPR.
    for (const { ref } of module.requirements) expect(/\bAVG\b/.test(ref.nl), `${ref.nl} / ${ref.en}`).toBe(/\bGDPR\b/.test(ref.en));
  });

  it.each(LESSONS.map((module) => [module.id, module] as const))("%s has every text in Dutch and English, with the same numbers in both", (_, module) => {
    for (const [where, text] of textsOf(module)) {
      for (const lang of LANGS) expect(text[lang].trim(), `${module.id} ${where}.${lang}`).not.toBe("");
      expect(text.nl, `${module.id} ${where}: the Dutch and English texts should say the same`).not.toBe(text.en);
      expect(numbersIn(text.nl), `${module.id} ${where}`).toEqual(numbersIn(text.en));
    }
  });

  it.each(LESSONS.filter((module) => module.exercises).map((module) => [module.id, module] as const))("%s has at least 3 exercises, multiple choice and find-it alike, each option with its feedback", (_, module) => {
    const exercises = module.exercises!;
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(new Set(exercises.map((exercise) => exercise.kind))).toEqual(new Set(["choice", "find"]));
    for (const exercise of exercises) {
      for (const lang of LANGS) expect(exercise.question[lang].trim(), exercise.question.en).toMatch(/\?$/);
      // The site writes the verdict ("Juist." / "Correct.") before the feedback: the feedback does not repeat it.
      for (const { feedback } of exercise.options) for (const lang of LANGS) expect(feedback[lang], feedback.en).not.toMatch(/^(Juist|Goed|Onjuist|Fout|Nee|Ja|Right|Correct|Wrong|Incorrect|No|Yes)\b/);
    }
  });

  it("uses the AVG/GDPR terms of AUTHORING.md", () => {
    const all = LESSONS.flatMap((module) => textsOf(module).map(([, text]) => text));
    const dutch = all.map((text) => text.nl).join("\n");
    const english = all.map((text) => text.en).join("\n");
    // Dutch: "verwerker", "subverwerker", "betrokkene"; no loan words or variants.
    expect(dutch).not.toMatch(/\b(sub-verwerker|subprocessor|sub-processor|data ?subject|controller)\b/i);
    // English: "personal data breach", "sub-processor", "data subject", "controller".
    expect(english).not.toMatch(/\b(data leak|subprocessor|verwerker|betrokkene)\b/i);
  });

  it.each(LESSONS.map((module) => [module.id, module] as const))("%s cites, as data, every article, guideline and judgment its texts name", (_, module) => {
    const statements = [
      ...module.requirements.map((item, index) => ({ where: `requirements[${index}]`, en: `${item.ref.en} ${item.text.en}`, sources: item.sources })),
      ...module.lookFor.map((item, index) => ({ where: `lookFor[${index}]`, en: item.en, sources: item.sources })),
      ...module.redFlags.map((item, index) => ({ where: `redFlags[${index}]`, en: item.en, sources: item.sources })),
      ...module.questions.map((item, index) => ({ where: `questions[${index}]`, en: `${item.question.en} ${item.answer.en}`, sources: item.sources })),
      ...(module.exercises ?? []).map((item, index) => ({ where: `exercises[${index}]`, en: exerciseTexts(item).map(([, text]) => text.en).join(" "), sources: item.sources })),
    ];
    const uncited = statements.flatMap(({ where, en, sources = [] }) => citedSources(en).filter((id) => !sources.includes(id)).map((id) => `${where}: ${id}`));
    expect(uncited).toEqual([]);
  });

  it("recognises the citations in a text, so that the check above can fail", () => {
    expect(citedSources("Art. 44 to 46 and 49 GDPR; Art. 5(2) and Art. 24 (WP250rev.01); Articles 32 to 36; Art. 33(1), (3) and (4); Art. 46 UAVG")).toEqual(
      ["wp250", "uavg-46", "gdpr-44", "gdpr-45", "gdpr-46", "gdpr-49", "gdpr-5", "gdpr-24", "gdpr-32", "gdpr-33", "gdpr-34", "gdpr-35", "gdpr-36"],
    );
  });

  it("keeps the processor's breach deadline as the law has it: without undue delay, no hours", () => {
    const breaches = LESSONS.find((module) => module.id === "data-breaches")!;
    const processorRule = breaches.requirements.find((requirement) => requirement.ref.en.startsWith("Art. 33(2)"))!;
    expect(processorRule.text.en).toContain("without undue delay");
    expect(processorRule.text.nl).toContain("zonder onredelijke vertraging");
    const controllerRule = breaches.requirements.find((requirement) => requirement.ref.en.startsWith("Art. 33(1)"))!;
    expect(controllerRule.text.en).toMatch(/controller .*72 hours/);
    expect(controllerRule.text.nl).toMatch(/verwerkingsverantwoordelijke .*72 uur/);
  });

  it("draws each module's examples from its own set of clause types (the validator checks that they exist)", () => {
    // A module that goes deeper into another's subject may share clause types with it, but not all of them.
    for (const module of LESSONS) expect(new Set(module.clauseTypes).size, module.id).toBe(module.clauseTypes.length);
    const sets = LESSONS.map((module) => [...module.clauseTypes].sort().join(" "));
    expect(new Set(sets).size).toBe(sets.length);
  });

  it("finds at least one real example for every module in the library", () => {
    const data = learningPathData(LESSONS);
    for (const module of LESSONS) {
      const examples = data.examples(module, library);
      expect(examples.favourable.length + examples.unfavourable.length, module.id).toBeGreaterThan(0);
      for (const example of [...examples.favourable, ...examples.unfavourable]) {
        expect(module.clauseTypes).toContain(example.type);
        expect(example.clause.types).toContain(example.type);
      }
    }
  });
});

describe("learning path interface texts", () => {
  it("has every text in both languages", () => {
    for (const [key, text] of Object.entries(LEARNING_TEXT)) {
      for (const lang of LANGS) expect(text[lang].trim(), `${key}.${lang}`).not.toBe("");
    }
  });

  it("fills placeholders and fails loudly on a typo or a missing value", () => {
    expect(learningText("progressSummary", "nl", { done: 3, total: 8 })).toBe("3 van 8 modules afgerond");
    expect(learningText("progressSummary", "en", { done: 3, total: 8 })).toBe("3 of 8 modules completed");
    expect(() => learningText("progresSummary", "en")).toThrow(/unknown learning path text/);
    expect(() => learningText("moduleOf", "en", { n: 1 })).toThrow(/needs a value for \{total\}/);
  });
});

describe("learning path pages", () => {
  it("has a page per module and language, linked to the previous and next module", () => {
    const { modulePages } = learningPathData(LESSONS);
    expect(modulePages).toHaveLength(LESSONS.length * LANGS.length);
    for (const lang of LANGS) {
      const pages = modulePages.filter((page) => page.lang === lang);
      expect(pages.map((page) => page.module.id)).toEqual(LESSONS.map((module) => module.id));
      expect(pages[0]!.previous).toBeNull();
      expect(pages.at(-1)!.next).toBeNull();
      pages.slice(1).forEach((page, index) => expect(page.previous).toBe(pages[index]!.module));
    }
  });
});
