// Aligns the clauses of two versions of a contract by their wording, not their numbers
// (renumbering is common): which clause of the new version each old clause became.
//
// In order: clauses whose wording is the same (whitespace, hyphenation and bullets aside,
// as the verbatim check compares) are unchanged; an old clause whose words are spread over
// consecutive new clauses was split, and the reverse merged; the rest pair up by word
// similarity above a threshold (changed), best pairs first; what is left was added or
// removed. A pair out of the versions' common order was moved; a pair whose number
// differs was renumbered.
import { skeleton } from "../validate/verbatim.ts";

export interface AlignedClause {
  number?: string;
  /** The wording as plain text. */
  text: string;
}

/** Two clauses whose words overlap at least this much (Dice over their words) are one clause, changed. */
export const CHANGED_SIMILARITY = 0.5;
/** A part of a split (or merge) has at least this share of its words in the whole. */
const PART_CONTAINMENT = 0.8;

export type Change =
  | { kind: "unchanged" | "changed"; from: number; to: number; similarity: number; moved: boolean; renumbered: boolean }
  | { kind: "split"; from: number; to: number[]; similarity: number; moved: boolean }
  | { kind: "merged"; from: number[]; to: number; similarity: number; moved: boolean }
  | { kind: "added"; to: number }
  | { kind: "removed"; from: number };

/** Lower-cased words and numbers, counted. */
function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function size(words: Map<string, number>): number {
  let total = 0;
  for (const count of words.values()) total += count;
  return total;
}

function common(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [word, count] of a) shared += Math.min(count, b.get(word) ?? 0);
  return shared;
}

/** How alike two texts' words are, from 0 to 1 (the Dice coefficient of their word counts). */
export function similarity(a: string, b: string): number {
  return dice(bag(a), bag(b));
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  const total = size(a) + size(b);
  return total ? (2 * common(a, b)) / total : 1;
}

function joined(bags: Map<string, number>[]): Map<string, number> {
  const all = new Map<string, number>();
  for (const words of bags) for (const [word, count] of words) all.set(word, (all.get(word) ?? 0) + count);
  return all;
}

/**
 * Runs of consecutive indexes, from `candidates` (sorted), of length two or more: the parts
 * a clause may have been split into (or merged from).
 */
function runs(candidates: readonly number[]): number[][] {
  const found: number[][] = [];
  let run: number[] = [];
  for (const index of candidates) {
    if (run.length && index !== run[run.length - 1]! + 1) {
      if (run.length > 1) found.push(run);
      run = [];
    }
    run.push(index);
  }
  if (run.length > 1) found.push(run);
  return found;
}

