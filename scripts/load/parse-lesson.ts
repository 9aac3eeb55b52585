// Parses one lesson (a module of the learning path): front matter plus its intro in a
// `::: nl` and a `::: en` container. Checks across files happen in validate-lessons.ts.
import { LessonFrontMatter } from "../model/schema.ts";
import type { Lesson } from "../model/types.ts";
import { LANGS } from "../model/vocabulary.ts";
import { checkSchema } from "../validate/check-schema.ts";
import type { Problems } from "../validate/problems.ts";
import { contentLinks } from "./content-links.ts";
import { rememberLines } from "./field-lines.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { languageBodies, missingContainers, render } from "./language-body.ts";
import { parseYaml } from "./yaml-source.ts";

export function parseLesson(file: string, raw: string, problems: Problems): Lesson | undefined {
  const split = splitFrontMatter(raw);
  if (!split) {
    problems.add("front-matter", file, 1, "the file has no front matter");
    return undefined;
  }
  const yaml = parseYaml(split.yaml, split.yamlLine);
  for (const error of yaml.errors) problems.add("front-matter", file, error.line, `the front matter is not valid YAML: ${error.message}`);
  const frontMatter = yaml.errors.length ? undefined : checkSchema(LessonFrontMatter, yaml, file, problems, "the lesson");

  const bodies = languageBodies(file, split, problems, "intro");
  const missing = missingContainers(bodies);
  if (missing) problems.add("missing-translation", file, split.bodyLine, `the lesson has no ${missing} intro`, "add the intro in both languages, each in its own container");
  if (!frontMatter || missing) return undefined;
  const intro = Object.fromEntries(LANGS.map((lang) => [lang, render(bodies[lang]!)])) as Lesson["intro"];
  const links = Object.fromEntries(LANGS.map((lang) => [lang, contentLinks(bodies[lang]!, split.bodyLine)])) as Lesson["links"];
  const lesson: Lesson = { ...frontMatter, file, intro, links };
  rememberLines(lesson, yaml);
  return lesson;
}
