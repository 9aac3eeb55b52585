// What the site shows of a contract's findings (scripts/model/rubric.ts has the rules): the
// findings on one criterion, the negotiation list, and a verdict per Art. 28 requirement.
import type { Art28Requirement } from "../model/art28.ts";
import type { PlacedCriterion } from "../model/criteria.ts";
import { findingRating, RATING_ORDER, verdictOf } from "../model/rubric.ts";
import type { Finding } from "../model/schema.ts";
import type { Clause } from "../model/types.ts";
import type { Verdict } from "../model/vocabulary.ts";

/** A finding and the clause it is on. */
export interface PlacedFinding {
  clause: Clause;
  finding: Finding;
}

/** Every finding of these clauses, in clause order. */
export function placedFindings(clauses: readonly Clause[]): PlacedFinding[] {
  return clauses.flatMap((clause) => (clause.assessment?.findings ?? []).map((finding) => ({ clause, finding })));
}

/** Whether any of these clauses has findings: a contract without any is not yet assessed by the rubric. */
export function hasFindings(clauses: readonly Clause[]): boolean {
  return clauses.some((clause) => clause.assessment?.findings);
}

/** The findings of these clauses on one criterion (`<clause type>/<criterion id>`). */
export function findingsOn(clauses: readonly Clause[], ref: string): PlacedFinding[] {
  return placedFindings(clauses).filter(({ finding }) => finding.criterion === ref);
}

/**
 * The criteria a contract does not meet, to negotiate: every finding not met or partly met,
 * those that weigh most first (by the rating each gives), in clause order within.
 */
export function negotiationPoints(clauses: readonly Clause[], criteria: ReadonlyMap<string, PlacedCriterion>): PlacedFinding[] {
  const weight = ({ finding }: PlacedFinding) =>
    RATING_ORDER.indexOf(findingRating({ result: finding.result, central: criteria.get(finding.criterion)?.criterion.central ?? false }));
  return placedFindings(clauses)
    .filter(({ finding }) => finding.result !== "met")
    .map((point, index) => ({ point, index }))
    .sort((a, b) => weight(b.point) - weight(a.point) || a.index - b.index)
    .map(({ point }) => point);
}

export interface ChecklistRow {
  requirement: Art28Requirement;
  /** The contract's clauses of the requirement's clause types. */
  clauses: Clause[];
  /** The findings on criteria that count towards the requirement. */
  findings: PlacedFinding[];
  /** Undefined where there is nothing to judge by: the contract has no findings yet, or none on this requirement while it has clauses of its types. */
  verdict?: Verdict;
}

/**
 * A requirement's row of a contract's checklist. A contract with findings gets a verdict from
 * those that count towards the requirement; with none of them and no clause of its types, the
 * requirement is missing. A contract without any findings is shown as before: its clauses.
 */
export function checklistRow(requirement: Art28Requirement, clauses: readonly Clause[], criteria: ReadonlyMap<string, PlacedCriterion>): ChecklistRow {
  const ofTypes = clauses.filter((clause) => clause.types.some((type) => requirement.types.includes(type)));
  const all = placedFindings(clauses);
  const findings = all.filter(({ finding }) => criteria.get(finding.criterion)?.criterion.checklist?.includes(requirement.id));
  const verdict = findings.length ? verdictOf(findings.map(({ finding }) => finding.result)) : all.length && !ofTypes.length ? "ontbreekt" : undefined;
  return { requirement, clauses: ofTypes, findings, ...(verdict ? { verdict } : {}) };
}
