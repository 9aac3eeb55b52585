// Cross-links equivalent clauses across vendors: clauses are equivalent when they share a
// clause type. Contract pages link each clause to its main type's page, where every
// vendor's clauses of that type stand side by side; this module counts and lists them.
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

/** Clauses of other contracts that share the clause's main type. */
export function equivalentsOf(clause: Clause, byType: Map<string, Clause[]>): Clause[] {
  return (byType.get(clause.types[0]!) ?? []).filter((other) => other.contract !== clause.contract);
}
