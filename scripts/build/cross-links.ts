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

/**
 * How many clauses of other contracts share each clause's main type, keyed `contract#id`:
 * the type's total less the contract's own, so the count stays linear in the library's size.
 */
export function equivalentCounts(library: Library, byType: Map<string, Clause[]>): Record<string, number> {
  const own = new Map<string, number>();
  for (const [type, clauses] of byType) {
    for (const clause of clauses) {
      const key = `${type} ${clause.contract}`;
      own.set(key, (own.get(key) ?? 0) + 1);
    }
  }
  const counts: Record<string, number> = {};
  for (const contract of library.contracts) {
    for (const clause of contract.clauses) {
      const type = clause.types[0]!;
      counts[`${clause.contract}#${clause.id}`] = (byType.get(type)?.length ?? 0) - (own.get(`${type} ${contract.slug}`) ?? 0);
    }
  }
  return counts;
}
