// The law as new staff learn it, from the learning path, the clause type explanations and the
// contracts' annotations: no statement a legal review found wrong comes back, in either
// language, and where a lesson or clause type explanation cites an article it uses the AVG's
// and GDPR's own wording. The checks are data, with their reasons:
// test/fixtures/law-checks.yaml.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { criterionSources } from "../../scripts/model/criteria.ts";
import { LANGS, type Bilingual } from "../../scripts/model/vocabulary.ts";
import { ROOT } from "../support/build.ts";
import { citedSources } from "../support/cited-sources.ts";
import { textOf } from "../support/html.ts";

const Pattern = z.string().transform((source, context) => {
  try {
    return new RegExp(source, "iu");
  } catch (error) {
    context.addIssue({ code: "custom", message: `not a valid regular expression: ${(error as Error).message}` });
    return z.NEVER;
  }
});
const ForbiddenWording = z.object({ patterns: z.array(Pattern).min(1), caught: z.array(z.string()).min(1) });
const Forbidden = z.object({ statement: z.string(), why: z.string(), nl: ForbiddenWording, en: ForbiddenWording });
const RequiredWording = z.object({ cites: Pattern, says: z.array(Pattern).min(1), caught: z.array(z.string()).default([]) });
const Required = z.object({ term: z.string(), why: z.string(), nl: RequiredWording, en: RequiredWording });
const LawChecks = z.object({ forbidden: z.array(Forbidden).min(1), required: z.array(Required).min(1) });

const checks = LawChecks.parse(yaml.load(readFileSync(path.join(ROOT, "test/fixtures/law-checks.yaml"), "utf8")));

interface Text {
  where: string;
  text: Bilingual;
}

const joined = (...parts: Bilingual[]): Bilingual => ({ nl: parts.map((part) => part.nl).join(" "), en: parts.map((part) => part.en).join(" ") });

const { library } = loadLibrary(ROOT);

/** A module's statements: a requirement with its article, a question with its answer, each one text. */
const moduleTexts: Text[] = library.lessons.flatMap((module) => [
  { where: `${module.id} summary`, text: module.summary },
  { where: `${module.id} intro`, text: { nl: textOf(module.intro.nl), en: textOf(module.intro.en) } },
  ...module.requirements.map((requirement, index) => ({ where: `${module.id} requirements[${index}]`, text: joined(requirement.ref, requirement.text) })),
  ...module.lookFor.map(({ nl, en }, index) => ({ where: `${module.id} lookFor[${index}]`, text: { nl, en } })),
  ...module.redFlags.map(({ nl, en }, index) => ({ where: `${module.id} redFlags[${index}]`, text: { nl, en } })),
  ...module.questions.map((question, index) => ({ where: `${module.id} questions[${index}]`, text: joined(question.question, question.answer) })),
]);

/**
 * Exercises teach through their feedback as much as the lesson text does: each option with its
 * feedback is one text. Checked for what must not be taught; a question or a short feedback need
 * not repeat the statute's full wording.
 */
const exerciseTexts: Text[] = library.lessons.flatMap((module) =>
  (module.exercises ?? []).flatMap((exercise, index) => [
    { where: `${module.id} exercises[${index}]`, text: exercise.kind === "find" ? joined(exercise.question, exercise.explanation) : exercise.question },
    ...exercise.options.map((option, at) => ({
      where: `${module.id} exercises[${index}].options[${at}]`,
      text: "text" in option ? joined(option.text, option.feedback) : option.feedback,
    })),
  ]),
);

/** A criterion's texts: what the clause type page shows under "What to look for". */
const criterionTexts = (type: (typeof library.clauseTypes)[number]): Text[] =>
  type.criteria.map((criterion) => ({
    where: `clauses/${type.id}.md criterion ${criterion.id}`,
    text: joined(criterion.name, criterion.question, criterion.met, criterion.partly, criterion["not-met"]),
  }));

const clauseTypeTexts: Text[] = library.clauseTypes.flatMap((type) => [
  { where: `clauses/${type.id}.md`, text: { nl: textOf(type.body.nl.law + type.body.nl.rest), en: textOf(type.body.en.law + type.body.en.rest) } },
  ...criterionTexts(type),
]);

/** The annotations of every contract's clauses and key terms: they teach by example, and an assessment can repeat a wrong reason. */
const annotationTexts: Text[] = library.contracts.flatMap((contract) =>
  contract.clauses.flatMap((clause) =>
    [clause.summary, clause.assessment, ...(clause.assessment?.findings ?? []), clause.note]
      .filter((text): text is Bilingual => text !== undefined)
      .map((text) => ({ where: `${contract.file} clause ${clause.number ?? clause.id}`, text })),
  ).concat(
    Object.entries(contract.terms).flatMap(([name, term]) =>
      [term.answer, term.note].filter((text): text is Bilingual => text !== undefined).map((text) => ({ where: `${contract.file} key term ${name}`, text })),
    ),
  ),
);

const texts = [...moduleTexts, ...clauseTypeTexts];

/** The words around a match, to show in a failure. */
function excerpt(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return `…${text.slice(Math.max(0, at - 40), at + 100)}…`;
}

