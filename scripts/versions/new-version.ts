// Adds a new version of a contract from its new source text. The previous version is the
// template: every heading, note and clause whose wording is still in the new source keeps
// its Markdown and annotation, at its new place (and number); the rest of the new source
// is split into clauses and paragraphs (segment.ts) and aligned with the previous clauses
// (align.ts): a changed, split or merged clause keeps the previous annotation marked
// `review: changed`, an added one comes as `review: added` with the import's suggested types
// (scripts/import/, unconfirmed) and without summary, a removed one is listed. Key terms
// follow their clause to its new id, marked for review where it changed. The previous
// version moves to contracts/<slug>/versions/<id>.md.
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, parseDocument, type Node } from "yaml";
import { splitFrontMatter } from "../load/front-matter.ts";
import { loadLibrary } from "../load/load-library.ts";
import { markdown } from "../load/markdown.ts";
import { SOURCES_DIR } from "../load/folders.ts";
import { defaultClauseId } from "../model/clause-id.ts";
import { KEY_TERM_NAMES } from "../model/key-terms.ts";
import type { Block, Clause, Contract } from "../model/types.ts";
import { versionFile, versionLabel } from "../model/versions.ts";
import { formatProblem } from "../validate/problems.ts";
import { alignClauses, similarity, CHANGED_SIMILARITY, type Change } from "./align.ts";
import { printedNumber, segment } from "./segment.ts";
import { indexSource, SpanFinder, type SourceIndex, type Span } from "./source-index.ts";
import { skeleton } from "../validate/verbatim.ts";
import { loadCues } from "../import/cues.ts";
import { articleTypes, learningExamples, suggestionText, suggestTypes, typeScores } from "../import/import-draft.ts";
import { TypeSuggester } from "../import/suggest-types.ts";
import { suggestedTypesYaml } from "../import/write-draft.ts";
import type { SuggestedType } from "../model/schema.ts";
import type { Library } from "../model/types.ts";

export interface NewVersionOptions {
  /** The new version's number as the document states it, or null. */
  version: string | null;
  /** Its date (YYYY-MM-DD): the date the document states, else when it was published. */
  date: string;
}

/** What to do on disk, and what to tell the author. */
export interface NewVersionPlan {
  /** Files to write, relative to the library root, with their text. */
  writes: { file: string; text: string }[];
  /** The previous version's file and where it goes. */
  move: { from: string; to: string };
  /** The new source, and where it is copied. */
  copy?: { from: string; to: string };
  /** Lines for the author: what changed and what to review. */
  report: string[];
}

/** A mistake in the command's input: its message says what to do. */
export class NewVersionError extends Error {}

/** A block of the previous version with its Markdown as written. */
interface OldBlock {
  block: Block;
  raw: string;
  /** A clause's annotation and its text's Markdown. */
  yaml?: string;
  body?: string;
}

/** A block of the new version, in source order. */
type NewBlock =
  | { kind: "kept"; span: Span; old: OldBlock; number?: string }
  | { kind: "heading"; span: Span; level: number; text: string }
  | { kind: "note"; span: Span; text: string }
  | { kind: "clause"; span: Span; number?: string; text: string };

