// Parses one clause type file: front matter plus a `::: nl` and a `::: en` explanation.
import { ClauseTypeFrontMatter } from "../model/schema.ts";
import type { ClauseType, ContentLink } from "../model/types.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";
import { checkSchema } from "../validate/check-schema.ts";
import type { Problems } from "../validate/problems.ts";
import { contentLinks } from "./content-links.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { markdown } from "./markdown.ts";
import { parseYaml, type Path, type YamlSource } from "./yaml-source.ts";

/** Each parsed type's front matter, for the lines of problems found across types (validate-library.ts). */
const frontMatterOf = new WeakMap<ClauseType, YamlSource>();

/** The line of a clause type's front-matter field, for a problem found in it after parsing. */
export function clauseTypeLine(type: ClauseType, path: Path): number {
  return frontMatterOf.get(type)?.lineOf(path) ?? 1;
}

export function parseClauseType(file: string, raw: string, problems: Problems): ClauseType | undefined {
  const split = splitFrontMatter(raw);
  if (!split) {
    problems.add("front-matter", file, 1, "the file has no front matter");
    return undefined;
  }
  const yaml = parseYaml(split.yaml, split.yamlLine);
  for (const error of yaml.errors) problems.add("front-matter", file, error.line, `the front matter is not valid YAML: ${error.message}`);
  const frontMatter = yaml.errors.length ? undefined : checkSchema(ClauseTypeFrontMatter, yaml, file, problems, "the clause type");

  const body: Partial<Record<Lang, string>> = {};
  const links: Record<Lang, ContentLink[]> = { nl: [], en: [] };
  const tokens = markdown.parse(split.body, {});
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const lang = LANGS.find((candidate) => token.type === `container_${candidate}_open`);
    if (!lang) {
      if (token.level === 0 && token.nesting >= 0) {
        problems.add("stray-text", file, split.bodyLine + (token.map?.[0] ?? 0), "text outside the `::: nl` and `::: en` containers", "move it into the explanation of its language");
      }
      continue;
    }
    const end = tokens.findIndex((candidate, at) => at > index && candidate.type === `container_${lang}_close`);
    const inner = tokens.slice(index + 1, end);
    body[lang] = markdown.renderer.render(inner, markdown.options, {});
    links[lang].push(...contentLinks(inner, split.bodyLine));
    index = end;
  }
  const missing = LANGS.filter((lang) => !body[lang]?.trim());
  if (missing.length) {
    problems.add("clause-type-body", file, split.bodyLine, `the clause type has no ${missing.map((lang) => `\`::: ${lang}\``).join(" or ")} explanation`);
  }
  if (!frontMatter || missing.length) return undefined;
  const type: ClauseType = { ...frontMatter, file, body: body as Record<Lang, string>, links };
  frontMatterOf.set(type, yaml);
  return type;
}