describe("statements of law the lessons and clause types must not make", () => {
  it("checks every module and every clause type with its criteria", () => {
    expect(moduleTexts.length).toBeGreaterThan(library.lessons.length * 10);
    expect(clauseTypeTexts).toHaveLength(readdirSync(path.join(ROOT, "clauses")).filter((name) => name.endsWith(".md")).length + library.clauseTypes.reduce((sum, type) => sum + type.criteria.length, 0));
    expect(annotationTexts.length).toBeGreaterThan(library.contracts.length * 10);
    expect(exerciseTexts.length).toBeGreaterThan(library.lessons.length * 3);
  });

  it.each(checks.forbidden.map((check) => [check.statement, check] as const))("no text says: %s", (_, check) => {
    const found = LANGS.flatMap((lang) =>
      [...texts, ...exerciseTexts, ...annotationTexts].flatMap(({ where, text }) =>
        check[lang].patterns.filter((pattern) => pattern.test(text[lang])).map((pattern) => `${where} (${lang}): "${excerpt(text[lang], pattern)}"`),
      ),
    );
    expect(found, `${check.statement}: ${check.why}`).toEqual([]);
  });

  it.each(checks.forbidden.map((check) => [check.statement, check] as const))("still recognises the wording the review found: %s", (_, check) => {
    for (const lang of LANGS) {
      for (const wording of check[lang].caught) expect(check[lang].patterns.some((pattern) => pattern.test(wording)), `${lang}: ${wording}`).toBe(true);
    }
  });
});

describe("statutory wording where a text cites the article", () => {
  it.each(checks.required.map((check) => [check.term, check] as const))("%s", (_, check) => {
    for (const lang of LANGS) {
      const citing = texts.filter(({ text }) => check[lang].cites.test(text[lang]));
      expect(citing.length, `${lang}: no text cites ${check[lang].cites}, so the check proves nothing`).toBeGreaterThan(0);
      const missing = citing.flatMap(({ where, text }) =>
        check[lang].says.filter((term) => !term.test(text[lang])).map((term) => `${where} (${lang}) cites the article but does not say ${term}`),
      );
      expect(missing, `${check.term}: ${check.why}`).toEqual([]);
    }
  });

  it.each(checks.required.map((check) => [check.term, check] as const))("still rejects the wording the review found: %s", (_, check) => {
    const caught = LANGS.flatMap((lang) => check[lang].caught.map((wording) => ({ lang, wording })));
    expect(caught.length).toBeGreaterThan(0);
    for (const { lang, wording } of caught) {
      expect(check[lang].cites.test(wording), `${lang}: ${wording}`).toBe(true);
      expect(check[lang].says.every((term) => term.test(wording)), `${lang}: ${wording}`).toBe(false);
    }
  });
});

describe("the sources of each clause type's \"What the GDPR requires\"", () => {
  it.each(library.clauseTypes.map((type) => [type.id, type] as const))("%s cites, as data, every article, guideline and judgment the section names", (_, type) => {
    expect(citedSources(textOf(type.body.en.law)).filter((id) => !type.lawSources.includes(id))).toEqual([]);
  });
});

describe("the sources of each criterion", () => {
  it.each(library.clauseTypes.map((type) => [type.id, type] as const))("%s: every criterion cites, as data, every article, guideline and judgment its texts name", (_, type) => {
    const uncited = type.criteria.flatMap((criterion) => {
      const en = [criterion.question, criterion.met, criterion.partly, criterion["not-met"]].map((text) => text.en).join(" ");
      const cited = criterionSources(criterion);
      return citedSources(en).filter((id) => !cited.includes(id)).map((id) => `${criterion.id}: ${id}`);
    });
    expect(uncited).toEqual([]);
  });
});

describe("criteria and findings in both languages", () => {
  /** The numbers a text mentions (articles, paragraphs, hours, days), sorted. */
  const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).sort();
  const bilingual = [
    ...library.clauseTypes.flatMap((type) => type.criteria.flatMap((criterion) => (["name", "question", "met", "partly", "not-met"] as const).map((key) => ({ where: `${type.id}/${criterion.id} ${key}`, text: criterion[key] })))),
    ...library.contracts.flatMap((contract) => contract.clauses.flatMap((clause) => (clause.assessment?.findings ?? []).map((finding) => ({ where: `${contract.slug} ${clause.id} ${finding.criterion}`, text: finding })))),
  ];

  it("say the same numbers in Dutch and English", () => {
    expect(bilingual.filter(({ text }) => numbersIn(text.nl).join() !== numbersIn(text.en).join()).map(({ where }) => where)).toEqual([]);
  });

  it("use the AVG/GDPR terms of AUTHORING.md", () => {
    expect(bilingual.filter(({ text }) => /\b(sub-verwerker|subprocessor|sub-processor|data ?subject|controller)\b/i.test(text.nl)).map(({ where }) => where)).toEqual([]);
    expect(bilingual.filter(({ text }) => /\b(data leak|subprocessor|verwerker|betrokkene)\b/i.test(text.en)).map(({ where }) => where)).toEqual([]);
  });
});
