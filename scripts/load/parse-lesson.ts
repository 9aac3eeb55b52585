// Parses one lesson (a module of the learning path): front matter plus its intro in a
// `::: nl` and a `::: en` container. A point to look for that names a clause type's
// criterion gets the criterion's question and sources. Other checks across files happen in
// validate-lessons.ts.
import { criterionSources, type PlacedCriterion } from "../model/criteria.ts";
import { LessonFrontMatter } from "../model/schema.ts";
import type { Lesson, LookForPoint } from "../model/types.ts";
import { LANGS } from "../model/vocabulary.ts";
import { didYouMean } from "../validate/did-you-mean.ts";
import type { Problems } from "../validate/problems.ts";
import { readBilingualFile } from "./bilingual-file.ts";
import { contentLinks } from "./content-links.ts";
import { rememberLines } from "./field-lines.ts";
import { missingContainers, render } from "./language-body.ts";

export function parseLesson(file: string, raw: string, problems: Problems, criteria: ReadonlyMap<string, PlacedCriterion>): Lesson | undefined {
  const read = readBilingualFile(file, raw, problems, LessonFrontMatter, "the lesson", "intro");
  if (!read) return undefined;
  const { split, yaml, frontMatter, bodies } = read;
  const missing = missingContainers(bodies);
  if (missing) problems.add("missing-translation", file, split.bodyLine, `the lesson has no ${missing} intro`, "add the intro in both languages, each in its own container");
  if (!frontMatter || missing) return undefined;
  const intro = Object.fromEntries(LANGS.map((lang) => [lang, render(bodies[lang]!)])) as Lesson["intro"];
  const links = Object.fromEntries(LANGS.map((lang) => [lang, contentLinks(bodies[lang]!, split.bodyLine)])) as Lesson["links"];
  const lookFor = frontMatter.lookFor.map((item, index): LookForPoint => {
    if (item.criterion === undefined) return { nl: item.nl!, en: item.en!, ...(item.sources ? { sources: item.sources } : {}) };
    const placed = criteria.get(item.criterion);
    if (!placed) {
      const guess = didYouMean(item.criterion, criteria.keys());
      problems.add("criterion-reference", file, yaml.lineOf(["lookFor", index, "criterion"]), `unknown criterion "${item.criterion}"`, guess ? `did you mean "${guess}"? Criteria are named <clause type>/<criterion id>, as in the clause type's \`criteria\`` : undefined);
      return { nl: item.criterion, en: item.criterion, criterion: item.criterion };
    }
    const sources = criterionSources(placed.criterion);
    return { ...placed.criterion.question, ...(sources.length ? { sources } : {}), criterion: item.criterion };
  });
  const lesson: Lesson = { ...frontMatter, lookFor, file, intro, links };
  rememberLines(lesson, yaml);
  return lesson;
}
