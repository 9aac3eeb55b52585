// What changed between two consecutive versions of a contract: its clauses (aligned by
// wording, align.ts) with a word-level diff where the wording changed, its key terms and its
// assessments. The "what changed" page, the recent changes, the feed and the JSON export
// all read this.
import { KEY_TERM_NAMES, type KeyTermName } from "../model/key-terms.ts";
import type { KeyTerm } from "../model/schema.ts";
import type { Clause, Contract } from "../model/types.ts";
import { versionId, versionLabel } from "../model/versions.ts";
import { alignClauses, type Change } from "./align.ts";
import { wordDiff, type DiffPart } from "./word-diff.ts";

/** What happened to a clause, in the order the change list names it. */
export const CHANGE_KINDS = ["added", "removed", "split", "merged", "changed", "moved", "renumbered"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Version {
  contract: Contract;
  /** Its `version`, or its date where it has none. */
  label: string;
  /** The label in addresses and file names ("1-0"). */
  id: string;
}

export interface ClauseChange {
  kinds: ChangeKind[];
  /** The clause(s) in the earlier version: none when added, several when merged. */
  before: Clause[];
  /** The clause(s) in the later version: none when removed, several when split. */
  after: Clause[];
  /** The wording compared, where it changed (changed, split, merged), or all of it, added or removed. */
  diff?: DiffPart[];
}

export interface TermChange {
  name: KeyTermName;
  before: KeyTerm;
  after: KeyTerm;
}

export interface AssessmentChange {
  before: Clause | undefined;
  after: Clause | undefined;
}

export interface VersionChanges {
  slug: string;
  from: Version;
  to: Version;
  /** The clauses that changed in any way, in the later version's order. */
  clauses: ClauseChange[];
  /** Clauses the same in wording, place and number. */
  unchanged: number;
  counts: Record<ChangeKind, number>;
  terms: TermChange[];
  assessments: AssessmentChange[];
  /** Clauses and key terms of the later version still marked `review:`. */
  toReview: number;
}

export function version(contract: Contract): Version {
  const label = versionLabel(contract) ?? "";
  return { contract, label, id: versionId(label) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const plainWording = (clauses: readonly Clause[]) => clauses.map((clause) => [clause.heading, clause.text].filter(Boolean).join("\n")).join("\n\n");

function clauseChange(change: Change, before: readonly Clause[], after: readonly Clause[]): ClauseChange {
  const pick = (list: readonly Clause[], index: number | number[]) => (Array.isArray(index) ? index : [index]).map((at) => list[at]!);
  switch (change.kind) {
    case "added":
      return { kinds: ["added"], before: [], after: pick(after, change.to), diff: [{ kind: "inserted", text: plainWording(pick(after, change.to)) }] };
    case "removed":
      return { kinds: ["removed"], before: pick(before, change.from), after: [], diff: [{ kind: "deleted", text: plainWording(pick(before, change.from)) }] };
    default: {
      const from = pick(before, change.from);
      const to = pick(after, change.to);
      const headingChanged = change.kind !== "split" && change.kind !== "merged" && from[0]!.heading !== to[0]!.heading;
      const kinds: ChangeKind[] = [];
      if (change.kind === "split" || change.kind === "merged") kinds.push(change.kind);
      if (change.kind === "changed" || headingChanged) kinds.push("changed");
      if (change.moved) kinds.push("moved");
      if ((change.kind === "changed" || change.kind === "unchanged") && change.renumbered) kinds.push("renumbered");
      const wordingChanged = kinds.includes("changed") || kinds.includes("split") || kinds.includes("merged");
      return { kinds, before: from, after: to, ...(wordingChanged ? { diff: wordDiff(plainWording(from), plainWording(to)) } : {}) };
    }
  }
}

export function versionChanges(earlier: Contract, later: Contract): VersionChanges {
  const aligned = alignClauses(earlier.clauses, later.clauses);
  const clauses = aligned.map((change) => clauseChange(change, earlier.clauses, later.clauses));
  const changed = clauses.filter((change) => change.kinds.length);
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, changed.filter((change) => change.kinds.includes(kind)).length])) as Record<ChangeKind, number>;
  const assessments: AssessmentChange[] = clauses.flatMap((change) => {
    // A split clause's assessment is compared with each part's, a merge's parts' with the whole's.
    const pairs: AssessmentChange[] = change.before.length && change.after.length
      ? change.before.flatMap((before) => change.after.map((after) => ({ before, after })))
      : [{ before: change.before[0], after: change.after[0] }];
    return pairs.filter(({ before, after }) => (before?.assessment || after?.assessment) && !same(before?.assessment, after?.assessment));
  });
  const terms = KEY_TERM_NAMES.flatMap((name) => {
    const before = earlier.terms[name];
    const after = later.terms[name];
    // A draft's term not confirmed yet (either side) has no value to compare.
    if (!before || !after) return [];
    return same(before.value, after.value) && same(before.answer, after.answer) ? [] : [{ name, before, after }];
  });
  const toReview = later.clauses.filter((clause) => clause.review).length + KEY_TERM_NAMES.filter((name) => later.terms[name]?.review).length;
  return {
    slug: later.slug,
    from: version(earlier),
    to: version(later),
    clauses: changed,
    unchanged: clauses.length - changed.length,
    counts,
    terms,
    assessments,
    toReview,
  };
}

/** The changes as the JSON export carries them: clause ids and numbers, the word diff, key terms and assessments before and after. */
export function changesJson(changes: VersionChanges) {
  const ref = (clause: Clause) => ({ id: clause.id, number: clause.number ?? null });
  return {
    from: changes.from.label,
    to: changes.to.label,
    date: changes.to.contract.date,
    unchanged: changes.unchanged,
    clauses: changes.clauses.map((change) => ({
      changes: change.kinds,
      before: change.before.map(ref),
      after: change.after.map(ref),
      ...(change.diff ? { diff: change.diff } : {}),
    })),
    keyTerms: changes.terms.map(({ name, before, after }) => ({
      name,
      before: { value: before.value, clause: before.clause, answer: before.answer },
      after: { value: after.value, clause: after.clause, answer: after.answer },
    })),
    assessments: changes.assessments.map(({ before, after }) => ({
      before: before ? { ...ref(before), assessment: before.assessment ?? null } : null,
      after: after ? { ...ref(after), assessment: after.assessment ?? null } : null,
    })),
    toReview: changes.toReview,
  };
}
