// Checks each assessed clause's findings against the rubric of its clause types: every finding
// names a criterion of one of the clause's own types, once; the rating is not written where
// findings give it; and every assessment has findings.
import { typeOfRef, type PlacedCriterion } from "../model/criteria.ts";
import { decisiveFinding, findingRating } from "../model/rubric.ts";
import { FINDING_RESULTS } from "../model/vocabulary.ts";
import { annotationLine, type ParsedContract } from "../load/parse-contract.ts";
import type { Finding } from "../model/schema.ts";
import type { ParsedClause } from "../model/types.ts";
import { didYouMean } from "./did-you-mean.ts";
import { Problems, type Problem } from "./problems.ts";

export interface FindingsInput {
  contracts: readonly ParsedContract[];
  criteria: ReadonlyMap<string, PlacedCriterion>;
  /** Ids of all clause type files, valid or not: a clause type that did not parse is reported once, not at every finding. */
  clauseTypeIds: ReadonlySet<string>;
}

/**
 * A contract's problems, kept with its parse while the rubric and the clause type files are the
 * same (`key`): a watch-mode rebuild checks only the edited file again (see validate-library.ts).
 */
const checked = new WeakMap<ParsedContract, { key: string; problems: Problem[] }>();

export function validateFindings({ contracts, criteria, clauseTypeIds }: FindingsInput, problems: Problems): void {
  // What the checks read of the rubric: each criterion and whether it is central.
  const key = `${JSON.stringify([...criteria].map(([ref, placed]) => [ref, placed.criterion.central]))} ${[...clauseTypeIds].join(" ")}`;
  for (const contract of contracts) {
    const known = checked.get(contract);
    if (known?.key === key) {
      problems.list.push(...known.problems);
      continue;
    }
    const own = new Problems();
    checkContract(contract, criteria, clauseTypeIds, own);
    checked.set(contract, { key, problems: own.list });
    problems.list.push(...own.list);
  }
}

function checkContract(contract: ParsedContract, criteria: ReadonlyMap<string, PlacedCriterion>, clauseTypeIds: ReadonlySet<string>, problems: Problems): void {
  contract.clauses.forEach((clause, index) => {
    if (!clause.assessment) return;
    const line = (...path: (string | number)[]) => annotationLine(contract, index, ["assessment", ...path]);
    const { findings, rating } = clause.assessment;
    if (!findings) {
      problems.add(
        "missing-findings",
        contract.file,
        line(),
        "the clause is assessed but has no findings",
        `add \`findings:\` under \`assessment:\`, one per criterion the clause addresses, from ${ownCriteria(clause, criteria)}`,
      );
      return;
    }
    const known = checkCriteria(contract, index, clause, criteria, clauseTypeIds, problems);
    if (rating === undefined || known.length < findings.length) return;
    const decisive = decisiveFinding(known.map(({ finding, placed }) => ({ ...finding, central: placed.criterion.central })));
    const given = findingRating(decisive);
    const why = `${decisive.criterion} is ${FINDING_RESULTS[decisive.result].en}${decisive.central ? ", a central criterion" : ""}`;
    problems.add(
      "finding-rating",
      contract.file,
      line("rating"),
      rating === given ? `the rating "${rating}" is written, but it follows from the findings` : `the rating "${rating}" contradicts the findings, which give "${given}" (${why})`,
      rating === given ? "remove `rating:`; the site shows the rating the findings give" : "remove `rating:`: the rating follows from the findings; if the one they give is wrong, correct the finding",
    );
  });
}

/** The findings whose criterion exists and belongs to one of the clause's types, once each; the others are reported. */
function checkCriteria(
  contract: ParsedContract,
  index: number,
  clause: ParsedClause,
  criteria: ReadonlyMap<string, PlacedCriterion>,
  clauseTypeIds: ReadonlySet<string>,
  problems: Problems,
) {
  const known: { finding: Finding; placed: PlacedCriterion }[] = [];
  const seen = new Map<string, number>();
  // Lines are looked up only for a problem: finding them parses the annotation a second time.
  const lineOf = (at: number) => annotationLine(contract, index, ["assessment", "findings", at, "criterion"]);
  clause.assessment!.findings!.forEach((finding, at) => {
    const type = typeOfRef(finding.criterion);
    const placed = criteria.get(finding.criterion);
    if (!placed) {
      // A clause type file that did not parse is reported in that file, not at every finding on it.
      if (clauseTypeIds.has(type) && !criteriaOf(type, criteria).length) return;
      const guess = didYouMean(finding.criterion, clause.types.flatMap((own) => criteriaOf(own, criteria)));
      problems.add(
        "criterion-reference",
        contract.file,
        lineOf(at),
        `the finding names "${finding.criterion}", which is not a criterion${clauseTypeIds.has(type) ? ` of ${type}` : " of any clause type"}`,
        guess ? `did you mean "${guess}"? The criteria are in clauses/${typeOfRef(guess)}.md` : `use a criterion from the \`criteria\` of clauses/${type}.md`,
      );
      return;
    }
    // A clause with an unknown type is reported there: its findings are checked against its types once they are right.
    if (!clause.types.includes(type) && clause.types.every((own) => clauseTypeIds.has(own))) {
      problems.add(
        "criterion-reference",
        contract.file,
        lineOf(at),
        `the finding on "${finding.criterion}" is on a criterion of ${type}, which is not one of this clause's types (${clause.types.join(", ")})`,
        `use a criterion of the clause's own types (${ownCriteria(clause, criteria)}), or add ${type} to its types if the clause is of that type too`,
      );
      return;
    }
    if (!clause.types.includes(type)) return;
    const first = seen.get(finding.criterion);
    if (first !== undefined) {
      problems.add("criterion-reference", contract.file, lineOf(at), `the clause has a second finding on "${finding.criterion}" (the first is on line ${lineOf(first)})`, "keep one finding per criterion: join their reasons");
      return;
    }
    seen.set(finding.criterion, at);
    known.push({ finding, placed });
  });
  return known;
}

function criteriaOf(type: string, criteria: ReadonlyMap<string, PlacedCriterion>): string[] {
  return [...criteria.keys()].filter((ref) => typeOfRef(ref) === type);
}

/** The criteria a clause may have findings on, for a fix: those of its own types. */
function ownCriteria(clause: ParsedClause, criteria: ReadonlyMap<string, PlacedCriterion>): string {
  const refs = clause.types.flatMap((type) => criteriaOf(type, criteria));
  return refs.length ? refs.join(", ") : "the criteria of its clause types";
}
