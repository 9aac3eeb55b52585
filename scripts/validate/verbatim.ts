// Is a piece of wording in the source document? Compared on a skeleton that drops what
// PDF extraction garbles (whitespace, line-end hyphenation, bullet glyphs, bold markers,
// page footers) and keeps every letter, digit and punctuation mark.

/** Lines that are extraction debris rather than text: page footers and bare page numbers. */
const DEBRIS_LINE = /^\s*(?:Pagina \d+ van \d+|Page \d+ of \d+|\d{1,3})\s*$/gim;
/** Word's sub-bullet: a letter o and a tab at the start of a line. */
const BULLET_O = /^\s*o\t/gm;

/** Soft hyphens, bullet glyphs, bold markers and whitespace: dropped. One pass (see the benchmark, bench/). */
const DROPPED = /[\u00ad*●•▪◦\s]+/g;
const HYPHEN = /[-‐‑]/;
const JOINING_HYPHEN = /(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])/gu;

export function skeleton(text: string): string {
  const dropped = text.normalize("NFC").replace(DROPPED, "");
  // The hyphen rule's look-arounds are slow; most texts have no hyphen to test.
  return HYPHEN.test(dropped) ? dropped.replace(JOINING_HYPHEN, "") : dropped;
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
