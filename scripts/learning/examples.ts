// Real examples for a learning module, chosen at build time from the library's assessed
// clauses, so they follow the contracts when these change. Pure: same library, same choice.
//
// A module names clause types. Its candidates are the clauses that have one of those types and
// an assessment: `gunstig` on the favourable side, `ongunstig` and `let-op` on the other
// (`neutraal` clauses are no example either way). Each side then gets up to `max` clauses:
//   1. from a vendor not yet shown on that side, where there is one;
//   2. whose main type (its first) is one of the module's types, before clauses that only
//      mention a module type further down their list;
//   3. of a module type not yet shown on that side, so that a module spans its topics;
//   4. `ongunstig` before `let-op`;
//   5. of a type the module lists earlier;
//   6. in library order (contracts as loaded, clauses in document order).
import type { Clause } from "../model/types.ts";
import type { Rating } from "../model/vocabulary.ts";

export type ExampleSide = "favourable" | "unfavourable";

/** Which ratings make an example on each side, most telling first. */
export const SIDE_RATINGS: Record<ExampleSide, readonly Rating[]> = {
  favourable: ["gunstig"],
  unfavourable: ["ongunstig", "let-op"],
};

/** What the selection reads of a contract: `site.contracts` satisfies it. */
export interface ExampleContract {
  slug: string;
  vendor: string;
  /** Language of the contract's own wording (clause headings). */
  language: string;
  clauses: readonly Clause[];
}

export interface LearningExample {
  clause: Clause;
  vendor: string;
  /** Language of the clause's own heading, for its `lang` attribute. */
  language: string;
  rating: Rating;
  /** The module's clause type the clause was found under. */
  type: string;
}

export type ModuleExamples = Record<ExampleSide, LearningExample[]>;

interface Candidate extends LearningExample {
  main: boolean;
  severity: number;
  typeIndex: number;
  order: number;
}

export function selectExamples(
  moduleTypes: readonly string[],
  contracts: readonly ExampleContract[],
  max = 3,
  knownTypes?: ReadonlySet<string>,
): ModuleExamples {
  if (knownTypes) {
    const unknown = moduleTypes.filter((type) => !knownTypes.has(type));
    if (unknown.length) throw new Error(`learning path: unknown clause type${unknown.length > 1 ? "s" : ""} ${unknown.map((type) => `"${type}"`).join(", ")}; use ids from clauses/`);
  }
  const result: ModuleExamples = { favourable: [], unfavourable: [] };
  for (const side of Object.keys(SIDE_RATINGS) as ExampleSide[]) {
    result[side] = pick(candidates(moduleTypes, contracts, SIDE_RATINGS[side]), max);
  }
  return result;
}

function candidates(moduleTypes: readonly string[], contracts: readonly ExampleContract[], ratings: readonly Rating[]): Candidate[] {
  const found: Candidate[] = [];
  for (const contract of contracts) {
    for (const clause of contract.clauses) {
      const rating = clause.assessment?.rating;
      if (!rating || !ratings.includes(rating)) continue;
      // The clause's most specific type among the module's (a clause's types are most specific first).
      const type = clause.types.find((candidate) => moduleTypes.includes(candidate));
      if (type === undefined) continue;
      found.push({
        clause,
        vendor: contract.vendor,
        language: contract.language,
        rating,
        type,
        main: clause.types[0] === type,
        severity: ratings.indexOf(rating),
        typeIndex: moduleTypes.indexOf(type),
        order: found.length,
      });
    }
  }
  return found;
}

function pick(pool: Candidate[], max: number): LearningExample[] {
  const chosen: Candidate[] = [];
  const vendors = new Set<string>();
  const types = new Set<string>();
  const rest = [...pool];
  while (chosen.length < max && rest.length) {
    const key = (candidate: Candidate): number[] => [
      vendors.has(candidate.clause.contract) ? 1 : 0,
      candidate.main ? 0 : 1,
      types.has(candidate.type) ? 1 : 0,
      candidate.severity,
      candidate.typeIndex,
      candidate.order,
    ];
    let best = 0;
    for (let index = 1; index < rest.length; index++) {
      if (compare(key(rest[index]!), key(rest[best]!)) < 0) best = index;
    }
    const [next] = rest.splice(best, 1) as [Candidate];
    chosen.push(next);
    vendors.add(next.clause.contract);
    types.add(next.type);
  }
  return chosen.map(({ clause, vendor, language, rating, type }) => ({ clause, vendor, language, rating, type }));
}

function compare(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) return a[index]! - b[index]!;
  }
  return 0;
}
