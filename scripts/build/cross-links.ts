// Cross-links equivalent clauses across vendors: two clauses are equivalent when they share
// a clause type. Clauses that share the main type come first.
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

export interface Equivalents {
  shown: Clause[];
  /** How many more exist than are shown. */
  more: number;
}

/** Equivalent clauses in other contracts, at most `limit`; the rest is on the clause type pages. */
export function equivalentsOf(clause: Clause, byType: Map<string, Clause[]>, limit: number): Equivalents {
  const seen = new Set<Clause>();
  const found: Clause[] = [];
  for (const type of clause.types) {
    for (const other of byType.get(type) ?? []) {
      if (other.contract !== clause.contract && !seen.has(other)) {
        seen.add(other);
        found.push(other);
      }
    }
  }
  return { shown: found.slice(0, limit), more: Math.max(0, found.length - limit) };
}