export function planNewVersion(root: string, slug: string, sourcePath: string, options: NewVersionOptions): NewVersionPlan {
  const { library, problems } = loadLibrary(root);
  if (problems.length) throw new NewVersionError(`The library has problems; fix them first (npm run validate):\n${problems.map(formatProblem).join("\n")}`);
  const previous = library.contracts.find((contract) => contract.slug === slug);
  if (!previous) throw new NewVersionError(`There is no contract "${slug}" in contracts/; give the slug of the contract this is a new version of.`);
  const previousLabel = versionLabel(previous);
  if (previousLabel === undefined) throw new NewVersionError(`${previous.file} has neither a version nor a date; write the date it states (or when it was published) as \`date:\` first, so that it can be kept as an older version.`);
  const label = options.version ?? options.date;
  if (label === previousLabel) throw new NewVersionError(`The new version is "${label}", as the previous one; give its own --version (or --date).`);
  if (options.date < (previous.date ?? "")) throw new NewVersionError(`The new version's date ${options.date} is before the previous version's (${previous.date}).`);

  const sourceName = path.basename(sourcePath);
  if (!/^[\w.-]+\.txt$/.test(sourceName)) throw new NewVersionError(`The new source must be a .txt file named with letters, digits, dots and hyphens; "${sourceName}" is not.`);
  if (sourceName === previous.source) throw new NewVersionError(`The new source has the previous version's file name (${sourceName}); give it a name of its own, such as one with the version in it.`);
  const newSource = readFileSync(sourcePath, "utf8");
  const sourceTarget = `${SOURCES_DIR}/${sourceName}`;
  let existing: string | undefined;
  try {
    existing = readFileSync(path.join(root, sourceTarget), "utf8");
  } catch {
    existing = undefined;
  }
  if (existing !== undefined && existing !== newSource) throw new NewVersionError(`${sourceTarget} exists with other text; give the new source another file name.`);

  const raw = readFileSync(path.join(root, previous.file), "utf8");
  const split = splitFrontMatter(raw)!;
  const oldBlocks = rawBlocks(split.body, previous.blocks);
  const oldIndex = indexSource(readFileSync(path.join(root, previous.sourcePath), "utf8"));
  const oldPrinted = printedNumbers(oldIndex, oldBlocks);
  const newIndex = indexSource(newSource);
  const blocks = project(newIndex, oldBlocks, oldPrinted);

  const newClauses = blocks.filter((block) => block.kind === "kept" ? block.old.block.kind === "clause" : block.kind === "clause");
  const alignedText = (block: NewBlock) => (block.kind === "kept" ? (block.old.block as { clause: Clause }).clause.text : (block as { text: string }).text.replace(/\*\*/g, ""));
  const changes = alignClauses(previous.clauses, newClauses.map((block) => ({ text: alignedText(block) })));
  const changeOf = new Map<number, Change>();
  for (const change of changes) for (const to of change.kind === "removed" ? [] : [change.to].flat()) changeOf.set(to, change);

  const suggested = addedSuggestions(library, previous.language, blocks, newClauses.map((block, index) => (changeOf.get(index)!.kind === "added" ? alignedText(block) : undefined)));
  const report: string[] = [];
  const ids = new Set<string>();
  const newIdOf = new Map<string, { id: string; changed: boolean }>();
  const body: string[] = [];
  let clauseIndex = -1;
  let previousNumber: string | undefined;
  for (const block of blocks) {
    if (block.kind === "heading") body.push(`${"#".repeat(block.level)} ${block.text.replace(/\s*\n\s*/g, " ")}`);
    else if (block.kind === "note") {
      body.push(`::: note\n${escapeMarkdown(block.text)}\n:::`);
      report.push(`new text outside a numbered clause, kept as a note: "${excerpt(block.text)}" — make it a heading (##) or a clause if it is one`);
    } else if (block.kind === "kept" && block.old.block.kind !== "clause") body.push(block.old.raw);
    else {
      clauseIndex++;
      const change = changeOf.get(clauseIndex)!;
      const kept = block.kind === "kept" ? (block.old.block as { clause: Clause }).clause : undefined;
      const number = block.kind === "kept" ? block.number : fullNumber(block.number, previousNumber);
      previousNumber = number ?? previousNumber;
      const carried = change.kind === "added" ? undefined : previous.clauses[[change.from].flat()[0]!]!;
      const fallbackId = carried?.id ?? `clause-${clauseIndex + 1}`;
      const id = uniqueId(number ? defaultClauseId(number) : fallbackId, ids);
      const idLine = !number || id !== defaultClauseId(number) ? `id: ${id}\n` : "";
      const numberLine = number ? `number: ${JSON.stringify(number)}\n` : "";
      if (block.kind === "kept") {
        const yaml = withoutFields(block.old.yaml!, ["number", "id"]);
        body.push(`::: clause\n\`\`\`yaml\n${numberLine}${idLine}${yaml}\`\`\`\n${block.old.body}\n:::`);
      } else if (carried) {
        const yaml = withoutFields(rawBlockOf(oldBlocks, carried).yaml!, ["number", "id", "review"]);
        body.push(`::: clause\n\`\`\`yaml\n${numberLine}${idLine}${yaml}review: changed\n\`\`\`\n${escapeMarkdown(block.text)}\n:::`);
      } else {
        const suggestions = suggested.get(clauseIndex) ?? [];
        body.push(`::: clause\n\`\`\`yaml\n${numberLine}${idLine}review: added\n${suggestions.length ? `${suggestedTypesYaml(suggestions)}\n` : ""}\`\`\`\n${escapeMarkdown(block.text)}\n:::`);
      }
      if (carried && !newIdOf.has(carried.id)) newIdOf.set(carried.id, { id, changed: change.kind !== "unchanged" });
      report.push(...describe(change, previous.clauses, number ?? id, kept !== undefined, suggested.get(clauseIndex)));
    }
  }
  for (const change of changes) {
    if (change.kind === "removed") report.push(`removed: ${previous.clauses[change.from]!.number ?? previous.clauses[change.from]!.id} ("${excerpt(previous.clauses[change.from]!.text)}")`);
  }

  const frontMatter = newFrontMatter(split.yaml, previous, previousLabel, sourceName, options, newIdOf, report);
  report.push("check the contract's description and remarks: they are the previous version's");
  return {
    writes: [{ file: previous.file, text: `---\n${frontMatter}\n---\n\n${body.join("\n\n")}\n` }],
    move: { from: previous.file, to: versionFile(slug, previousLabel) },
    ...(existing === undefined ? { copy: { from: sourcePath, to: sourceTarget } } : {}),
    report,
  };
}

