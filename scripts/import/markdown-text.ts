// Writes source text as Markdown that renders to exactly that text: the characters Markdown
// would read as markup are escaped, so the validator's verbatim check, which compares the
// rendered text, finds the source's words.
import type { Part } from "./segment.ts";

/** Inline markup characters: emphasis, code, links, autolinks, strikethrough, escapes. */
const INLINE = /[\\`*_[\]<~]/g;
/** Markup that only counts at the start of a line: headings, quotes, bullets, containers, ordered lists, tables. */
const LINE_START = /^(#|>|[-+]\s|:::|\|)/;
const ORDERED_START = /^(\d{1,9})([.)])(\s|$)/;
/** A bullet item that keeps its hyphen or dash. */
const DASHED = /^[-–] /;

export function escapeInline(text: string): string {
  return text.replace(INLINE, "\\$&").replace(/&(?=#?\w+;)/g, "\\&");
}

/** One line of text, escaped so that it stays a plain paragraph. */
export function escapeParagraph(text: string): string {
  const escaped = escapeInline(text);
  if (LINE_START.test(escaped)) return `\\${escaped}`;
  return escaped.replace(ORDERED_START, "$1\\$2$3");
}

/** A block's parts as Markdown: paragraphs, list items (an item "1. …" as Markdown's own ordered item, its number kept), tables. */
export function partsMarkdown(parts: readonly Part[]): string {
  const lines: string[] = [];
  let previous: Part | undefined;
  for (const part of parts) {
    // Items of one list stay together; every other part (and a dashed item, which is a paragraph) is a block of its own.
    const listed = (entry: Part) => entry.kind === "item" && !(!entry.ordered && DASHED.test(entry.text));
    if (previous && !(listed(part) && listed(previous) && part.kind === "item" && previous.kind === "item" && part.ordered === previous.ordered)) lines.push("");
    if (part.kind === "paragraph") lines.push(escapeParagraph(part.text));
    else if (part.kind === "item") lines.push(itemMarkdown(part.text, part.ordered));
    else lines.push(...tableMarkdown(part.rows));
    previous = part;
  }
  return lines.join("\n");
}

function itemMarkdown(text: string, ordered: boolean): string {
  // An item that keeps its own dash ("- De Dienstverlener …") is a paragraph of text, its dash escaped.
  if (!ordered) return DASHED.test(text) ? escapeParagraph(text) : `- ${escapeInline(text)}`;
  // "1. Soort incident." stays an ordered item with its own number; "a. …" is not Markdown's, so it stays text.
  const number = text.match(/^(\d{1,9})\.\s+/);
  return number ? `${number[1]}. ${escapeInline(text.slice(number[0].length))}` : `- ${escapeInline(text)}`;
}

function tableMarkdown(rows: readonly string[][]): string[] {
  const width = Math.max(...rows.map((row) => row.length));
  const cell = (text: string | undefined) => escapeInline(text ?? "").replace(/\|/g, "\\|");
  const line = (row: readonly string[]) => `| ${Array.from({ length: width }, (_, index) => cell(row[index])).join(" | ")} |`;
  return [line(rows[0]!), `|${"---|".repeat(width)}`, ...rows.slice(1).map(line)];
}
