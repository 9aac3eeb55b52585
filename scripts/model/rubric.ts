// The rubric's two rules, each written once: the rating a clause gets from its findings, and
// the verdict a contract gets on an Art. 28 requirement from the findings that count towards
// it. AUTHORING.md prints RATING_RULE as a table (scripts/docs/authoring-sections.ts); the
// validator, the loader and the site apply these functions.
import type { FindingResult, Rating, Verdict } from "./vocabulary.ts";

/** The rating one finding gives a clause, by whether its criterion is central. */
export const RATING_RULE = {
  central: { met: "gunstig", partly: "let-op", "not-met": "ongunstig" },
  other: { met: "gunstig", partly: "neutraal", "not-met": "let-op" },
} as const satisfies Record<"central" | "other", Record<FindingResult, Rating>>;

/** Ratings from best to worst: a clause gets the worst one its findings give. */
export const RATING_ORDER: readonly Rating[] = ["gunstig", "neutraal", "let-op", "ongunstig"];

/** A finding as the rules see it: its result, and whether its criterion is central. */
export interface WeighedFinding {
  result: FindingResult;
  central: boolean;
}

export function findingRating({ result, central }: WeighedFinding): Rating {
  return RATING_RULE[central ? "central" : "other"][result];
}

/** The finding that decides a clause's rating: the first of those giving the worst one. */
export function decisiveFinding<F extends WeighedFinding>(findings: readonly F[]): F {
  if (!findings.length) throw new Error("a rating needs at least one finding");
  return findings.reduce((worst, finding) => (RATING_ORDER.indexOf(findingRating(finding)) > RATING_ORDER.indexOf(findingRating(worst)) ? finding : worst));
}

/** A clause's rating: the worst rating any of its findings gives. */
export function ratingOf(findings: readonly WeighedFinding[]): Rating {
  return findingRating(decisiveFinding(findings));
}

/**
 * A contract's verdict on a requirement, from the results of the findings that count towards
 * it: all met, it complies; none met even partly, it is missing; anything between, partly.
 */
export function verdictOf(results: readonly FindingResult[]): Verdict {
  if (!results.length) throw new Error("a verdict needs at least one finding");
  if (results.every((result) => result === "met")) return "voldoet";
  if (results.every((result) => result === "not-met")) return "ontbreekt";
  return "deels";
}