/**
 * The import's suggested types for the clauses new in this version (`added`: each clause's
 * aligned text, undefined for the others), by the index of the clause among the new version's
 * clauses. Learnt from the library's contracts, the previous version included, and read with
 * the other clauses under the same heading, as an imported contract's are.
 */
function addedSuggestions(library: Library, language: "nl" | "en", blocks: readonly NewBlock[], added: readonly (string | undefined)[]): Map<number, SuggestedType[]> {
  const result = new Map<number, SuggestedType[]>();
  if (!added.some((text) => text !== undefined)) return result;
  const suggester = new TypeSuggester(learningExamples(library.contracts, library.clauseTypes, language));
  const clauses: { text: string; section: number | undefined }[] = [];
  let section = "";
  let headings: number | undefined;
  for (const block of blocks) {
    const heading = block.kind === "heading" ? block.text : block.kind === "kept" && block.old.block.kind === "heading" ? block.old.block.text : undefined;
    if (heading !== undefined) {
      section = heading;
      headings = (headings ?? 0) + 1;
      continue;
    }
    const clause = block.kind === "clause" ? { text: block.text.replace(/\*\*/g, "") } : block.kind === "kept" && block.old.block.kind === "clause" ? block.old.block.clause : undefined;
    if (clause) clauses.push({ text: suggestionText(section, "heading" in clause ? clause.heading : undefined, clause.text), section: headings });
  }
  const scores = typeScores(suggester, clauses);
  const cues = loadCues();
  const articles = articleTypes(library.clauseTypes);
  added.forEach((text, index) => {
    if (text !== undefined) result.set(index, suggestTypes(scores[index]!, clauses[index]!.text, cues, articles));
  });
  return result;
}

/** Carries out a plan: the previous version moved to its versions folder, the new source copied, the new version written. */
export function applyNewVersion(root: string, plan: NewVersionPlan): void {
  mkdirSync(path.dirname(path.join(root, plan.move.to)), { recursive: true });
  renameSync(path.join(root, plan.move.from), path.join(root, plan.move.to));
  if (plan.copy) copyFileSync(plan.copy.from, path.join(root, plan.copy.to));
  for (const { file, text } of plan.writes) writeFileSync(path.join(root, file), text);
}

/** The previous version's blocks with their Markdown, by markdown-it's line map of each top-level block. */
function rawBlocks(body: string, blocks: readonly Block[]): OldBlock[] {
  const lines = body.split("\n");
  const tokens = markdown.parse(body, {});
  const found: OldBlock[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.level !== 0 || token.nesting !== 1 || !["heading_open", "container_note_open", "container_clause_open"].includes(token.type)) continue;
    // markdown-it-container's map ends before its closing `:::` line.
    const [start, contentEnd] = token.map!;
    const end = token.type === "heading_open" ? contentEnd : contentEnd + 1;
    const block = blocks[found.length]!;
    const raw = lines.slice(start, end).join("\n").trimEnd();
    if (token.type === "container_clause_open") {
      const fence = tokens[index + 1]!;
      found.push({ block, raw, yaml: fence.content, body: lines.slice(fence.map![1], contentEnd).join("\n").trim() });
    } else found.push({ block, raw });
  }
  return found;
}

function rawBlockOf(blocks: readonly OldBlock[], clause: Clause): OldBlock {
  return blocks.find((block) => block.block.kind === "clause" && block.block.clause === clause)!;
}

/** What the wording of a block is, as the verbatim check finds it in the source. */
function wordingOf(block: Block): string {
  return block.kind === "clause" ? block.clause.text : block.text;
}

