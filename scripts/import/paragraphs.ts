// Reassembles the paragraphs of a plain-text extraction. PDF extraction breaks every line,
// often with a blank line between the pieces of one sentence; a paragraph goes on across
// such a break when the line before it ends mid-sentence, and a numbered or bulleted item
// starts a paragraph of its own even without a blank line before it.
import { cleanSource } from "../validate/verbatim.ts";
import { itemMarker } from "./markers.ts";

export interface Paragraph {
  /** The paragraph's lines, trimmed, line-end hyphenation still in place. */
  lines: string[];
  /** 1-based line of the source where it starts. */
  line: number;
}

/** A line this long that ends without closing punctuation was broken by the extraction, not by the author. */
const WRAPPED_LINE = 50;
const ENDS_SENTENCE = /[.:;!?]["”’)]?$/;

export function paragraphs(source: string): Paragraph[] {
  // Page footers are extraction debris (the validator ignores them too); Word's sub-bullet "o<tab>" is read as a bullet.
  const lines = cleanSource(source.replace(/\r\n?/g, "\n").replace(/^(\s*)o\t/gm, "$1◦ ")).split("\n");
  const result: Paragraph[] = [];
  let current: Paragraph | undefined;
  let blank = true;
  lines.forEach((raw, index) => {
    const text = raw.replace(/\u00a0/g, " ").trim();
    if (!text) {
      blank = true;
      return;
    }
    const last = current?.lines.at(-1);
    const continues = current !== undefined && last !== undefined && !startsItem(text) && (!blank || (brokenOff(last, text) && (!isHeadingLine(current.lines) || /^\p{Ll}/u.test(text)))) && !isLabelBreak(last, text);
    if (continues) current!.lines.push(text);
    else {
      current = { lines: [text], line: index + 1 };
      result.push(current);
    }
    blank = false;
  });
  return result;
}

/** An article, annex or chapter title stands on its own, however long. */
function isHeadingLine(lines: readonly string[]): boolean {
  const kind = lines.length === 1 ? itemMarker(lines[0]!)?.kind : undefined;
  return kind === "article" || kind === "annex" || kind === "chapter";
}

/** Whether a line starts a numbered or bulleted item. */
function startsItem(text: string): boolean {
  return itemMarker(text) !== undefined;
}

/** Across a blank line, a sentence goes on when the line before was cut off mid-sentence. */
function brokenOff(last: string, next: string): boolean {
  if (/^\p{Ll}/u.test(next)) return !/[.!?]$/.test(last) || last.length >= WRAPPED_LINE;
  return last.length >= WRAPPED_LINE && !ENDS_SENTENCE.test(last) && !/\t/.test(last);
}

/**
 * Short lines without a blank line between them stay apart where the first is a label or a
 * title line ("VERWERKER", "Naam"); not the rows of a table (cells separated by tabs), whose
 * header row ("ONDERDEEL<tab>SPECIFICATIE") is as short.
 */
function isLabelBreak(last: string, next: string): boolean {
  if (/\t/.test(last) && /\t/.test(next)) return false;
  return last.length < 40 && !/[,(]$/.test(last) && !/^\p{Ll}/u.test(next) && !/-$/.test(last);
}

/** The paragraph as one line: wrapped lines joined with a space, a word hyphenated at a line end joined again. */
export function joined(lines: readonly string[]): string {
  let text = "";
  for (const line of lines) {
    if (!text) text = line;
    // "verorde-" + "ning" is one word; "beheer-" + "en onderhoud" keeps its hyphen.
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) && !/^(en|of|and|or)\b/.test(line)) text = text.slice(0, -1) + line;
    else text = `${text} ${line}`;
  }
  return text;
}
