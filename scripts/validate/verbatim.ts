// Is a quote (a key term's wording, an exercise's) in a clause's text? Compared on a skeleton
// that drops whitespace, soft hyphens, bullet glyphs, bold markers and hyphens within words,
// and keeps every letter, digit and punctuation mark: a quote may be re-wrapped and need not
// reproduce a line-end hyphenation. (The clause texts themselves are checked against the
// source word for word: scripts/validate/source-check.ts.)

import { DEBRIS_LINE } from "../model/extraction-debris.ts";

/** Word's sub-bullet: a letter o and a tab at the start of a line. */
const BULLET_O = /^\s*o\t/gm;

/** A source without its page-furniture lines and Word's sub-bullets, for finding wording in it (scripts/versions/). */
export function cleanSource(source: string): string {
  return source.replace(DEBRIS_LINE, "").replace(BULLET_O, "");
}

/** Soft hyphens, bullet glyphs, bold markers and whitespace: dropped. One pass (see the benchmark, bench/). */
const DROPPED = /[\u00ad*●•▪◦\s]+/g;

export function skeleton(text: string): string {
  return withoutJoiningHyphens(text.normalize("NFC").replace(DROPPED, ""));
}

const HYPHENS = /[-‐‑]/g;
const ENDS_IN_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;
const STARTS_WITH_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * Drops every hyphen between two letters or digits, as `/(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])/gu`
 * would, at half its cost: that regex's look-arounds were tried at every character, these
 * tests only next to a hyphen. The two code units either side cover a surrogate pair.
 */
function withoutJoiningHyphens(text: string): string {
  let kept = "";
  let from = 0;
  for (const { index } of text.matchAll(HYPHENS)) {
    if (ENDS_IN_LETTER_OR_DIGIT.test(text.slice(Math.max(0, index - 2), index)) && STARTS_WITH_LETTER_OR_DIGIT.test(text.slice(index + 1, index + 3))) {
      kept += text.slice(from, index);
      from = index + 1;
    }
  }
  return from === 0 ? text : kept + text.slice(from);
}
