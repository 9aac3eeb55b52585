// Writes an imported contract as a draft (`status: draft`): front matter with what the
// import could tell and the key-term candidates as `suggested`, then the body, each clause
// with its number, id, own heading and `suggestedTypes`. The author confirms from there.
import { defaultClauseId } from "../model/clause-id.ts";
import { KEY_TERM_NAMES } from "../model/key-terms.ts";
import type { SuggestedType, TermCandidate } from "../model/schema.ts";
import type { KeyTermName } from "../model/key-terms.ts";
import { escapeParagraph, partsMarkdown } from "./markdown-text.ts";
import type { Part, Segment } from "./segment.ts";

export interface DraftMeta {
  slug: string;
  vendor: string;
  title: string;
  documentType: "dpa" | "general-terms";
  language: "nl" | "en";
  jurisdiction: string;
  source: string;
}

/** A segmented clause with its id and the import's findings. */
export interface ImportedClause {
  segment: Extract<Segment, { kind: "clause" }>;
  id: string;
  /** Only where the number's default id would not be unique. */
  explicitId: boolean;
  suggestedTypes: SuggestedType[];
}

/** Ids for the clauses: the number's default (6.1 → art-6-1), else their section's name with a count, made unique. */
export function clauseIds(segments: readonly Segment[]): { id: string; explicit: boolean }[] {
  const taken = new Set<string>();
  const perPlace = new Map<string, number>();
  let annex = "";
  const ids: { id: string; explicit: boolean }[] = [];
  for (const segment of segments) {
    if (segment.kind === "heading" && segment.level === 2) annex = /^(bijlage|annex|appendix|deel|addendum)\b/i.test(segment.text) ? defaultClauseId(segment.text.split(/[\s:·–—-]+/).slice(0, 2).join(" ")) : "";
    if (segment.kind !== "clause") continue;
    const natural = segment.number ? defaultClauseId(segment.number) : "";
    let id = natural;
    if (!id || !/^[a-z]/.test(id)) {
      const place = defaultClauseId(segment.place.split(/\s+/).slice(0, 5).join(" ")) || "clausule";
      const count = (perPlace.get(place) ?? 0) + 1;
      perPlace.set(place, count);
      id = `${place}-${count}`;
    } else if (taken.has(id) && annex) id = `${annex}-${id.replace(/^art-/, "")}`;
    for (let n = 2, base = id; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.push({ id, explicit: id !== natural });
  }
  return ids;
}

const yamlString = (text: string) => JSON.stringify(text);

function termYaml(name: KeyTermName, candidates: TermCandidate): string {
  const items = candidates.map(({ value, clause, wording }) => {
    const shown = value === undefined ? "" : `value: ${typeof value === "object" ? `{amount: ${value.amount}, unit: ${value.unit}}` : typeof value === "string" ? yamlString(value) : String(value)}, `;
    return `      - {${shown}clause: ${clause}, wording: ${yamlString(wording)}}`;
  });
  return [`  ${name}:`, "    suggested:", ...items].join("\n");
}

export function draftMarkdown(meta: DraftMeta, segments: readonly Segment[], clauses: readonly ImportedClause[], terms: Partial<Record<KeyTermName, TermCandidate>>): string {
  const found = KEY_TERM_NAMES.filter((name) => terms[name]?.length);
  const front = [
    "---",
    "# Imported by npm run import: a draft. Confirm each clause's type (write `types:`, delete",
    "# `suggestedTypes`), add summaries, parties and key terms; npm run validate lists what is left.",
    "status: draft",
    `slug: ${meta.slug}`,
    `vendor: ${yamlString(meta.vendor)}`,
    `title: ${yamlString(meta.title)}`,
    `documentType: ${meta.documentType}`,
    "version: null",
    "date: null",
    `language: ${meta.language}`,
    `jurisdiction: ${meta.jurisdiction}`,
    `source: ${meta.source}`,
    ...(found.length ? ["terms:", ...found.map((name) => termYaml(name, terms[name]!))] : []),
    "---",
  ];
  const byId = new Map(clauses.map((clause) => [clause.segment, clause]));
  const body = segments.map((segment) => {
    if (segment.kind === "heading") return `${"#".repeat(segment.level)} ${escapeParagraph(segment.text)}`;
    if (segment.kind === "note") return [`::: note${segment.summary ? " summary" : ""}`, partsMarkdown(segment.parts), ":::"].join("\n");
    const clause = byId.get(segment)!;
    const annotation = [
      ...(segment.number ? [`number: ${yamlString(segment.number)}`] : []),
      ...(clause.explicitId ? [`id: ${clause.id}`] : []),
      ...(segment.heading ? [`heading: ${yamlString(segment.heading)}`] : []),
      // A library without examples of the clause's language suggests nothing: the clause then lacks a type.
      ...(clause.suggestedTypes.length ? [suggestedTypesYaml(clause.suggestedTypes)] : []),
    ];
    return ["::: clause", "```yaml", ...annotation, "```", partsMarkdown(nonEmpty(segment.parts, segment.heading ?? segment.number ?? "")), ":::"].join("\n");
  });
  return `${front.join("\n")}\n\n${body.join("\n\n")}\n`;
}

/** A clause's `suggestedTypes:` line, best first: `suggestedTypes: [{type: breach-notification, score: 0.41}, …]`. */
export function suggestedTypesYaml(suggestions: readonly SuggestedType[]): string {
  return `suggestedTypes: [${suggestions.map(({ type, score }) => `{type: ${type}, score: ${score}}`).join(", ")}]`;
}

/** A clause has text: one that is only a number and a title keeps its title as text. */
function nonEmpty(parts: readonly Part[], fallback: string): readonly Part[] {
  return parts.length ? parts : [{ kind: "paragraph", text: fallback }];
}
