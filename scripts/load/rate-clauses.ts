// A parsed contract's clauses as the site shows them: an assessment with findings gets the
// rating they give (scripts/model/rubric.ts); one without findings is reported (missing-findings) and not shown.
import type { PlacedCriterion } from "../model/criteria.ts";
import { ratingOf } from "../model/rubric.ts";
import type { Block, Clause, ParsedClause } from "../model/types.ts";

export function rateClause(clause: ParsedClause, criteria: ReadonlyMap<string, PlacedCriterion>): Clause {
  const { assessment, ...rest } = clause;
  if (!assessment) return rest;
  const { rating: _written, findings, ...reason } = assessment;
  if (!findings) return rest;
  const weighed = findings.map((finding) => ({ result: finding.result, central: criteria.get(finding.criterion)?.criterion.central ?? false }));
  return { ...rest, assessment: { rating: ratingOf(weighed), ...reason, findings } };
}

/** The blocks and clauses of a contract with their clauses rated; a block holds the same clause object as the list. */
export function rateContract(blocks: readonly Block<ParsedClause>[], criteria: ReadonlyMap<string, PlacedCriterion>): { blocks: Block[]; clauses: Clause[] } {
  const clauses: Clause[] = [];
  const rated = blocks.map((block): Block => {
    if (block.kind !== "clause") return block;
    const clause = rateClause(block.clause, criteria);
    clauses.push(clause);
    return { kind: "clause", clause };
  });
  return { blocks: rated, clauses };
}
