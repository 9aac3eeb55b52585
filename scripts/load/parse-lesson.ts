// Parses one lesson (a module of the learning path): front matter plus its intro in a
// `::: nl` and a `::: en` container. Checks across files happen in validate-lessons.ts.
import { LessonFrontMatter } from "../model/schema.ts";
import type { Lesson } from "../model/types.ts";
import { LANGS } from "../model/vocabulary.ts";
import type { Problems } from "../validate/problems.ts";
import { readBilingualFile } from "./bilingual-file.ts";
import { contentLinks } from "./content-links.ts";
import { rememberLines } from "./field-lines.ts";
import { missingContainers, render } from "./language-body.ts";

export function parseLesson(file: string, raw: string, problems: Problems): Lesson | undefined {
  const read = readBilingualFile(file, raw, problems, LessonFrontMatter, "the lesson", "intro");
  if (!read) return undefined;
  const { split, yaml, frontMatter, bodies } = read;
  const missing = missingContainers(bodies);
  if (missing) problems.add("missing-translation", file, split.bodyLine, `the lesson has no ${missing} intro`, "add the intro in both languages, each in its own container");
  if (!frontMatter || missing) return undefined;
  const intro = Object.fromEntries(LANGS.map((lang) => [lang, render(bodies[lang]!)])) as Lesson["intro"];
  const links = Object.fromEntries(LANGS.map((lang) => [lang, contentLinks(bodies[lang]!, split.bodyLine)])) as Lesson["links"];
  const lesson: Lesson = { ...frontMatter, file, intro, links };
  rememberLines(lesson, yaml);
  return lesson;
}
