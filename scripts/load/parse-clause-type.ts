// Parses one clause type file: front matter plus a `::: nl` and a `::: en` explanation.
import type { Token } from "markdown-it";
import { ClauseTypeFrontMatter } from "../model/schema.ts";
import type { ClauseType } from "../model/types.ts";
import { LANGS } from "../model/vocabulary.ts";
import type { Problems } from "../validate/problems.ts";
import { readBilingualFile } from "./bilingual-file.ts";
import { contentLinks } from "./content-links.ts";
import { rememberLines } from "./field-lines.ts";
import { missingContainers, render } from "./language-body.ts";

export function parseClauseType(file: string, raw: string, problems: Problems): ClauseType | undefined {
  const read = readBilingualFile(file, raw, problems, ClauseTypeFrontMatter, "the clause type", "explanation");
  if (!read) return undefined;
  const { split, yaml, frontMatter, bodies } = read;
  const missing = missingContainers(bodies);
  if (missing) problems.add("clause-type-body", file, split.bodyLine, `the clause type has no ${missing} explanation`);
  if (!frontMatter || missing) return undefined;
  const body = Object.fromEntries(LANGS.map((lang) => [lang, lawAndRest(bodies[lang]!)])) as ClauseType["body"];
  const links = Object.fromEntries(LANGS.map((lang) => [lang, contentLinks(bodies[lang]!, split.bodyLine)])) as ClauseType["links"];
  const type: ClauseType = { ...frontMatter, file, body, links };
  rememberLines(type, yaml);
  return type;
}

/** An explanation split after its first section, what the law requires: at its second heading. */
function lawAndRest(tokens: readonly Token[]): { law: string; rest: string } {
  const level = tokens[0]!.level;
  const second = tokens.findIndex((token, index) => index > 0 && token.type === "heading_open" && token.level === level);
  return second < 0 ? { law: render(tokens), rest: "" } : { law: render(tokens.slice(0, second)), rest: render(tokens.slice(second)) };
}
