// Splits wording into the words the source check compares: runs of characters between
// whitespace, punctuation kept, with the extraction debris of scripts/model/extraction-debris.ts
// set aside. The source and the contract file's wording go through the same steps; the source
// also through those only an extraction needs (page furniture, line bullets, markup escapes,
// line-end hyphens). Each step is one pass over the whole text: at 1,000 contracts this runs
// on some 5 million words.
import { CASE_CHANGE, DEBRIS_LINE, DROPPED_CHARACTERS, EMPHASIS_MARKERS, LINE_BULLET } from "../model/extraction-debris.ts";
import { markdown } from "../load/markdown.ts";

export interface WordToken {
  text: string;
  /**
   * No whitespace before it: the word was split off at a glue point ("uur|MELDING",
   * "meldt**|AAN"). The file may have a space there; it may not lack one the source has.
   */
  glued: boolean;
  /** The first word of a source line after one that ended in a hyphen between letters: the two may be one word. */
  afterLineEndHyphen: boolean;
  /** A source line's bullet: the file may leave it out (a Markdown list) or write it as `-` (in a table cell). */
  bullet: boolean;
  /** 1-based line in the text it comes from. */
  line: number;
}

/** Marks a glue point, and a source line's bullet, in the text being split: characters no content has. */
const GLUE = "\u0001";
const BULLET = "\u0002";

export function fileTokens(text: string): WordToken[] {
  return split(markGluePoints(text.normalize("NFC").replace(DROPPED_CHARACTERS, "")), false);
}

/** The source's words, its Markdown and HTML escapes read as the characters they stand for. */
export function sourceTokens(source: string): WordToken[] {
  const text = markdown.utils
    .unescapeAll(source.normalize("NFC"))
    .replace(/\r\n?/g, "\n")
    .replace(DEBRIS_LINE, "")
    .replace(LINE_BULLET, `${BULLET} `)
    .replace(DROPPED_CHARACTERS, "");
  return split(markGluePoints(text), true);
}

/** Where the file may have a space the text lacks (scripts/model/extraction-debris.ts). */
function markGluePoints(text: string): string {
  return text.replace(EMPHASIS_MARKERS, GLUE).replace(CASE_CHANGE, `$1${GLUE}$2`);
}

const WORD = /[^\s\u0001]+|\u0001+/g;
const LETTER_HYPHEN_AT_END = /\p{L}-$/u;
const LETTER_AT_START = /^\p{L}/u;

function lineEndHyphen(before: WordToken, word: string): boolean {
  return !before.bullet && before.text.endsWith("-") && LETTER_HYPHEN_AT_END.test(before.text) && LETTER_AT_START.test(word);
}

function split(text: string, source: boolean): WordToken[] {
  const tokens: WordToken[] = [];
  let line = 1;
  let nextNewline = text.indexOf("\n");
  let end = 0;
  let glued = false;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    const spaced = match.index > end;
    let newLine = false;
    while (nextNewline >= 0 && nextNewline < match.index) {
      line++;
      newLine = true;
      nextNewline = text.indexOf("\n", nextNewline + 1);
    }
    end = match.index + word.length;
    if (word.charCodeAt(0) === 1) {
      // A glue point: the next word follows without a space, unless the text has one.
      glued = tokens.length > 0 && !spaced;
      continue;
    }
    const bullet = source && word === BULLET;
    const afterLineEndHyphen = source && newLine && !bullet && tokens.length > 0 && lineEndHyphen(tokens[tokens.length - 1]!, word);
    tokens.push({ text: bullet ? "-" : word, glued: glued && !spaced && !bullet, afterLineEndHyphen, bullet, line });
    glued = false;
  }
  return tokens;
}

/**
 * How many source words, from `at`, the file's word matches: 1; more where the source has
 * glued words the file writes as one; 2 for a word hyphenated at a line end, joined with or
 * without its hyphen; or 0. After a segment's first word the
 * file may have a space where the source glued two words together, but may not lack one.
 */
export function wordsMatched(source: readonly WordToken[], at: number, file: WordToken, first: boolean): number {
  const token = source[at];
  if (!token) return 0;
  if (token.bullet && file.text !== "-") {
    const after = first ? 0 : wordsMatched(source, at + 1, file, first);
    return after && after + 1;
  }
  if (!first && file.glued && !token.glued) return 0;
  if (token.text === file.text) return 1;
  // The file may also write words the source glued together without the space ("AxiOps**." as "AxiOps.").
  let [text, count] = [token.text, 1];
  while (text.length < file.text.length && file.text.startsWith(text) && source[at + count]?.glued) text += source[at + count++]!.text;
  if (text === file.text) return count;
  const next = source[at + 1];
  if (next?.afterLineEndHyphen && (file.text === token.text.slice(0, -1) + next.text || file.text === token.text + next.text)) return 2;
  return 0;
}