/** The number printed before each clause in the previous source. */
function printedNumbers(index: SourceIndex, blocks: readonly OldBlock[]): Map<OldBlock, string> {
  const finder = new SpanFinder(index);
  const printed = new Map<OldBlock, string>();
  for (const block of blocks) {
    const span = finder.find(wordingOf(block.block));
    if (span && block.block.kind === "clause") printed.set(block, printedNumber(lineBefore(index.text, span.start)));
  }
  return printed;
}

const lineBefore = (text: string, at: number) => text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
const lineAfter = (text: string, at: number) => {
  const end = text.indexOf("\n", at);
  return text.slice(at, end < 0 ? text.length : end);
};

/** The new version's blocks in source order: the previous blocks found again, and the new text between them. */
function project(index: SourceIndex, oldBlocks: readonly OldBlock[], oldPrinted: Map<OldBlock, string>): NewBlock[] {
  const finder = new SpanFinder(index);
  const blocks: NewBlock[] = [];
  const missing = new Set<OldBlock>();
  for (const old of oldBlocks) {
    const heading = old.block.kind === "clause" && old.block.clause.heading ? finder.find(old.block.clause.heading) : undefined;
    const span = finder.find(wordingOf(old.block));
    if (!span || (old.block.kind === "clause" && old.block.clause.heading && !heading)) {
      if (span) finder.release(span);
      if (heading) finder.release(heading);
      missing.add(old);
      continue;
    }
    if (old.block.kind !== "clause") {
      blocks.push({ kind: "kept", span, old });
      continue;
    }
    // A clause is kept only as a whole paragraph: text running on before or after it on its line means it changed.
    const first = heading ?? span;
    const printed = printedNumber(lineBefore(index.text, first.start));
    if (printed === "?" || !/^[\s*]*$/.test(lineAfter(index.text, span.end))) {
      finder.release(span);
      if (heading) finder.release(heading);
      missing.add(old);
      continue;
    }
    const start = first.start - lineBefore(index.text, first.start).length;
    blocks.push({ kind: "kept", span: { start, end: span.end }, old, number: renumbered(old.block.clause.number, oldPrinted.get(old), printed) });
  }
  blocks.sort((a, b) => a.span.start - b.span.start);

  // The text between the blocks found: new or changed.
  const gaps: NewBlock[] = [];
  let at = 0;
  for (const block of [...blocks, { span: { start: index.text.length, end: index.text.length } }]) {
    if (block.span.start > at) {
      let offset = at;
      for (const piece of segment(index.text.slice(at, block.span.start))) {
        const start = index.text.indexOf(piece.text.split("\n")[0]!, offset);
        const span = { start: Math.max(start, offset), end: Math.max(start, offset) + piece.text.length };
        offset = span.end;
        if (!skeleton(piece.text)) continue;
        if (piece.number) gaps.push({ kind: "clause", span, number: piece.number, text: piece.text });
        else gaps.push(asHeadingOrNote(piece.text, span, missing));
      }
    }
    at = Math.max(at, block.span.end);
  }
  return [...blocks, ...gaps].sort((a, b) => a.span.start - b.span.start);
}

/** New text that is not a numbered clause: a heading where it resembles a heading of the previous version no longer found, else a note. */
function asHeadingOrNote(text: string, span: Span, missing: ReadonlySet<OldBlock>): NewBlock {
  const heading = [...missing].find((old) => old.block.kind === "heading" && similarity(old.block.text, text) >= CHANGED_SIMILARITY);
  return heading?.block.kind === "heading" ? { kind: "heading", span, level: heading.block.level, text } : { kind: "note", span, text };
}

const normalised = (printed: string) => printed.replace(/\.$/, "");

/** A kept clause's number, where the number printed before it changed: the old printed number replaced by the new in its number ("3.3 a" printed "a", now "b": "3.3 b"). */
function renumbered(number: string | undefined, before: string | undefined, after: string): string | undefined {
  if (number === undefined || !before || !after || normalised(before) === normalised(after)) return number;
  const at = number.lastIndexOf(normalised(before));
  return at < 0 ? normalised(after) : `${number.slice(0, at)}${normalised(after)}${number.slice(at + normalised(before).length)}`;
}

