// Checks the lessons' exercises against the library, after the contracts are parsed: every
// option of a find exercise names a real contract and clause, and each exercise's check still
// holds (exercise-checks.ts), so that a contract edit which changes an answer fails the build
// at the exercise's line.
import path from "node:path";
import { fieldLine } from "../load/field-lines.ts";
import type { ParsedContract } from "../load/parse-contract.ts";
import type { FindExercise } from "../model/schema.ts";
import type { Lesson, ParsedClause } from "../model/types.ts";
import { didYouMean } from "./did-you-mean.ts";
import { answerCountProblem, checkFind, missingKinds, type ResolvedOption } from "./exercise-checks.ts";
import type { Problems } from "./problems.ts";

export interface ExercisesInput {
  /** The lessons that parsed. */
  lessons: readonly Lesson[];
  /** Every contract file, parsed as far as it could be. */
  contracts: readonly ParsedContract[];
  /** Ids of all clause type files, valid or not. */
  clauseTypeIds: ReadonlySet<string>;
}

export function validateExercises({ lessons, contracts, clauseTypeIds }: ExercisesInput, problems: Problems): void {
  // By file name and by slug: where the two differ (reported already), the contract is not also unknown.
  const bySlug = new Map(contracts.flatMap((contract) => [contract.frontMatter?.slug, path.basename(contract.file, ".md")].flatMap((slug) => (slug ? [[slug, contract] as const] : []))));
  for (const lesson of lessons) {
    const { file, exercises } = lesson;
    // Optional in the model, so that a library without the real contracts (the benchmark's
    // generated one) can leave them out; every module of this library has them (test/learning/content.test.ts).
    if (!exercises) continue;
    const missing = missingKinds(exercises);
    if (missing.length) {
      problems.add("lesson-exercises", file, fieldLine(lesson, ["exercises"]), `the lesson has no ${missing.join(" and no ")} exercise`, `add at least one exercise with \`kind: ${missing[0]}\``);
    }
    exercises.forEach((exercise, index) => {
      const at = (...rest: (string | number)[]) => fieldLine(lesson, ["exercises", index, ...rest]);
      const wrongCount = answerCountProblem(exercise);
      if (wrongCount) problems.add("exercise-answer", file, at("options"), wrongCount);
      if (exercise.kind !== "find") return;
      const resolved = resolveOptions(exercise, bySlug, clauseTypeIds, (option, field, message, fix) => problems.add("exercise-reference", file, at("options", option, field), message, fix));
      if (exercise.check.type !== undefined && !clauseTypeIds.has(exercise.check.type)) {
        const guess = didYouMean(exercise.check.type, clauseTypeIds);
        problems.add("unknown-clause-type", file, at("check", "type"), `unknown clause type "${exercise.check.type}"`, guess ? `did you mean "${guess}"? Clause types are the file names in clauses/` : undefined);
        return;
      }
      if (!resolved || wrongCount) return;
      for (const failure of checkFind(exercise.check, resolved)) {
        problems.add("exercise-check", file, failure.check ? at("check", failure.check) : at("check"), failure.message);
      }
    });
  }
}

type Report = (option: number, field: "contract" | "clause", message: string, fix?: string) => void;

/** The contracts and clauses the options name; undefined if one cannot be found (reported) or is reported broken already. */
function resolveOptions(exercise: FindExercise, bySlug: ReadonlyMap<string, ParsedContract>, clauseTypeIds: ReadonlySet<string>, report: Report): ResolvedOption[] | undefined {
  let complete = true;
  const resolved = exercise.options.map((option, index): ResolvedOption | undefined => {
    const parsed = bySlug.get(option.contract);
    if (!parsed) {
      const guess = didYouMean(option.contract, bySlug.keys());
      report(index, "contract", `unknown contract "${option.contract}"`, guess ? `did you mean "${guess}"? Contracts are the file names in contracts/` : undefined);
      complete = false;
      return undefined;
    }
    // A contract whose front matter is broken (reported already) is not read further.
    if (!parsed.frontMatter) {
      complete = false;
      return undefined;
    }
    let clause: ParsedClause | undefined;
    if (option.clause !== undefined && !parsed.invalidClauseIds.has(option.clause)) {
      clause = parsed.clauses.find((candidate) => candidate.id === option.clause);
      if (!clause) {
        const guess = didYouMean(option.clause, parsed.clauses.map((candidate) => candidate.id));
        report(index, "clause", `${parsed.file} has no clause "${option.clause}"`, guess ? `did you mean "${guess}"? Clause ids are the anchors in the contract's annotations` : undefined);
      }
    }
    // A clause with an unknown type (reported already) is not checked against the exercise until its annotation is fixed.
    if ((option.clause !== undefined && !clause) || clause?.types.some((type) => !clauseTypeIds.has(type))) {
      complete = false;
      return undefined;
    }
    const { slug, vendor, terms } = parsed.frontMatter;
    return { index, correct: option.correct, contract: { slug, vendor, terms, file: parsed.file }, clause };
  });
  return complete ? (resolved as ResolvedOption[]) : undefined;
}
