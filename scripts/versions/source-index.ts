// A source text's skeleton (scripts/validate/verbatim.ts) with, for each of its characters,
// where it stands in the source: so that wording found by the verbatim comparison can be
// cut out of the source, and what lies between found wordings can be read.
import { cleanSource, skeleton } from "../validate/verbatim.ts";

export interface SourceIndex {
  /** The source, NFC-normalised: the offsets are into this text. */
  text: string;
  /** Equal to sourceSkeleton(text). */
  skeleton: string;
  /** Offset in `text` of each character of `skeleton`. */
  offsets: number[];
}

/** Characters the skeleton drops wherever they are (as verbatim.ts's DROPPED). */
const DROPPED = /[\u00ad*●•▪◦\s]/;
const HYPHEN = /[-‐‑]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function indexSource(raw: string): SourceIndex {
  const text = raw.normalize("NFC");
  // Lines the verbatim check ignores (page footers, bullet markers) are masked, offsets kept.
  const kept: { char: string; offset: number }[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const cleaned = cleanSource(line);
    const from = lineStart + line.length - cleaned.length;
    for (let index = 0; index < cleaned.length; index++) {
      const char = cleaned[index]!;
      if (!DROPPED.test(char)) kept.push({ char, offset: from + index });
    }
    lineStart += line.length + 1;
  }
  // A hyphen between two letters or digits is dropped (line-end hyphenation, as verbatim.ts).
  const chars = kept.filter((entry, index) => !(HYPHEN.test(entry.char) && LETTER_OR_DIGIT.test(kept[index - 1]?.char ?? "") && LETTER_OR_DIGIT.test(kept[index + 1]?.char ?? "")));
  return { text, skeleton: chars.map((entry) => entry.char).join(""), offsets: chars.map((entry) => entry.offset) };
}

/** A span of the source, as offsets into SourceIndex.text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Finds wordings in the source in order, as the verbatim check does (each search from where
 * the last match ended, then from the start), skipping spans already taken.
 */
export class SpanFinder {
  private position = 0;
  private readonly taken: { from: number; to: number }[] = [];

  constructor(readonly index: SourceIndex) {}

  find(wording: string): Span | undefined {
    const needle = skeleton(wording);
    if (!needle) return undefined;
    for (const start of [this.position, 0]) {
      for (let at = this.index.skeleton.indexOf(needle, start); at >= 0; at = this.index.skeleton.indexOf(needle, at + 1)) {
        const to = at + needle.length;
        if (this.taken.some((span) => at < span.to && span.from < to)) continue;
        this.taken.push({ from: at, to });
        this.position = to;
        return { start: this.index.offsets[at]!, end: this.index.offsets[to - 1]! + 1 };
      }
    }
    return undefined;
  }

  /** Gives a span back (found, but not kept). */
  release(span: Span): void {
    const index = this.taken.findIndex((taken) => this.index.offsets[taken.from] === span.start);
    if (index >= 0) this.taken.splice(index, 1);
  }
}
