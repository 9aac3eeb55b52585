// Segments a source's paragraphs into the blocks of a contract: section headings, one clause
// per numbered item, and notes for what is not a provision (taglines, the vendor's own
// "Kort gezegd" summaries, signature and label lines). Numbers are derived as the curated
// contracts write them: a sub-item's number carries its parent's ("3.3 a", "1.1 1°", and
// "2.1.1" for an item "1." under "2.1."). The rules are in AUTHORING.md, "Import a contract".
import { isTitle, itemMarker, type Marker } from "./markers.ts";
import { joined, paragraphs, type Paragraph } from "./paragraphs.ts";

/** A piece of a block's text: a paragraph, a list item (its marker kept in the text), or a table. */
export type Part = { kind: "paragraph"; text: string } | { kind: "item"; text: string; ordered: boolean } | { kind: "table"; rows: string[][] };

export type Segment =
  | { kind: "heading"; level: number; text: string; line: number }
  | { kind: "clause"; number?: string; heading?: string; parts: Part[]; line: number; /** Where an unnumbered clause stands: its id is derived from this. */ place: string }
  | { kind: "note"; summary: boolean; parts: Part[]; line: number };

type Clause = Extract<Segment, { kind: "clause" }>;

/** The vendor's own summary in the document ("Kort gezegd: …"): a note, marked as the vendor's. */
const VENDOR_SUMMARY = /^(kort gezegd|samengevat|in het kort|in short)\s*:/i;
/** A remark set apart ("N.B. …") is a provision of its own. */
const NOTA_BENE = /^(n\.b\.|nb:|let op:)/i;
/** "Term: its definition" (axiOps's "AVG: Verordening …"), or a quoted term. */
const DEFINITION = /^(["“”'‘][^"“”'’]{1,60}["“”'’]\s*:?|[\p{Lu}][\p{L}\p{N} ()/-]{0,50}:)\s+\S/u;
/** A table row as extraction leaves it: cells separated by tabs. */
const TABLE_ROW = /\t/;

interface Context {
  segments: Segment[];
  /** The clause that text may still be added to. */
  open?: Clause;
  /** Whether the open clause ended on a list item, so that plain text after it starts a new clause. */
  inList: boolean;
  /** The last heading: its number (for derived numbers), level and whether it introduces a list ("Overwegende dat:"). */
  heading?: { level: number; number?: string; text: string; colon: boolean; annex?: string };
  /** The current part of the document (an annex), which numbering restarts in. */
  annex?: string;
  /** The number of the last numbered clause, parent of its lettered sub-items. */
  parentNumber?: string;
  /** Unnumbered clauses under the current heading, for their ids. */
  unnumbered: number;
}

export function segment(source: string): Segment[] {
  const paras = paragraphs(source).map((paragraph) => ({ paragraph, text: clean(joined(paragraph.lines)) }));
  const context: Context = { segments: [], inList: false, unnumbered: 0 };
  paras.forEach(({ paragraph, text }, index) => {
    const next = paras.slice(index + 1, index + 6).map((entry) => entry.text);
    place(context, paragraph, text, next);
  });
  return context.segments;
}

/** Lost bold type (`**`) and stray spaces, which the verbatim check ignores too. */
function clean(text: string): string {
  return text.replace(/\*\*/g, "").replace(/[ \u00a0]+/g, " ").trim();
}

function place(context: Context, paragraph: Paragraph, text: string, next: string[]): void {
  const marker = itemMarker(text);
  const line = paragraph.line;

  if (VENDOR_SUMMARY.test(text)) return addNote(context, line, paragraph, text, true);

  if (marker && (marker.kind === "article" || marker.kind === "annex" || marker.kind === "chapter")) {
    const annex = marker.kind === "annex" ? `${text.split(/\s/)[0]!.toLowerCase()}-${marker.label.toLowerCase()}` : context.annex;
    return addHeading(context, 2, text, line, { number: marker.kind === "annex" ? undefined : marker.label, annex });
  }

  if (marker && marker.kind !== "bullet") {
    const body = next[0] !== undefined && !startsStructure(next[0]) ? next[0] : undefined;
    if (marker.rest && isTitle(marker.rest) && body !== undefined) {
      const number = derivedNumber(context, marker);
      if (introducesItems(marker, next) || DEFINITION.test(body) || (marker.style === "n." && !/[.?]$/.test(marker.rest))) {
        return addHeading(context, headingLevel(context, marker), text, line, { number, annex: context.annex });
      }
      return openClause(context, line, { number, heading: marker.rest }, []);
    }
    // A list inside a clause: a lead-in that ends with a colon, and items numbered "1." or "a.".
    if (context.open && leadIn(context) && (marker.style === "n." || marker.style === "a.") && context.open.number !== undefined) {
      return addItem(context, text, true);
    }
    const number = derivedNumber(context, marker);
    return openClause(context, line, { number }, body === undefined && !marker.rest ? [] : [paragraphPart(marker.rest || text, paragraph)]);
  }

  if (marker?.kind === "bullet") {
    if (context.open && (leadIn(context) || context.inList)) return addItem(context, marker.rest, false);
    if (context.heading?.colon || !context.open) return openClause(context, line, {}, [{ kind: "item", text: marker.rest, ordered: false }], true);
    return addItem(context, marker.rest, false);
  }

  // Plain text.
  const caps = text === text.toUpperCase() && /\p{Lu}{3}/u.test(text);
  if (caps && isTitle(text) && !text.endsWith(":")) return addHeading(context, Math.min((context.heading?.level ?? 1) + 1, 4), text, line, { annex: context.annex });
  if (caps && text.endsWith(":")) return addNote(context, line, paragraph, text, false);
  const afterHeading = context.segments.at(-1)?.kind === "heading";
  if (afterHeading && isTagline(text, next)) return addNote(context, line, paragraph, text, false);
  if (isLabel(text)) return addNote(context, line, paragraph, text, false);
  if (!context.heading && !context.open && text.length < 120) return addNote(context, line, paragraph, text, false);
  if (isTitle(text) && !/[.:?]$/.test(text) && next[0] !== undefined && !startsStructure(next[0]) && !context.open && afterHeading) {
    return addHeading(context, Math.min((context.heading?.level ?? 1) + 1, 4), text, line, { annex: context.annex });
  }
  const startsNew = !context.open || context.inList || NOTA_BENE.test(text) || (DEFINITION.test(text) && context.open.number === undefined) || context.open.parts.some((part) => part.kind === "table");
  if (startsNew) return openClause(context, line, {}, [paragraphPart(text, paragraph)], true);
  context.open!.parts.push(paragraphPart(text, paragraph));
}

