// Long contracts are split over several pages ("parts") so that no page grows past the
// HTML budget. A part ends before a section heading once it holds enough text, or before
// any clause once it holds more than the budget.
import type { Block } from "../model/types.ts";

/** Characters of content (wording and annotations) a part aims to stay under. */
export const PART_BUDGET = 80_000;

export function blockWeight(block: Block): number {
  if (block.kind === "heading") return block.text.length;
  if (block.kind === "note") return block.html.length;
  const { clause } = block;
  const annotations = [clause.summary.nl, clause.summary.en, clause.assessment?.nl, clause.assessment?.en, clause.note?.nl, clause.note?.en];
  // Headings, type links and the comparison link add a roughly constant amount per clause.
  return clause.html.length + annotations.reduce((sum, text) => sum + (text?.length ?? 0), 0) + 600;
}

export function splitIntoParts(blocks: readonly Block[], budget = PART_BUDGET): Block[][] {
  const parts: Block[][] = [[]];
  let weight = 0;
  for (const block of blocks) {
    const current = parts[parts.length - 1]!;
    const sectionStart = block.kind === "heading" && block.level === 2;
    if (current.length && ((sectionStart && weight > budget * 0.6) || weight + blockWeight(block) > budget)) {
      // Headings that would end a part go along with the text they introduce.
      let keep = current.length;
      while (keep > 1 && current[keep - 1]!.kind === "heading") keep--;
      const carried = current.splice(keep);
      parts.push(carried);
      weight = carried.reduce((sum, carriedBlock) => sum + blockWeight(carriedBlock), 0);
    }
    parts[parts.length - 1]!.push(block);
    weight += blockWeight(block);
  }
  return parts;
}
