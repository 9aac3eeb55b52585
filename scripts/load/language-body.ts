// The body of a clause type or lesson: a `::: nl` and a `::: en` container, nothing else.
import type { Token } from "markdown-it";
import { LANGS, type Lang } from "../model/vocabulary.ts";
import type { Problems } from "../validate/problems.ts";
import type { SplitFile } from "./front-matter.ts";
import { markdown } from "./markdown.ts";

/** Each language's tokens; a language without a container, or with an empty one, is left out. Text outside the containers is reported. */
export function languageBodies(file: string, split: SplitFile, problems: Problems, what: string): Partial<Record<Lang, Token[]>> {
  const bodies: Partial<Record<Lang, Token[]>> = {};
  const tokens = markdown.parse(split.body, {});
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const lang = LANGS.find((candidate) => token.type === `container_${candidate}_open`);
    if (!lang) {
      if (token.level === 0 && token.nesting >= 0) {
        problems.add("stray-text", file, split.bodyLine + (token.map?.[0] ?? 0), "text outside the `::: nl` and `::: en` containers", `move it into the ${what} of its language`);
      }
      continue;
    }
    const end = tokens.findIndex((candidate, at) => at > index && candidate.type === `container_${lang}_close`);
    const inner = tokens.slice(index + 1, end);
    if (inner.length) bodies[lang] = inner;
    index = end;
  }
  return bodies;
}

/** The languages a body has no text in, as `::: nl` / `::: en` for a problem's message. */
export function missingContainers(bodies: Partial<Record<Lang, Token[]>>): string | undefined {
  const missing = LANGS.filter((lang) => !bodies[lang]);
  return missing.length ? missing.map((lang) => `\`::: ${lang}\``).join(" or ") : undefined;
}

export function render(tokens: readonly Token[]): string {
  return markdown.renderer.render(tokens as Token[], markdown.options, {});
}
