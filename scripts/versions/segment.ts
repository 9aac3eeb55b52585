// Splits new text of a source into numbered clauses and other paragraphs. A small stand-in
// for the import's segmenter (issue 14): npm run new-version only needs it for the text a
// new version does not share with the previous one, which is usually a few clauses.
//
// A clause starts at a line that begins with a number as Dutch and Belgian contracts print
// them (`6.1`, `12.`, `Artikel 3`, `Art. 3`, `a)`, `(i)`, `1°`, a letter after a bullet),
// after an optional bullet and with PDF extraction's bold markers (`**`) around it. The
// lines after it belong to it up to a blank line or the next number; other paragraphs are
// returned as text.
import { cleanSource } from "../validate/verbatim.ts";

export interface Segment {
  /** The number as printed, for a clause; none for other text. */
  number?: string;
  /** The text, verbatim from the source: lines kept, number and bullet taken off. */
  text: string;
}

const BULLET = String.raw`(?:[-•●▪◦]\s*)`;
const NUMBER = String.raw`(?:(?:Artikel|Art\.|Article)\s+\d+[a-z]?|\d+(?:\.\d+)+\.?|\d+\.|\d+°|[a-z]\)|\([a-z]\)|\([ivx]+\))`;
/** A numbered line: bullet, number (a bare letter only after a bullet), bold markers, then the text. */
const NUMBERED = new RegExp(String.raw`^\s*(?:${BULLET}?\**(${NUMBER})|${BULLET}\**([a-z]))\**\s+(?=\S)`);

export function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  let current: Omit<Segment, "text"> | undefined;
  let lines: string[] = [];
  const close = () => {
    if (current && lines.length) segments.push({ ...current, text: lines.join("\n") });
    current = undefined;
    lines = [];
  };
  for (const raw of text.split("\n")) {
    const line = cleanSource(raw).trimEnd();
    if (!line.trim()) {
      close();
      continue;
    }
    const numbered = NUMBERED.exec(line);
    if (numbered) {
      close();
      current = { number: numbered[1] ?? numbered[2]! };
      lines.push(line.slice(numbered[0].length));
    } else {
      if (!current) current = {};
      lines.push(line.trim());
    }
  }
  close();
  return segments;
}

/** The number before a clause's text in the source, as printed ("6.1", "a"), from the text on its line before it; "" if none. */
export function printedNumber(lineBefore: string): string {
  const match = new RegExp(String.raw`^\s*${BULLET}?\**(${NUMBER}|[a-z])?\**\s*$`).exec(lineBefore);
  return match?.[1] ?? (lineBefore.trim() === "" ? "" : "?");
}
