// Checks a contract file against its source document, word by word: every heading, note,
// clause heading and clause text is found in the source exactly (extraction debris aside,
// scripts/model/extraction-debris.ts), in the source's order; every word of the source is in
// one of them, in a span the file marks as omitted, or is a clause's number; and the number
// the source prints before a clause is the clause's `number`.
import { render, trimBullets, wordDiff } from "./word-diff.ts";
import { fileTokens, sourceTokens, wordsMatched, type WordToken } from "./word-tokens.ts";

/** A piece of the file's wording, in file order. */
export interface CheckedWording {
  text: string;
  line: number;
  /** "heading", "note", "clause heading", "clause text". */
  what: string;
  /**
   * On a clause's first wording: the number its annotation gives (null: none), or "unread"
   * where the annotation could not be read (reported already; its number and heading unknown).
   */
  clause?: { number: string | null } | "unread";
}

/** A span of the source the file leaves out on purpose, or repairs (`readAs`). */
export interface CheckedOmission {
  text: string;
  readAs?: string;
}

export type SourceRule = "not-in-source" | "source-order" | "source-coverage" | "clause-number";

export interface SourceFinding {
  rule: SourceRule;
  line: number;
  message: string;
  /** Where the rule's own fix (scripts/validate/rules.ts) is not specific enough. */
  fix?: string;
}

/** A wording where the source has it: tokens [start, end). */
interface Placed {
  wording: CheckedWording;
  start: number;
  end: number;
}

/**
 * The findings of comparing a contract file's wordings with its source. `omitted` is the
 * front matter's list, or undefined where it could not be read (reported already): then
 * nothing is checked, as what the file leaves out is not known.
 */
export function checkAgainstSource(
  sourceName: string,
  source: string,
  wordings: readonly CheckedWording[],
  omitted: readonly CheckedOmission[] | undefined,
  /** The file line of an omission, looked up only for a problem with it. */
  omissionLine: (index: number) => number,
): SourceFinding[] {
  if (omitted === undefined) return [];
  const findings: SourceFinding[] = [];
  const sourceFile = `contracts/sources/${sourceName}`;
  const notInSource = (omission: CheckedOmission) =>
    findings.push({
      rule: "not-in-source",
      line: omissionLine(omitted.indexOf(omission)),
      message: `the omitted text "${excerpt(omission.text)}" is not in ${sourceName}`,
      fix: `copy the omitted span exactly from ${sourceFile}`,
    });

  let tokens = sourceTokens(source);
  for (const omission of omitted) {
    if (omission.readAs === undefined) continue;
    const repaired = repair(tokens, omission.text, omission.readAs);
    if (repaired) tokens = repaired;
    else notInSource(omission);
  }
  const index = new SourceIndex(tokens);
  const covered = new Uint8Array(tokens.length);
  const cover = (start: number, end: number) => covered.fill(1, start, end);

  // Each wording where it stands in order: after the one before it.
  const placed: Placed[] = [];
  let cursor = 0;
  let unplaced: { wording: CheckedWording; words: WordToken[] }[] = [];
  /** Wordings not in the source are compared with the stretch of source where they belong: between their neighbours. */
  const settleUnplaced = (until: number) => {
    // Compared without the number of the clause that follows.
    let end = until;
    while (end > cursor && (tokens[end - 1]!.bullet || NUMBER_LABEL.test(tokens[end - 1]!.text))) end--;
    for (const { wording, words } of unplaced) {
      // A clause whose annotation could not be read may have taken in the annotation as text: its problem is reported already.
      if (wording.clause === "unread") continue;
      const diff = wordDiff(tokens, cursor, end, words);
      findings.push({
        rule: "not-in-source",
        line: wording.line,
        message: `${wording.what} not found verbatim in ${sourceName}: ${diff}`,
        fix: `copy the text exactly from ${sourceFile}; only the extraction debris listed in AUTHORING.md may differ`,
      });
    }
    if (unplaced.length) cover(cursor, until);
    unplaced = [];
  };
  for (const wording of wordings) {
    const words = fileTokens(wording.text);
    if (!words.length) continue;
    const start = index.find(words, cursor);
    if (start >= 0) {
      const end = index.matchAt(start, words);
      settleUnplaced(start);
      placed.push({ wording, start, end });
      cover(start, end);
      cursor = end;
      continue;
    }
    const earlier = index.find(words, 0, cursor);
    if (earlier < 0) {
      unplaced.push({ wording, words });
      continue;
    }
    const after = placed.at(-1)!;
    const end = index.matchAt(earlier, words);
    cover(earlier, end);
    placed.push({ wording, start: earlier, end });
    findings.push({
      rule: "source-order",
      line: wording.line,
      message: `${wording.what} is out of the source's order: ${sourceName} has it on line ${tokens[earlier]!.line}, before the ${after.wording.what} on line ${after.wording.line} of this file, which it has on line ${tokens[after.start]!.line}`,
    });
  }
  settleUnplaced(tokens.length);

  for (const omission of omitted) {
    if (omission.readAs !== undefined) continue;
    const words = fileTokens(omission.text);
    const starts = index.findAll(words);
    if (!starts.length) notInSource(omission);
    for (const start of starts) cover(start, index.matchAt(start, words));
  }

  for (const { wording, start } of placed) {
    if (wording.clause) findings.push(...checkNumber(tokens, covered, start, wording, sourceName));
  }
  findings.push(...uncovered(tokens, covered, placed, sourceName));
  return findings;
}

