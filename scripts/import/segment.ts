// Segments a source's paragraphs into the blocks of a contract: section headings, one clause
// per numbered item, and notes for what is not a provision (taglines, the vendor's own
// "Kort gezegd" summaries, signature and label lines). Numbers are derived as the curated
// contracts write them: a sub-item's number carries its parent's ("3.3 a", "1.1 1°", and
// "2.1.1" for an item "1." under "2.1."). The rules are in AUTHORING.md, "Import a contract".
import { isTitle, itemMarker, type Marker } from "./markers.ts";
import { joined, paragraphs, type Paragraph } from "./paragraphs.ts";
import { skeleton } from "../validate/verbatim.ts";

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
/** The lead-in of recitals: a heading whose items are each a clause. */
const RECITALS = /^(overwegende(n)?( dat)?|overwegingen|in aanmerking nemende( dat)?|considerans|whereas)\b[^.]*:?$/i;
/**
 * Numbering that, after a lead-in ending in a colon, makes a list inside the clause. Items
 * numbered "a)", "(a)", "1°" or "(1)" are provisions of their own (AUTHORING: "3.3 a", "1.1 1°").
 */
const LIST_STYLES = new Set(["n.", "a.", "n)", "(i)", "i)"]);
/** A table row as extraction leaves it: cells separated by tabs. */
const TABLE_ROW = /\t/;

interface Context {
  segments: Segment[];
  /** The clause that text may still be added to. */
  open?: Clause;
  /** The bullet that opened it, where it is an item of a list under a lead-in heading. */
  bullet?: string;
  /** Whether the open clause ended on a list item, so that plain text after it starts a new clause. */
  inList: boolean;
  /**
   * Whether the open clause's lead-in (ending in a colon) announced what follows: a list of
   * measures, or a table the extraction flattened into lines ("Domein  Genomen maatregelen",
   * then a row per line). It takes every unnumbered paragraph until the next number or heading.
   */
  announced: boolean;
  /** The last heading: its number (for derived numbers), level and whether it introduces a list ("Overwegende dat:"). */
  heading?: { level: number; number?: string; text: string; colon: boolean; annex?: string };
  /** The level of the last numbered heading (article, annex, chapter, section): headings without a number go one below it. */
  base: number;
  /** The current part of the document (an annex), which numbering restarts in. */
  annex?: string;
  /** The number of the last numbered clause, parent of its lettered sub-items. */
  parentNumber?: string;
  /** Unnumbered clauses under the current heading, for their ids. */
  unnumbered: number;
}

