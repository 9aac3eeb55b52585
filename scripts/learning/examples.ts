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
  /** A draft's clauses are not examples: their annotations are not complete. */
  status?: "draft" | "complete";
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

/** A candidate's place in the pool is its library order (rule 6). */
interface Candidate extends LearningExample {
  main: boolean;
  severity: number;
  typeIndex: number;
}

/** `moduleTypes` exist: the validator checks a lesson's clause types (rule unknown-clause-type). */
export function selectExamples(moduleTypes: readonly string[], contracts: readonly ExampleContract[], max = 3): ModuleExamples {
  const pools = candidates(moduleTypes, contracts);
  return { favourable: pick(pools.favourable, max), unfavourable: pick(pools.unfavourable, max) };
}

/** The side each rating is an example of, and its place on that side's list. */
const SIDE_OF = new Map(
  (Object.entries(SIDE_RATINGS) as [ExampleSide, readonly Rating[]][]).flatMap(([side, ratings]) => ratings.map((rating, severity) => [rating, { side, severity }] as const)),
);

/** A clause that is an example on one side, whatever the module. */
interface Rated {
  clause: Clause;
  rating: Rating;
  side: ExampleSide;
  severity: number;
}

// Kept per contract object: watch-mode rebuilds reuse the objects of unchanged contracts,
// and the modules' examples are chosen again on every (re)build.
const ratedCache = new WeakMap<ExampleContract, Rated[]>();

function ratedClauses(contract: ExampleContract): Rated[] {
  let rated = ratedCache.get(contract);
  if (!rated) {
    rated = contract.clauses.flatMap((clause) => {
      const rating = clause.assessment?.rating;
      const place = rating && SIDE_OF.get(rating);
      return place ? [{ clause, rating: rating!, ...place }] : [];
    });
    ratedCache.set(contract, rated);
  }
  return rated;
}

// A contract's candidates for a module's types, kept with the contract like its rated clauses:
// at 1,000 contracts going through every rated clause again for each module was a third of a
// second of every watch-mode rebuild.
const candidatesCache = new WeakMap<ExampleContract, Map<string, Record<ExampleSide, Candidate[]>>>();

function contractCandidates(moduleTypes: readonly string[], contract: ExampleContract): Record<ExampleSide, Candidate[]> {
  let byModule = candidatesCache.get(contract);
  if (!byModule) candidatesCache.set(contract, (byModule = new Map()));
  const key = moduleTypes.join(" ");
  let found = byModule.get(key);
  if (found) return found;
  found = { favourable: [], unfavourable: [] };
  for (const { clause, rating, side, severity } of ratedClauses(contract)) {
    // The clause's most specific type among the module's (a clause's types are most specific first).
    const type = clause.types.find((candidate) => moduleTypes.includes(candidate));
    if (type === undefined) continue;
    found[side].push({ clause, vendor: contract.vendor, language: contract.language, rating, type, main: clause.types[0] === type, severity, typeIndex: moduleTypes.indexOf(type) });
  }
  byModule.set(key, found);
  return found;
}

/** The module's candidates on each side, in library order. */
function candidates(moduleTypes: readonly string[], contracts: readonly ExampleContract[]): Record<ExampleSide, Candidate[]> {
  const found: Record<ExampleSide, Candidate[]> = { favourable: [], unfavourable: [] };
  for (const contract of contracts) {
    if (contract.status === "draft") continue;
    const own = contractCandidates(moduleTypes, contract);
    for (const side of ["favourable", "unfavourable"] as const) for (const candidate of own[side]) found[side].push(candidate);
  }
  return found;
}

function pick(pool: readonly Candidate[], max: number): LearningExample[] {
  const chosen: Candidate[] = [];
  const vendors = new Set<string>();
  const types = new Set<string>();
  const rest = pool.map((_candidate, index) => index);
  // The rules in the header's order, the last by place in the pool; `a` before `b` when negative.
  const compare = (at: number, than: number): number => {
    const [a, b] = [pool[at]!, pool[than]!];
    return (
      Number(vendors.has(a.clause.contract)) - Number(vendors.has(b.clause.contract)) ||
      Number(!a.main) - Number(!b.main) ||
      Number(types.has(a.type)) - Number(types.has(b.type)) ||
      a.severity - b.severity ||
      a.typeIndex - b.typeIndex ||
      at - than
    );
  };
  while (chosen.length < max && rest.length) {
    let best = 0;
    for (let index = 1; index < rest.length; index++) {
      if (compare(rest[index]!, rest[best]!) < 0) best = index;
    }
    const next = pool[rest.splice(best, 1)[0]!]!;
    chosen.push(next);
    vendors.add(next.clause.contract);
    types.add(next.type);
  }
  return chosen.map(({ clause, vendor, language, rating, type }) => ({ clause, vendor, language, rating, type }));
}