/** The source's words with every occurrence of `text` replaced by `readAs`; undefined where `text` does not occur. */
function repair(tokens: WordToken[], text: string, readAs: string): WordToken[] | undefined {
  const words = fileTokens(text);
  const index = new SourceIndex(tokens);
  const starts = index.findAll(words);
  if (!words.length || !starts.length) return undefined;
  const repaired: WordToken[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    const end = index.matchAt(start, words);
    repaired.push(...tokens.slice(from, start), ...fileTokens(readAs).map((word, at) => ({ ...word, glued: at === 0 ? tokens[start]!.glued : word.glued, line: tokens[start]!.line })));
    from = end;
  }
  return repaired.concat(tokens.slice(from));
}

/** How far past the cursor a wording is first looked for word by word: it nearly always stands right there, after a clause number. */
const NEARBY = 12;

/** Source tokens by their text (and by the joined forms of a line-end hyphenation), for finding a wording's first word. */
class SourceIndex {
  /** Built when first needed: most wordings are found near the cursor. */
  private index?: Map<string, number[]>;

  constructor(private readonly tokens: readonly WordToken[]) {}

  private get byText(): Map<string, number[]> {
    if (this.index) return this.index;
    const index = new Map<string, number[]>();
    const add = (text: string, at: number) => {
      const list = index.get(text);
      if (!list) index.set(text, [at]);
      else if (list.at(-1) !== at) list.push(at);
    };
    this.tokens.forEach((token, at) => {
      add(token.text, at);
      const joined = this.joined(at);
      if (joined) for (const form of joined) add(form, at);
    });
    return (this.index = index);
  }

  /** A word hyphenated at a line end, as one word without and with its hyphen. */
  private joined(at: number): [string, string] | undefined {
    const [token, next] = [this.tokens[at]!, this.tokens[at + 1]];
    if (!next?.afterLineEndHyphen) return undefined;
    return [token.text.slice(0, -1) + next.text, token.text + next.text];
  }

  /** First start in [from, to) where the words match, or -1. */
  find(words: readonly WordToken[], from: number, to = this.tokens.length): number {
    const nearby = Math.min(to, from + NEARBY);
    for (let at = from; at < nearby; at++) if (this.matchAt(at, words) >= 0) return at;
    const starts = this.byText.get(words[0]!.text) ?? [];
    for (let at = lowerBound(starts, nearby); at < starts.length && starts[at]! < to; at++) {
      if (this.matchAt(starts[at]!, words) >= 0) return starts[at]!;
    }
    return -1;
  }

  findAll(words: readonly WordToken[]): number[] {
    if (!words.length) return [];
    return (this.byText.get(words[0]!.text) ?? []).filter((start) => this.matchAt(start, words) >= 0);
  }