/** A new clause's number from the number printed before it: a letter continues the lettered numbers of the clause before it ("3.3 c" then "d": "3.3 d"). */
function fullNumber(printed: string | undefined, previous: string | undefined): string | undefined {
  if (printed === undefined) return undefined;
  const letter = /^\(?([a-z]|[ivx]+)\)?$/.exec(printed);
  const base = previous && /^(.*\s)\(?(?:[a-z]|[ivx]+)\)?$/.exec(previous);
  return letter && base ? `${base[1]}${printed}` : normalised(printed);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** An annotation's YAML without the top-level lines of these fields (and their continuation lines). */
function withoutFields(yaml: string, fields: readonly string[]): string {
  const lines = yaml.split("\n");
  const kept: string[] = [];
  let skipping = false;
  for (const line of lines) {
    const key = /^([A-Za-z]\w*):/.exec(line)?.[1];
    if (key !== undefined) skipping = fields.includes(key);
    else if (!/^\s/.test(line)) skipping = false;
    if (!skipping) kept.push(line);
  }
  return kept.join("\n").replace(/\n*$/, "\n");
}

/** Text from the source as Markdown that renders to the same words: what Markdown would read as markup is escaped. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`[\]<>_])/g, "\\$1")
    .split("\n")
    .map((line) => line.replace(/^(\s*)(#|>|:::|\+ |=+\s*$)/, "$1\\$2"))
    .join("\n");
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

function describe(change: Change, before: readonly Clause[], name: string, kept: boolean, suggestions: readonly SuggestedType[] = []): string[] {
  const numberOf = (index: number) => before[index]!.number ?? before[index]!.id;
  switch (change.kind) {
    case "added":
      return [
        `added: ${name} — ${suggestions.length ? `suggested types ${suggestions.map(({ type, score }) => `${type} ${score.toFixed(2)}`).join(", ")}, to confirm; no summary yet` : "no types or summary yet"} (review: added)`,
      ];
    case "split":
      return [`split: ${numberOf(change.from)} → … ${name} — annotation of ${numberOf(change.from)} carried over, to review (review: changed)`];
    case "merged":
      return [`merged: ${change.from.map(numberOf).join(" + ")} → ${name} — annotation of ${numberOf(change.from[0]!)} carried over, to review (review: changed)`];
    case "changed":
      return [`changed: ${numberOf(change.from)} → ${name} — annotation carried over, to review (review: changed)`];
    case "unchanged": {
      const notes = [change.moved ? "moved" : "", numberOf(change.from) !== name ? `renumbered ${numberOf(change.from)} → ${name}` : ""].filter(Boolean);
      return kept && notes.length ? [`${notes.join(", ")}: ${name} — wording unchanged, annotation carried over`] : [];
    }
    default:
      return [];
  }
}

/** The previous front matter with the new version's fields, and each key term following its clause (marked for review where that changed). */
function newFrontMatter(yaml: string, previous: Contract, previousLabel: string, source: string, options: NewVersionOptions, newIdOf: Map<string, { id: string; changed: boolean }>, report: string[]): string {
  const edits: { at: number; end: number; text: string }[] = [];
  const doc = parseDocument(yaml);
  const terms = doc.get("terms", true);
  if (isMap(terms)) {
    for (const name of KEY_TERM_NAMES) {
      const term = terms.get(name, true) as Node | undefined;
      const cited = previous.terms[name]?.clause;
      if (!isMap(term) || cited === null || cited === undefined) continue;
      const moved = newIdOf.get(cited);
      const clause = term.get("clause", true);
      if (moved && moved.id !== cited && isScalar(clause) && clause.range) edits.push({ at: clause.range[0], end: clause.range[1], text: moved.id });
      if (!moved || moved.changed) {
        const range = term.range!;
        edits.push(term.flow ? { at: range[0] + 1, end: range[0] + 1, text: "review: changed, " } : { at: range[0], end: range[0], text: `review: changed\n${" ".repeat(range[0] - yaml.lastIndexOf("\n", range[0]) - 1)}` });
        report.push(moved ? `key term ${name}: its clause ${moved.id} changed — check value, wording and answer (review: changed)` : `key term ${name}: its clause ${cited} was removed — cite the clause that now says it, or none (review: changed)`);
      }
    }
  }
  let text = yaml;
  for (const edit of edits.sort((a, b) => b.at - a.at)) text = text.slice(0, edit.at) + edit.text + text.slice(edit.end);
  const line = (field: string, value: string | null) => `${field}: ${value === null ? "null" : JSON.stringify(value)}`;
  text = text
    .replace(/^version:.*$/m, line("version", options.version))
    .replace(/^source:.*$/m, line("source", source))
    .replace(/^supersedes:.*\n/m, "")
    .replace(/^date:.*$/m, `${line("date", options.date)}\n${line("supersedes", previousLabel)}`);
  return text.replace(/\n$/, "");
}