export function segment(source: string): Segment[] {
  const paras = paragraphs(source).map((paragraph) => ({ paragraph, text: clean(joined(paragraph.lines)) }));
  const context: Context = { segments: [], inList: false, announced: false, unnumbered: 0, base: 1 };
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
    // An article of an annex ("Artikel A1") is a level below the annex.
    const level = marker.kind === "article" && context.annex !== undefined ? 3 : 2;
    addHeading(context, level, text, line, { number: marker.kind === "annex" ? undefined : marker.label, annex });
    context.base = level;
    return;
  }

  if (marker && marker.kind !== "bullet") {
    // The next item of a list within a clause ("4.", "5." after "… prioriteitsorde:") stays in it, even when it reads as a title.
    if (continuesList(context, marker)) return addItem(context, text, true);
    // The vendor's own summary after a clause is not the clause's body.
    const body = next[0] !== undefined && !startsStructure(next[0]) && !VENDOR_SUMMARY.test(next[0]) ? next[0] : undefined;
    // A numbered title ("2. Toepasselijkheid en interpretatie", "1.3. Waar is …?") heads a section or a clause; a lead-in ending in a colon does not.
    if (marker.rest && isTitle(marker.rest) && !marker.rest.endsWith(":") && (body !== undefined || introducesItems(marker, next))) {
      const number = derivedNumber(context, marker);
      // Only a decimal number heads a section: "(2) Algemene beperkingen" is a clause with a heading of its own.
      const section = body === undefined || introducesItems(marker, next) || DEFINITION.test(body) || (marker.style === "n." && !/[.?]$/.test(marker.rest));
      if (marker.kind === "decimal" && section) {
        addHeading(context, headingLevel(context, marker), text, line, { number, annex: context.annex });
        context.base = context.heading!.level;
        return;
      }
      return openClause(context, line, { number, heading: marker.rest }, []);
    }
    // A list inside a clause: a lead-in that ends with a colon, and items in a list's numbering ("1.", "a.", "1)", "(i)").
    if (context.open && (leadIn(context) || context.inList) && LIST_STYLES.has(marker.style) && context.open.number !== undefined) {
      return addItem(context, text, true);
    }
    // Items "1.", "2." under a heading without a number (the parties) are one clause, a numbered list.
    if (marker.style === "n." && context.heading && context.heading.number === undefined && !context.heading.colon && context.annex === undefined) {
      if (context.open?.parts.at(-1)?.kind === "item") return addItem(context, text, true);
      return openClause(context, line, {}, [{ kind: "item", text, ordered: true }], true);
    }
    const number = derivedNumber(context, marker);
    return openClause(context, line, { number }, body === undefined && !marker.rest ? [] : [paragraphPart(marker.rest || text, paragraph)]);
  }

  if (marker?.kind === "bullet") {
    // A hyphen or dash bullet within a clause is compared by the verbatim check (it is also a hyphen), so it stays in the text;
    // "●" is dropped, and so is the bullet that opens a clause, which stands before its text.
    const item = skeleton(marker.glyph ?? "") ? `${marker.glyph} ${marker.rest}` : marker.rest;
    // Under a lead-in heading ("Overwegende dat:") each item of its own list is a clause, also after a nested list ("◦") inside the one before.
    const sameList = context.heading?.colon && context.bullet === marker.glyph;
    if (context.open && (leadIn(context) || context.inList) && !sameList) return addItem(context, item, false);
    if (context.heading?.colon || !context.open) {
      openClause(context, line, {}, [{ kind: "item", text: marker.rest, ordered: false }], true);
      context.bullet = marker.glyph;
      return;
    }
    return addItem(context, item, false);
  }

  // Plain text.
  if (RECITALS.test(text) && isTitle(text)) return addHeading(context, context.heading?.level ?? 2, text, line, { annex: context.annex });
  // What a lead-in announced stays in its clause, sub-titles and labels included, when it opens with a table's header row
  // (a line of words without a full stop: "Domein  Genomen maatregelen") rather than a sentence; a new lead-in ends it.
  const header = clean(paragraph.lines[0]!);
  const announcing = leadIn(context) && isTitle(header) && !/[.:;?!]$/.test(header);
  if (context.open && ((context.announced && !text.endsWith(":")) || announcing)) {
    context.open.parts.push(paragraphPart(text, paragraph));
    context.announced = true;
    return;
  }
  if (isTitle(text) && !/[.:;?!]$/.test(text) && !leadIn(context) && next[0] !== undefined && (itemMarker(next[0])?.kind === "bullet" || itemMarker(next[0])?.style === "n.")) {
    return addHeading(context, context.base + 1, text, line, { annex: context.annex });
  }
  const caps = text === text.toUpperCase() && /\p{Lu}{3}/u.test(text);
  // A word in capitals heads a section ("INLEIDING"), unless labels follow it: then it is a label of a signature or party block ("VERWERKER", "Naam").
  if (caps && isTitle(text) && !text.endsWith(":") && !(next[0] !== undefined && isLabel(next[0]))) return addHeading(context, context.base + 1, text, line, { annex: context.annex });
  if (caps && text.endsWith(":")) return addNote(context, line, paragraph, text, false);
  const afterHeading = context.segments.at(-1)?.kind === "heading";
  if (afterHeading && isTagline(text, next)) return addNote(context, line, paragraph, text, false);
  // Label lines under a clause's own heading (an address block) or after its lead-in are its text; elsewhere they are notes.
  if (isLabel(text) && context.open?.heading === undefined && !leadIn(context)) return addNote(context, line, paragraph, text, false);
  if (!context.heading && !context.open && text.length < 120) return addNote(context, line, paragraph, text, false);
  if (isTitle(text) && !/[.:?]$/.test(text) && next[0] !== undefined && !startsStructure(next[0]) && !context.open && afterHeading) {
    return addHeading(context, context.base + 1, text, line, { annex: context.annex });
  }
  const open = context.open;
  const part = paragraphPart(text, paragraph);
  // A table is what the text before it introduces, and the text right after it speaks of it: one block.
  if (open && (part.kind === "table" || open.parts.at(-1)?.kind === "table") && !context.inList) {
    open.parts.push(part);
    return;
  }
  const lastText = (open?.parts.at(-1) as { text?: string } | undefined)?.text ?? "";
  const startsNew =
    !open ||
    context.inList ||
    NOTA_BENE.test(text) ||
    (DEFINITION.test(text) && open.number === undefined) ||
    // A new lead-in after finished text starts a block of its own ("versie 1.3 …: wijzigingen …:"), except within a recital.
    (text.endsWith(":") && open.number === undefined && open.parts[0]?.kind !== "item" && lastText !== "" && !lastText.endsWith(":")) ||
    // Unnumbered text is a block per paragraph: a new sentence after finished text starts the next clause ("INLEIDING" and its paragraphs).
    (context.heading !== undefined && open.number === undefined && open.heading === undefined && open.parts[0]?.kind === "paragraph" && /[.]$/.test(lastText) && /^\p{Lu}/u.test(text)) ||
    // A short title after finished text ("Subprocessors - infrastructuur en dataopslag") starts the next block.
    (isTitle(text) && text.split(/\s+/).length <= 8 && !/[.:;?!]$/.test(text) && /[.]$/.test(lastText));
  if (startsNew) return openClause(context, line, {}, [part], true);
  open!.parts.push(part);
}

