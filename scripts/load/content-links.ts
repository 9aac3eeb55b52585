// The links and images in a run of markdown-it block tokens, with the file line each stands
// on: what the validator checks before any of it is published (scripts/validate/links.ts).
import type { Token } from "markdown-it";
import type { ContentLink } from "../model/types.ts";

/** `firstLine` is the file line of the tokens' line 0 (their `map`s count from there). */
export function contentLinks(tokens: readonly Token[], firstLine: number): ContentLink[] {
  const links: ContentLink[] = [];
  // Inline tokens in table cells have no map of their own: the row's line holds for them.
  let line = firstLine;
  for (const token of tokens) {
    if (token.map) line = firstLine + token.map[0];
    let breaks = 0;
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks++;
      else if (child.type === "link_open") links.push({ kind: "link", href: String(child.attrGet("href") ?? ""), line: line + breaks });
      else if (child.type === "image") links.push({ kind: "image", href: String(child.attrGet("src") ?? ""), line: line + breaks });
    }
  }
  return links;
}