/** The changes from `before` to `after`, in the new version's order (a removed clause after the clause that preceded it). */
export function alignClauses(before: readonly AlignedClause[], after: readonly AlignedClause[]): Change[] {
  const oldBags = before.map((clause) => bag(clause.text));
  const newBags = after.map((clause) => bag(clause.text));
  const oldFree = new Set(before.keys());
  const newFree = new Set(after.keys());
  const changes: Change[] = [];

  // Same wording: the first free clause with it, in order.
  const byWording = new Map<string, number[]>();
  after.forEach((clause, index) => byWording.set(skeleton(clause.text), [...(byWording.get(skeleton(clause.text)) ?? []), index]));
  before.forEach((clause, from) => {
    const to = byWording.get(skeleton(clause.text))?.find((index) => newFree.has(index));
    if (to === undefined) return;
    oldFree.delete(from);
    newFree.delete(to);
    changes.push({ kind: "unchanged", from, to, similarity: 1, moved: false, renumbered: false });
  });

  // Split into (merged from) consecutive clauses that each lie mostly within the whole, and together match it better than any one of them.
  const wholes = (wholeBags: Map<string, number>[], wholeFree: Set<number>, partBags: Map<string, number>[], partFree: Set<number>) => {
    const found: { whole: number; parts: number[]; similarity: number }[] = [];
    for (const whole of [...wholeFree]) {
      const inside = [...partFree].sort((a, b) => a - b).filter((part) => common(partBags[part]!, wholeBags[whole]!) >= PART_CONTAINMENT * size(partBags[part]!));
      for (const parts of runs(inside)) {
        const together = dice(wholeBags[whole]!, joined(parts.map((part) => partBags[part]!)));
        const bestSingle = Math.max(...parts.map((part) => dice(wholeBags[whole]!, partBags[part]!)));
        if (together >= CHANGED_SIMILARITY && together > bestSingle) {
          found.push({ whole, parts, similarity: together });
          wholeFree.delete(whole);
          for (const part of parts) partFree.delete(part);
          break;
        }
      }
    }
    return found;
  };
  for (const { whole, parts, similarity } of wholes(oldBags, oldFree, newBags, newFree)) changes.push({ kind: "split", from: whole, to: parts, similarity, moved: false });
  for (const { whole, parts, similarity } of wholes(newBags, newFree, oldBags, oldFree)) changes.push({ kind: "merged", from: parts, to: whole, similarity, moved: false });

  // Changed: the most similar pairs first; of equally similar ones, the nearest in position.
  const pairs: { from: number; to: number; similarity: number }[] = [];
  for (const from of oldFree) {
    for (const to of newFree) {
      const alike = dice(oldBags[from]!, newBags[to]!);
      if (alike >= CHANGED_SIMILARITY) pairs.push({ from, to, similarity: alike });
    }
  }
  pairs.sort((a, b) => b.similarity - a.similarity || Math.abs(a.from - a.to) - Math.abs(b.from - b.to) || a.from - b.from);
  for (const pair of pairs) {
    if (!oldFree.has(pair.from) || !newFree.has(pair.to)) continue;
    oldFree.delete(pair.from);
    newFree.delete(pair.to);
    changes.push({ kind: "changed", ...pair, moved: false, renumbered: false });
  }
  for (const to of newFree) changes.push({ kind: "added", to });
  for (const from of oldFree) changes.push({ kind: "removed", from });

  markMoved(changes);
  for (const change of changes) {
    if (change.kind === "unchanged" || change.kind === "changed") change.renumbered = (before[change.from]!.number ?? "") !== (after[change.to]!.number ?? "");
  }
  return inNewOrder(changes);
}

const firstOf = (index: number | number[]) => (Array.isArray(index) ? index[0]! : index);
const lastOf = (index: number | number[]) => (Array.isArray(index) ? index[index.length - 1]! : index);

/** Pairs outside the longest run that keeps both versions' order were moved. */
function markMoved(changes: Change[]): void {
  const paired = changes.filter((change): change is Exclude<Change, { kind: "added" | "removed" }> => change.kind !== "added" && change.kind !== "removed");
  paired.sort((a, b) => firstOf(a.from) - firstOf(b.from));
  const targets = paired.map((change) => firstOf(change.to));
  // Longest increasing subsequence (patience sorting), keeping its members.
  const tails: number[] = [];
  const previous = new Array<number>(targets.length).fill(-1);
  targets.forEach((target, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (targets[tails[middle]!]! < target) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index]!) kept.add(index);
  paired.forEach((change, index) => (change.moved = !kept.has(index)));
}

/** The new version's order; a removed clause right after where the old clause before it went. */
function inNewOrder(changes: Change[]): Change[] {
  const paired = changes.filter((change): change is Exclude<Change, { kind: "added" | "removed" }> => change.kind !== "added" && change.kind !== "removed");
  const place = (change: Change): number => {
    if (change.kind !== "removed") return firstOf(change.to);
    const before = paired.filter((pair) => lastOf(pair.from) < change.from).sort((a, b) => lastOf(b.from) - lastOf(a.from))[0];
    return before ? lastOf(before.to) + 0.5 : -0.5;
  };
  return [...changes].sort((a, b) => place(a) - place(b) || (a.kind === "removed" && b.kind === "removed" ? a.from - b.from : 0));
}
