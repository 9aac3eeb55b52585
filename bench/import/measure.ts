// Measures the import against a curated contract: the curated file is what a careful author
// made of the source, so importing the same source (the contract without its annotations)
// and comparing shows what the import gets right.
//
// - Clause boundaries: where each clause starts and ends in the source (its heading and text
//   found in order in the source, whitespace and extraction debris aside, as the verbatim check
//   compares). A boundary is right when the curated file has a clause starting (or ending) at
//   the same place; precision, recall and F1 over all starts and ends.
// - Types: for each imported clause whose start and end both match a curated clause, whether
//   its first suggestion (top-1) or one of its first three (top-3) is one of the curated types;
//   and, stricter, whether it is the curated main type.
// - Key-term candidates: the first candidate of each term is right when its words are in the
//   clause the curated term cites and, where both give a value, the values agree. Precision over
//   the terms the import proposes; recall over the terms the curated file cites a clause for.
import { isDeepStrictEqual } from "node:util";
import { KEY_TERM_NAMES } from "../../scripts/model/key-terms.ts";
import type { Clause, Contract } from "../../scripts/model/types.ts";
import type { TermCandidate } from "../../scripts/model/schema.ts";
import { skeleton } from "../../scripts/validate/verbatim.ts";
import { indexSource, SpanFinder, type Span } from "../../scripts/versions/source-index.ts";

export interface Counts {
  /** Boundaries: found in both, in the import only, in the curated file only. */
  boundaries: { both: number; importOnly: number; curatedOnly: number };
  /** Clauses whose span matched, and how many of them had a right type at rank 1 and within rank 3 (any curated type; the main type). */
  types: { matched: number; top1: number; top3: number; mainTop1: number; mainTop3: number };
  terms: { proposed: number; cited: number; right: number };
}

/** Where clauses stand in the source: each clause's heading and text found in order, as the verbatim check finds them. */
export function spans(source: string, clauses: readonly Pick<Clause, "heading" | "text">[]): (Span | undefined)[] {
  const finder = new SpanFinder(indexSource(source));
  return clauses.map((clause) => {
    const heading = clause.heading ? finder.find(clause.heading) : undefined;
    const text = finder.find(clause.text);
    if (!text) return heading;
    return { start: heading && heading.start < text.start ? heading.start : text.start, end: text.end };
  });
}

export function measure(source: string, curated: Contract, imported: readonly Pick<Clause, "id" | "heading" | "text" | "suggestedTypes">[], candidates: Partial<Record<string, TermCandidate>>): Counts {
  const curatedSpans = spans(source, curated.clauses);
  const importedSpans = spans(source, imported);
  const points = (list: (Span | undefined)[]) => new Set(list.flatMap((span) => (span ? [`s${span.start}`, `e${span.end}`] : [])));
  const gold = points(curatedSpans);
  const found = points(importedSpans);
  const both = [...found].filter((point) => gold.has(point)).length;

  const bySpan = new Map(curated.clauses.map((clause, index) => [key(curatedSpans[index]), clause]));
  const types = { matched: 0, top1: 0, top3: 0, mainTop1: 0, mainTop3: 0 };
  imported.forEach((clause, index) => {
    const gold = bySpan.get(key(importedSpans[index]));
    if (!gold || !importedSpans[index]) return;
    const ranked = (clause.suggestedTypes ?? []).map((suggestion) => suggestion.type);
    types.matched++;
    if (gold.types.includes(ranked[0]!)) types.top1++;
    if (ranked.slice(0, 3).some((type) => gold.types.includes(type))) types.top3++;
    if (ranked[0] === gold.types[0]) types.mainTop1++;
    if (ranked.slice(0, 3).includes(gold.types[0]!)) types.mainTop3++;
  });

  const terms = { proposed: 0, cited: 0, right: 0 };
  const importedById = new Map(imported.map((clause) => [clause.id, clause]));
  for (const name of KEY_TERM_NAMES) {
    const term = curated.terms[name];
    const cited = term?.clause ? curated.clauses.find((clause) => clause.id === term.clause) : undefined;
    if (cited) terms.cited++;
    const first = candidates[name]?.[0];
    if (!first) continue;
    terms.proposed++;
    const inClause = importedById.get(first.clause);
    if (!cited || !inClause) continue;
    const sameWords = skeleton(cited.text + (cited.heading ?? "")).includes(skeleton(first.wording));
    const sameValue = first.value === undefined || term!.value === null || isDeepStrictEqual(first.value, term!.value);
    if (sameWords && sameValue) terms.right++;
  }
  return { boundaries: { both, importOnly: found.size - both, curatedOnly: gold.size - both }, types, terms };
}

function key(span: Span | undefined): string {
  return span ? `${span.start}-${span.end}` : "none";
}

export function add(a: Counts, b: Counts): Counts {
  const sum = <T extends Record<string, number>>(x: T, y: T) => Object.fromEntries(Object.keys(x).map((name) => [name, x[name]! + y[name]!])) as T;
  return { boundaries: sum(a.boundaries, b.boundaries), types: sum(a.types, b.types), terms: sum(a.terms, b.terms) };
}

export const ZERO: Counts = { boundaries: { both: 0, importOnly: 0, curatedOnly: 0 }, types: { matched: 0, top1: 0, top3: 0, mainTop1: 0, mainTop3: 0 }, terms: { proposed: 0, cited: 0, right: 0 } };

export interface Scores {
  boundary: { precision: number; recall: number; f1: number };
  top1: number;
  top3: number;
  mainTop1: number;
  mainTop3: number;
  terms: { precision: number; recall: number };
}

const ratio = (part: number, whole: number) => (whole ? part / whole : 0);

export function scores({ boundaries, types, terms }: Counts): Scores {
  const precision = ratio(boundaries.both, boundaries.both + boundaries.importOnly);
  const recall = ratio(boundaries.both, boundaries.both + boundaries.curatedOnly);
  return {
    boundary: { precision, recall, f1: ratio(2 * precision * recall, precision + recall) },
    top1: ratio(types.top1, types.matched),
    top3: ratio(types.top3, types.matched),
    mainTop1: ratio(types.mainTop1, types.matched),
    mainTop3: ratio(types.mainTop3, types.matched),
    terms: { precision: ratio(terms.right, terms.proposed), recall: ratio(terms.right, terms.cited) },
  };
}
