// Pronounceable made-up words (Dutch-looking syllables) that replace real words and vendor
// names in the synthetic corpus. Made-up words give the search index a realistic long tail
// of distinct terms instead of 1,000 copies of the same five vocabularies.
import type { Random } from "./prng.ts";

const ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "dr", "gr", "kl", "kr", "pl", "sl", "sp", "st", "tr", "vr", "zw", "sch"];
const VOWELS = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "oe", "ui", "ij", "ou", "ei"];
const CODAS = ["", "", "", "n", "r", "l", "s", "t", "k", "m", "nd", "rt", "ld", "ng", "st"];

export function pseudoWord(random: Random, syllables = 2 + random.int(2)): string {
  let word = "";
  for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 ? random.pick(CODAS) : "");
  return word;
}

/** `count` distinct made-up words. */
export function wordPool(random: Random, count: number): string[] {
  const pool = new Set<string>();
  while (pool.size < count) pool.add(pseudoWord(random));
  return [...pool];
}

export const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