/** Whether a paragraph starts a structural element (heading or item), rather than going on with the text before. */
function startsStructure(text: string): boolean {
  const marker = itemMarker(text);
  return marker !== undefined && marker.kind !== "bullet";
}

/** Whether a numbered title is followed by sub-items of its own ("3.3 …" then "a", "b"; "2.1. Definities" then "1.", "2."). */
function introducesItems(marker: Marker, next: string[]): boolean {
  for (const text of next) {
    const item = itemMarker(text);
    if (!item || item.kind === "bullet") continue;
    if (["letter", "roman", "degree", "parenthesised"].includes(item.kind)) return true;
    if (item.kind === "decimal") return item.style === "n." && marker.style !== "n." ? true : item.label.startsWith(`${marker.label}.`);
    return false;
  }
  return false;
}

function headingLevel(context: Context, marker: Marker): number {
  const depth = marker.label.split(".").length;
  const under = context.annex !== undefined || (context.heading?.level === 2 && context.heading.number !== undefined && marker.label.split(".")[0] === context.heading.number);
  return Math.min(2 + (under ? 1 : 0) + Math.max(0, depth - 2), 4);
}

/** A clause's number as the curated contracts write it: sub-items carry their parent's number. */
function derivedNumber(context: Context, marker: Marker): string {
  const parent = context.parentNumber ?? context.heading?.number;
  switch (marker.kind) {
    case "decimal":
      // "1." under a section "2.1." is 2.1.1; an absolute number ("2.1") stands as printed.
      return marker.style === "n." && context.heading?.number && context.heading.number.includes(".") ? `${context.heading.number}.${marker.label}` : marker.label;
    case "letter":
      return parent ? `${parent} ${marker.label}` : marker.label;
    case "roman":
      return parent ? `${parent} (${marker.label})` : `(${marker.label})`;
    case "degree":
      return parent ? `${parent} ${marker.label}` : marker.label;
    default:
      return marker.label;
  }
}

function addHeading(context: Context, level: number, text: string, line: number, { number, annex }: { number?: string; annex?: string }): void {
  context.segments.push({ kind: "heading", level, text, line });
  context.open = undefined;
  context.inList = false;
  context.heading = { level, number, text, colon: text.endsWith(":"), annex };
  context.annex = annex;
  context.parentNumber = undefined;
  context.unnumbered = 0;
}

function openClause(context: Context, line: number, { number, heading }: { number?: string; heading?: string }, parts: Part[], unnumbered = false): void {
  const placeName = context.heading?.text ?? "inleiding";
  const clause: Clause = { kind: "clause", line, parts, place: placeName, ...(number ? { number } : {}), ...(heading ? { heading } : {}) };
  if (unnumbered || !number) context.unnumbered++;
  context.segments.push(clause);
  context.open = clause;
  context.inList = parts.at(-1)?.kind === "item";
  // Lettered items belong to the last decimal number ("3.3" → "3.3 a"), not to each other.
  if (number && !/[a-z]$|°$|\)$/.test(number)) context.parentNumber = number;
}

function addItem(context: Context, text: string, ordered: boolean): void {
  context.open!.parts.push({ kind: "item", text, ordered });
  context.inList = true;
}

function addNote(context: Context, line: number, paragraph: Paragraph, text: string, summary: boolean): void {
  const last = context.segments.at(-1);
  context.open = undefined;
  context.inList = false;
  if (last?.kind === "note" && !last.summary && !summary) last.parts.push(paragraphPart(text, paragraph));
  else context.segments.push({ kind: "note", summary, parts: [paragraphPart(text, paragraph)], line });
}

function paragraphPart(text: string, paragraph: Paragraph): Part {
  const rows = paragraph.lines.filter((line) => TABLE_ROW.test(line));
  if (rows.length >= 2 && rows.length === paragraph.lines.length) return { kind: "table", rows: rows.map((row) => row.split(/\t+/).map((cell) => clean(cell))) };
  return { kind: "paragraph", text };
}

/** A short line right under a heading that says what the section is about ("Wie spreken wat af?"). */
function isTagline(text: string, next: string[]): boolean {
  return text.length <= 60 && /[.?!]$/.test(text) && next[0] !== undefined;
}

/** A label, a name or a signature line ("VERWERKER", "Naam", "Handtekening"). */
function isLabel(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 3 && !/[.:;,]$/.test(text) && !/^\p{Ll}/u.test(text);
}

/** Whether the open clause's text so far ends on a lead-in to a list: a colon. */
function leadIn(context: Context): boolean {
  const last = context.open?.parts.at(-1);
  return last !== undefined && last.kind !== "table" && /:$/.test(last.text);
}
