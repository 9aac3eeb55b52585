// Turns a source text into a draft contract: segments it, suggests each clause's types from
// the annotated library, finds key-term candidates, and writes the Markdown. Pure (no files):
// the command (scripts/cli/import.ts) reads and writes, the benchmark calls this directly.
import type { Block, Contract } from "../model/types.ts";
import { keyTermCandidates, type Cues } from "./key-term-candidates.ts";
import { segment, type Part, type Segment } from "./segment.ts";
import { TypeSuggester, type LabelledText } from "./suggest-types.ts";
import { clauseIds, draftMarkdown, type DraftMeta, type ImportedClause } from "./write-draft.ts";

/** How many types each clause is suggested. */
export const SUGGESTIONS = 3;

/** The library's annotated clauses as examples for the suggester: each with the section heading it stands under. */
export function examplesFrom(contracts: readonly Contract[], language: string): LabelledText[] {
  return contracts
    .filter((contract) => contract.status === "complete" && contract.language === language)
    .flatMap((contract) => {
      let section = "";
      return contract.blocks.flatMap((block: Block) => {
        if (block.kind === "heading") section = block.text;
        if (block.kind !== "clause" || !block.clause.types.length) return [];
        return [{ text: suggestionText(section, block.clause.heading, block.clause.text), types: block.clause.types }];
      });
    });
}

/** What a clause is compared on: its section's heading, its own heading and its text. */
export function suggestionText(section: string, heading: string | undefined, text: string): string {
  return [section, heading ?? "", text].join("\n");
}

export interface ImportedDraft {
  markdown: string;
  segments: Segment[];
  clauses: ImportedClause[];
}

export function importDraft(source: string, meta: DraftMeta, examples: readonly LabelledText[], cues?: Cues): ImportedDraft {
  const segments = segment(source);
  const suggester = new TypeSuggester(examples);
  const ids = clauseIds(segments);
  const clauses: ImportedClause[] = [];
  let section = "";
  for (const entry of segments) {
    if (entry.kind === "heading") section = entry.text;
    if (entry.kind !== "clause") continue;
    const { id, explicit } = ids[clauses.length]!;
    clauses.push({ segment: entry, id, explicitId: explicit, suggestedTypes: suggester.suggest(suggestionText(section, entry.heading, partsText(entry.parts)), SUGGESTIONS) });
  }
  const terms = keyTermCandidates(
    clauses.map((clause) => ({ id: clause.id, text: [clause.segment.heading ?? "", partsText(clause.segment.parts)].join("\n") })),
    cues,
  );
  return { markdown: draftMarkdown(meta, segments, clauses, terms), segments, clauses };
}

/** A block's text as a reader sees it, one paragraph, item or table row per line. */
export function partsText(parts: readonly Part[]): string {
  return parts.map((part) => (part.kind === "table" ? part.rows.map((row) => row.join(" ")).join("\n") : part.text)).join("\n");
}

const DUTCH = /\b(de|het|een|van|en|is|zijn|wordt|verwerker|persoonsgegevens)\b/gi;
const ENGLISH = /\b(the|of|and|is|are|be|processor|personal|data)\b/gi;

/** What the import can tell of the document from its text alone; the author checks it. */
export function guessedMeta(source: string, segments: readonly Segment[]): Pick<DraftMeta, "title" | "language" | "jurisdiction" | "documentType"> {
  const language = (source.match(DUTCH)?.length ?? 0) >= (source.match(ENGLISH)?.length ?? 0) ? "nl" : "en";
  const belgian = /belgisch recht|ondernemingsrechtbank|\bBTW BE|\bKBO\b/i.test(source);
  const first = segments.find((entry) => entry.kind !== "clause");
  const title = first ? (first.kind === "heading" ? first.text : partsText(first.parts).split("\n")[0]!) : "";
  return {
    title: title.slice(0, 200) || "Verwerkersovereenkomst",
    language,
    jurisdiction: belgian ? "BE" : "NL",
    documentType: /algemene voorwaarden/i.test(source.slice(0, 2000)) && !/verwerkersovereenkomst/i.test(title) ? "general-terms" : "dpa",
  };
}
