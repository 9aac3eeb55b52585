// How completely a contract reproduces its source: the share of the source's word 5-grams
// that also occur in the contract's wording (headings, notes, clause numbers, headings and
// texts, in order).
//
// Words are lower-cased runs of letters and digits that contain a letter. Bare numbers are
// left out because numbering is where the format deliberately differs from the print
// ("2.1.1" stored for a printed "1."); every digit in a clause is still checked by the
// verbatim check. Page footers and bullet markers are dropped from the source as in the
// verbatim check. Run-together extraction debris ("uurMELDING") is split at a lower-to-upper
// case change, and line-end hyphenation joined, on both sides alike.
import type { Contract } from "../model/types.ts";
import { cleanSource } from "./verbatim.ts";

const N = 5;

export function words(text: string): string[] {
  return text
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, "$1$2")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => /\p{L}/u.test(word));
}

export function ngrams(list: readonly string[], n = N): Set<string> {
  const grams = new Set<string>();
  for (let index = 0; index + n <= list.length; index++) grams.add(list.slice(index, index + n).join(" "));
  return grams;
}

export function contractWording(contract: Pick<Contract, "blocks">): string {
  return contract.blocks
    .map((block) => {
      if (block.kind === "clause") return [block.clause.number, block.clause.heading, block.clause.text].filter(Boolean).join("\n");
      return block.text;
    })
    .join("\n");
}

export interface Fidelity {
  covered: number;
  total: number;
  ratio: number;
  /** A few source 5-grams that are missing, to show where to look. */
  missing: string[];
}

export function fidelity(source: string, wording: string): Fidelity {
  const sourceGrams = ngrams(words(cleanSource(source)));
  const contractGrams = ngrams(words(wording));
  const missing = [...sourceGrams].filter((gram) => !contractGrams.has(gram));
  const total = sourceGrams.size;
  return { covered: total - missing.length, total, ratio: total ? (total - missing.length) / total : 1, missing: missing.slice(0, 10) };
}
