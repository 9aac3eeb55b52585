// The first difference between a wording of the contract file and the stretch of source
// where it belongs, word by word: the words both share just before it, then what the source
// has there and what the file has instead. What an author needs to see to fix a wording
// that is not verbatim.
import { wordsMatched, type WordToken } from "./word-tokens.ts";

/** Shared words shown before the difference. */
const CONTEXT = 4;
/** How far ahead the two sides are searched for the point where they agree again. */
const RESYNC = 12;
/** Words that must agree for an alignment to count: one word alone agrees too easily. */
const ANCHOR = 3;

/**
 * Compares `words` (the file) with the source words [from, to): `after "… Opdrachtgever
 * zonder", the source (line 5) has "onredelijke" where the file has "redelijke"`.
 */
export function wordDiff(source: readonly WordToken[], from: number, to: number, words: readonly WordToken[]): string {
  const region = source.slice(from, to);
  let [sourceAt, fileAt] = firstDifference(region, words);
  const [sourceEnd, fileEnd] = agreeAgain(region, sourceAt, words, fileAt);
  // A space added or dropped shows only with the word before it.
  if (fileAt > 0 && sourceAt > 0 && (words[fileAt]?.glued || region[sourceAt]?.glued)) [sourceAt, fileAt] = [sourceAt - 1, fileAt - 1];
  let start = Math.max(0, fileAt - CONTEXT);
  // Not from the middle of words glued together ("Axi|Ops").
  while (start > 0 && words[start]!.glued) start--;
  const where = fileAt === 0 ? "at its start" : `after "${start > 0 ? "… " : ""}${render(words.slice(start, fileAt))}"`;
  const line = region[Math.min(sourceAt, region.length - 1)]?.line;
  const [theirs, ours] = [render(region.slice(sourceAt, sourceEnd)), render(words.slice(fileAt, fileEnd))];
  const origin = `the source${line ? ` (line ${line})` : ""}`;
  if (!ours) return `${where}, the file lacks what ${origin} has: "${theirs}"`;
  if (!theirs) return `${where}, the file has "${ours}", which ${origin} does not have there`;
  return `${where}, ${origin} has "${theirs}" where the file has "${ours}"`;
}

/** Where the file's words first differ from the source's, once aligned on the first run of words they share. */
function firstDifference(region: readonly WordToken[], words: readonly WordToken[]): [number, number] {
  for (let skipped = 0; skipped < words.length; skipped++) {
    for (let at = 0; at < region.length; at++) {
      if (!agrees(region, at, words, skipped, Math.min(ANCHOR, words.length - skipped))) continue;
      if (skipped > 0) return [Math.max(0, at - skipped), 0];
      let [i, j] = [at, 0];
      for (let step: number; j < words.length && (step = wordsMatched(region, i, words[j]!, j === 0)); j++) i += step;
      return [i, j];
    }
  }
  return [0, 0];
}

/**
 * Where, after a difference, the two sides agree again for a few words, or both end: the ends
 * of the differing stretches. Failing that, as many source words as the file has left.
 */
function agreeAgain(region: readonly WordToken[], sourceAt: number, words: readonly WordToken[], fileAt: number): [number, number] {
  for (let distance = 1; distance <= 2 * RESYNC; distance++) {
    for (let skipSource = 0; skipSource <= distance; skipSource++) {
      const [i, j] = [sourceAt + skipSource, fileAt + distance - skipSource];
      if (i > region.length || j > words.length) continue;
      if (j === words.length ? i === region.length : agrees(region, i, words, j, Math.min(ANCHOR, words.length - j))) return [i, j];
    }
  }
  const fileEnd = Math.min(words.length, fileAt + RESYNC);
  return [Math.min(region.length, sourceAt + Math.max(1, fileEnd - fileAt)), fileEnd];
}

function agrees(region: readonly WordToken[], at: number, words: readonly WordToken[], from: number, count: number): boolean {
  let i = at;
  for (let j = from; j < from + count; j++) {
    const step = wordsMatched(region, i, words[j]!, j === from);
    if (!step) return false;
    i += step;
  }
  return count > 0;
}

/** Words as written: a glued word without a space before it; the source's line bullets left out. */
export function render(words: readonly WordToken[]): string {
  return words
    .filter((word) => !word.bullet)
    .map((word, at) => (at > 0 && !word.glued ? " " : "") + word.text)
    .join("");
}

/** The words without the source's line bullets at either end. */
export function trimBullets(words: readonly WordToken[]): readonly WordToken[] {
  let [start, end] = [0, words.length];
  while (start < end && words[start]!.bullet) start++;
  while (end > start && words[end - 1]!.bullet) end--;
  return words.slice(start, end);
}
