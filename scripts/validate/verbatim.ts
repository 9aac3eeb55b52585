// Is a piece of wording in the source document? Compared on a skeleton that drops what
// PDF extraction garbles (whitespace, line-end hyphenation, bullet glyphs, bold markers,
// page footers) and keeps every letter, digit and punctuation mark.

/** Lines that are extraction debris rather than text: page footers and bare page numbers. */
const DEBRIS_LINE = /^\s*(?:Pagina \d+ van \d+|Page \d+ of \d+|\d{1,3})\s*$/gim;
/** Word's sub-bullet: a letter o and a tab at the start of a line. */
const BULLET_O = /^\s*o\t/gm;

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

/** The source without its debris lines and bullet markers. */
export function cleanSource(source: string): string {
  return source.replace(DEBRIS_LINE, "").replace(BULLET_O, "");
}

export function sourceSkeleton(source: string): string {
  return skeleton(cleanSource(source));
}

/**
 * Finds wordings in a source in order. Contract text follows the source's order, so each
 * search starts where the last match ended and falls back to the whole source.
 */
export class SourceMatcher {
  private position = 0;

  constructor(private readonly source: string) {}

  static of(rawSource: string): SourceMatcher {
    return new SourceMatcher(sourceSkeleton(rawSource));
  }

  contains(wording: string): boolean {
    const needle = skeleton(wording);
    if (!needle) return true;
    let at = this.source.indexOf(needle, this.position);
    if (at < 0) at = this.source.indexOf(needle);
    if (at < 0) return false;
    this.position = at + needle.length;
    return true;
  }
}

/** The wordings not found verbatim in the source, in their order. */
export function notInSource<W extends { text: string }>(rawSource: string, wordings: readonly W[]): W[] {
  const matcher = SourceMatcher.of(rawSource);
  return wordings.filter((wording) => !matcher.contains(wording.text));
}