  /** The end (exclusive) of the words matched at `start`, or -1. */
  matchAt(start: number, words: readonly WordToken[]): number {
    let at = start;
    for (let word = 0; word < words.length; word++) {
      const matched = wordsMatched(this.tokens, at, words[word]!, word === 0);
      if (!matched) return -1;
      at += matched;
    }
    return at;
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A clause number split into its parts: "3.3 a" → 3, 3, a; "(ii)" → ii; "Artikel 4." → artikel, 4. */
function numberParts(number: string): string[] {
  return number
    .toLowerCase()
    .split(/[\s.]+/)
    .map((part) => part.replace(/^[([]+|[)\]:]+$/g, ""))
    .filter(Boolean);
}

/** Looks like a printed clause number: 6.1, 6.1., a, a), (iii), 1°, 2.1.1 */
const NUMBER_LABEL = /^[([]?(?:\d+(?:\.\d+)*\.?|[a-z]|[ivxlc]+|\d+°)[)\].:]?$/i;

/**
 * The number the source prints right before a clause (in no wording of the file) must be the
 * clause's number, or its last parts ("a" for "3.3 a", "1." for "2.1.1").
 */
function checkNumber(tokens: readonly WordToken[], covered: Uint8Array, start: number, wording: CheckedWording, sourceName: string): SourceFinding[] {
  let from = start;
  while (from > 0 && !covered[from - 1]) from--;
  if (from === start) return [];
  if (wording.clause === "unread") {
    // Its number and heading are unknown: its annotation's problem is reported, the words before it are not as well.
    covered.fill(1, from, start);
    return [];
  }
  const { number } = wording.clause!;
  const printed = tokens.slice(from, start);
  const wanted = number === null ? [] : numberParts(number);
  for (let count = Math.min(3, printed.length); count > 0; count--) {
    const parts = numberParts(printed.slice(-count).map((token) => token.text).join(" "));
    if (parts.length && parts.length <= wanted.length && parts.every((part, at) => part === wanted[wanted.length - parts.length + at])) {
      covered.fill(1, start - count, start);
      return [];
    }
  }
  const label = printed.at(-1)!;
  if (!NUMBER_LABEL.test(label.text)) return [];
  covered[start - 1] = 1;
  return [
    {
      rule: "clause-number",
      line: wording.line,
      message:
        number === null
          ? `${sourceName} prints the number "${label.text}" before this clause (source line ${label.line}), but its annotation has no number`
          : `the clause is numbered "${number}", but ${sourceName} prints "${label.text}" before it (source line ${label.line})`,
      fix: number === null ? `add \`number: "${label.text.replace(/[.:]$/, "")}"\` to its annotation` : `correct its \`number:\` to the source's, or move the clause to where the source has "${number}"`,
    },
  ];
}

/** Every run of source words in no wording, omitted span or clause number, reported at the wording before it. */
function uncovered(tokens: readonly WordToken[], covered: Uint8Array, placed: readonly Placed[], sourceName: string): SourceFinding[] {
  const findings: SourceFinding[] = [];
  const bySource = [...placed].sort((a, b) => a.start - b.start);
  let next = 0;
  for (let at = 0; at < tokens.length; at++) {
    if (covered[at]) continue;
    let end = at;
    while (end < tokens.length && !covered[end]) end++;
    const run = trimBullets(tokens.slice(at, end));
    if (run.some((token) => /[\p{L}\p{N}]/u.test(token.text))) {
      while (next < bySource.length && bySource[next]!.end <= at) next++;
      const before = bySource[next - 1];
      const neighbour = before ?? bySource[next];
      const where = before ? `after this ${before.wording.what}` : neighbour ? `before this ${neighbour.wording.what}` : "in the file";
      findings.push({
        rule: "source-coverage",
        line: neighbour?.wording.line ?? 1,
        message: `${where}, ${sourceName} has text that is in no heading, clause or note: "${excerpt(render(run))}" (source line ${run[0]!.line}${run.at(-1)!.line !== run[0]!.line ? `–${run.at(-1)!.line}` : ""})`,
      });
    }
    at = end - 1;
  }
  return findings;
}

function excerpt(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
