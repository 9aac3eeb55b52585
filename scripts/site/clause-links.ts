// A contract's text may link to its own clauses (`#art-9-9`). Which page of a long contract a
// clause is shown on is known only once the contract is laid out, so a text with such links
// is rendered again here, from the tokens its parse kept, each link leading to the page its
// clause is on. The way there is relative, so one rendering serves both languages.
import { renderWithHrefs } from "../load/markdown.ts";
import type { Block } from "../model/types.ts";
import { contractPartHref } from "./urls.ts";

/** `parts` are the contract's pages, each clause's `part` already set. */
export function linkClausesAcrossParts(parts: readonly Block[][]): void {
  const partOf = new Map<string, number>();
  for (const block of parts.flat()) if (block.kind === "clause") partOf.set(block.clause.id, block.clause.part);
  parts.forEach((blocks, index) => {
    const part = index + 1;
    const toClause = (href: string) => (href.startsWith("#") ? `${contractPartHref(part, partOf.get(href.slice(1)) ?? part)}${href}` : href);
    for (const block of blocks) {
      const text = block.kind === "clause" ? block.clause : block.kind === "note" ? block : undefined;
      if (text?.linkTokens) text.html = renderWithHrefs(text.linkTokens, toClause);
    }
  });
}
