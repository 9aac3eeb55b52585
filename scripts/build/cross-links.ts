// Cross-links equivalent clauses across vendors: clauses are equivalent when they share a
// clause type. Contract pages link each clause to its main type's page, where every
// vendor's clauses of that type stand side by side; this module groups and counts them.
// Grouping is per contract, so that watch-mode rebuilds group only the edited contract again.
import type { Clause } from "../model/types.ts";

/** A contract's clauses under each of their types, in document order. */
export function clausesPerType(clauses: readonly Clause[]): Map<string, Clause[]> {
  const groups = new Map<string, Clause[]>();
  for (const clause of clauses) {
    for (const type of clause.types) {
      const group = groups.get(type);
      if (group) group.push(clause);
      else groups.set(type, [clause]);
    }
  }
  return groups;
}

/** How many clauses of the library each type has, from each contract's groups. */
export function typeTotals(contractGroups: Iterable<ReadonlyMap<string, readonly Clause[]>>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const groups of contractGroups) {
    for (const [type, clauses] of groups) totals.set(type, (totals.get(type) ?? 0) + clauses.length);
  }
  return totals;
}

/**
 * How many clauses of other contracts share a clause's main type: the type's total less the
 * clause's own contract's, so counting stays linear in the library's size.
 */
export function equivalentCount(clause: Clause, totals: ReadonlyMap<string, number>, ownGroups: ReadonlyMap<string, readonly Clause[]>): number {
  const type = clause.types[0];
  // A draft's clause whose type is not confirmed yet has no equivalents.
  if (type === undefined) return 0;
  return (totals.get(type) ?? 0) - (ownGroups.get(type)?.length ?? 0);
}
