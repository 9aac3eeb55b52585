// A clause type or a lesson file: YAML front matter checked against its schema, and a body of
// a `::: nl` and a `::: en` container (language-body.ts). What each makes of its body is its own.
import type { Token } from "markdown-it";
import type { z } from "zod";
import type { Lang } from "../model/vocabulary.ts";
import { checkSchema } from "../validate/check-schema.ts";
import type { Problems } from "../validate/problems.ts";
import { splitFrontMatter, type SplitFile } from "./front-matter.ts";
import { languageBodies } from "./language-body.ts";
import { parseYaml, type YamlSource } from "./yaml-source.ts";

export interface BilingualFile<S extends z.ZodType> {
  split: SplitFile;
  yaml: YamlSource;
  /** Undefined when the front matter is not valid (reported). */
  frontMatter: z.infer<S> | undefined;
  bodies: Partial<Record<Lang, Token[]>>;
}

/** `what` names the file in messages ("the lesson"); `bodyWhat` its body text ("intro"). */
export function readBilingualFile<S extends z.ZodType>(file: string, raw: string, problems: Problems, schema: S, what: string, bodyWhat: string): BilingualFile<S> | undefined {
  const split = splitFrontMatter(raw);
  if (!split) {
    problems.add("front-matter", file, 1, "the file has no front matter");
    return undefined;
  }
  const yaml = parseYaml(split.yaml, split.yamlLine);
  for (const error of yaml.errors) problems.add("front-matter", file, error.line, `the front matter is not valid YAML: ${error.message}`);
  const frontMatter = yaml.errors.length ? undefined : checkSchema(schema, yaml, file, problems, what);
  return { split, yaml, frontMatter, bodies: languageBodies(file, split, problems, bodyWhat) };
}
