// Cross-links equivalent clauses across vendors: clauses are equivalent when they share a
// clause type. Contract pages link each clause to its main type's page, where every
// vendor's clauses of that type stand side by side; this module groups and counts them.
import type { Clause, Library } from "../model/types.ts";

export function clausesByType(library: Library): Map<string, Clause[]> {
  const byType = new Map<string, Clause[]>(library.clauseTypes.map((type) => [type.id, []]));
  for (const contract of library.contracts) {
    for (const clause of contract.clauses) {
      for (const type of clause.types) byType.get(type)?.push(clause);
    }
  }
  return byType;
}

/** Each type's clauses per contract, keyed `type contract`. */
export function clausesByTypeAndContract(byType: Map<string, Clause[]>): Map<string, Clause[]> {
  const groups = new Map<string, Clause[]>();
  for (const [type, clauses] of byType) {
    for (const clause of clauses) {
      const key = `${type} ${clause.contract}`;
      const group = groups.get(key);
      if (group) group.push(clause);
      else groups.set(key, [clause]);
    }
  }
  return groups;
}

/**
 * How many clauses of other contracts share a clause's main type: the type's total less the
 * contract's own, so counting stays linear in the library's size.
 */
export function equivalentCount(clause: Clause, byType: Map<string, Clause[]>, byTypeAndContract: Map<string, Clause[]>): number {
  const type = clause.types[0]!;
  return (byType.get(type)?.length ?? 0) - (byTypeAndContract.get(`${type} ${clause.contract}`)?.length ?? 0);
}