/** Whether a paragraph starts a structural element (heading or item), rather than going on with the text before. */
function startsStructure(text: string): boolean {
  const marker = itemMarker(text);
  return marker !== undefined && marker.kind !== "bullet";
}

/** Whether a numbered title is followed by sub-items of its own ("3.3 …" then "a", "b"; "2.1. Definities" then "1.", "2."). */
function introducesItems(marker: Marker, next: string[]): boolean {
  let leadIns = 0;
  for (const text of next) {
    const item = itemMarker(text);
    // One lead-in may stand between a title and its items ("2.1. Definities" / "Onderstaande begrippen …:" / "1. …").
    if (!item) {
      if (!text.endsWith(":") || ++leadIns > 1) return false;
      continue;
    }
    if (item.kind === "bullet") continue;
    // The next item in the same numbering is a sibling, not a sub-item.
    if (item.kind === marker.kind && item.style === marker.style) return false;
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

function addHeading(context: Context, wanted: number, text: string, line: number, { number, annex }: { number?: string; annex?: string }): void {
  const level = Math.max(2, Math.min(wanted, 4));
  context.segments.push({ kind: "heading", level, text, line });
  context.open = undefined;
  context.inList = false;
  context.announced = false;
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
  context.bullet = undefined;
  // A clause that is itself an item (a recital, a list under a heading) goes on with plain text; a list within a clause ends it.
  context.inList = false;
  context.announced = false;
  // Lettered items belong to the last decimal number ("3.3" → "3.3 a"), not to each other.
  if (number && !/[a-z]$|°$|\)$/.test(number)) context.parentNumber = number;
}

/** Whether an item is the next one of the list the open clause ends on: same numbering, next number. */
function continuesList(context: Context, marker: Marker): boolean {
  const last = context.open?.parts.at(-1);
  if (!context.inList || last?.kind !== "item" || !LIST_STYLES.has(marker.style)) return false;
  const previous = itemMarker(last.text);
  if (!previous || previous.style !== marker.style) return false;
  const next = (label: string) => (/^\d+$/.test(label) ? String(Number(label) + 1) : /^[a-z]$/.test(label) ? String.fromCharCode(label.charCodeAt(0) + 1) : undefined);
  return next(previous.label) === marker.label;
}

function addItem(context: Context, text: string, ordered: boolean): void {
  context.open!.parts.push({ kind: "item", text, ordered });
  context.inList = true;
}

function addNote(context: Context, line: number, paragraph: Paragraph, text: string, summary: boolean): void {
  const last = context.segments.at(-1);
  context.open = undefined;
  context.inList = false;
  context.announced = false;
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
