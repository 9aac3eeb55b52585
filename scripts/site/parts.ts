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
  const annotations = [clause.summary?.nl, clause.summary?.en, clause.assessment?.nl, clause.assessment?.en, clause.note?.nl, clause.note?.en];
  // A finding shows in the page's language with its criterion's name and link: the longer language and some markup.
  const findings = (clause.assessment?.findings ?? []).reduce((sum, finding) => sum + Math.max(finding.nl.length, finding.en.length) + 200, 0);
  // Headings, type links and the comparison link add a roughly constant amount per clause.
  return clause.html.length + annotations.reduce((sum, text) => sum + (text?.length ?? 0), 0) + findings + 600;
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

// A part is named after what it holds, so that the pager can say where "next" leads:
// the range of its top-level section headings ("Artikel 6–13", "Artikel 11 – Bijlage 2").
// Headings are the contract's own words; only their label ("Artikel 11" of "Artikel 11:
// Slotbepalingen") is kept when a range would otherwise read as two whole titles.

/** What may stand between a heading's label and its title. */
const LABEL_SEPARATOR = /\s*(?::|\s·|\s–|\s—|\s-)\s+/u;
/** A label is a word and an identifier: "Artikel 11", "BIJLAGE A", "Annex 1", "Artikel 1C". */
const LABEL = /^(\p{L}+)\s+([\p{L}\d]+(?:\.[\p{L}\d]+)*)$/u;

function headingLabel(text: string): { word: string; id: string } | undefined {
  const head = text.split(LABEL_SEPARATOR)[0]!;
  if (head === text) return undefined;
  const match = LABEL.exec(head.trim());
  return match ? { word: match[1]!, id: match[2]! } : undefined;
}

/** A name for the part whose first and last top-level section headings are these. */
export function rangeName(first: string, last: string): string {
  if (first === last) return first;
  const from = headingLabel(first);
  const to = headingLabel(last);
  if (from && to && from.word.toLowerCase() === to.word.toLowerCase()) return `${from.word} ${from.id}–${to.id}`;
  const short = (text: string, label: { word: string; id: string } | undefined) => (label ? `${label.word} ${label.id}` : text);
  return `${short(first, from)} – ${short(last, to)}`;
}

/**
 * A name for each part: the range of the top-level section headings it holds; a part
 * without one continues the section before it and is named after that. Undefined for a
 * part with no section heading in or before it.
 */
export function partNames(parts: readonly Block[][]): (string | undefined)[] {
  const headings = parts.flat().filter((block) => block.kind === "heading");
  const top = Math.min(...headings.map((heading) => heading.level));
  let current: string | undefined;
  return parts.map((blocks) => {
    const texts = blocks.flatMap((block) => (block.kind === "heading" && block.level === top ? [block.text] : []));
    if (!texts.length) return current;
    current = texts[texts.length - 1];
    return texts.length === 1 ? texts[0] : rangeName(texts[0]!, texts[texts.length - 1]!);
  });
}
