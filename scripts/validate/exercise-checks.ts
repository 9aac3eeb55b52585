// Whether an exercise's answer holds: pure functions over an exercise and the contracts and
// clauses its options name. validate-exercises.ts finds those and reports what these return
// at the lesson's lines; nothing here reads files.
import { isDeepStrictEqual } from "node:util";
import type { KeyTermName } from "../model/key-terms.ts";
import type { Exercise, FindExercise } from "../model/schema.ts";
import type { Clause, Contract } from "../model/types.ts";
import { skeleton } from "./verbatim.ts";

export type ExerciseKind = Exercise["kind"];
export const EXERCISE_KINDS: readonly ExerciseKind[] = ["choice", "find"];

/** The kinds of exercise a lesson's list lacks, of those every lesson needs. */
export function missingKinds(exercises: readonly Pick<Exercise, "kind">[]): ExerciseKind[] {
  return EXERCISE_KINDS.filter((kind) => !exercises.some((exercise) => exercise.kind === kind));
}

/** What is wrong with the options marked correct, if anything: a choice has exactly one, a find at least one. */
export function answerCountProblem(exercise: Pick<Exercise, "kind" | "options">): string | undefined {
  const count = exercise.options.filter((option) => option.correct).length;
  if (exercise.kind === "choice" && count !== 1) return `the choice exercise has ${count === 0 ? "no" : count} correct options; it needs exactly one`;
  if (exercise.kind === "find" && count === 0) return "the find exercise has no correct option";
  return undefined;
}

/** A find option with the contract, and the clause, it names. */
export interface ResolvedOption {
  /** 0-based position in the exercise's options. */
  index: number;
  correct: boolean;
  contract: Pick<Contract, "slug" | "vendor" | "file" | "terms">;
  clause?: Pick<Clause, "id" | "types" | "text" | "line">;
}

export type CheckName = keyof FindExercise["check"];

export interface CheckFailure {
  /** The check that does not hold; none when the whole check is wanting. */
  check?: CheckName;
  message: string;
}

/** How a problem names an option: its position, vendor and clause id, and where the clause is. */
function optionName({ index, contract, clause }: ResolvedOption): string {
  return clause ? `option ${index + 1} (${contract.vendor} ${clause.id}, ${contract.file}:${clause.line})` : `option ${index + 1} (${contract.vendor})`;
}

const shown = (value: unknown) => JSON.stringify(value);

/**
 * The checks of a find exercise that do not hold for its options. An empty check is a failure
 * too: without one, the build could not notice when the library stops giving this answer.
 */
export function checkFind(check: FindExercise["check"], options: readonly ResolvedOption[]): CheckFailure[] {
  const failures: CheckFailure[] = [];
  const { type, wording, term } = check;
  if (type === undefined && wording === undefined && term === undefined) {
    return [{ message: "the find exercise's check is empty: it needs at least one of type, wording and term" }];
  }
  const correctClauses = options.filter((option) => option.correct && option.clause);
  for (const [name, given] of [["type", type], ["wording", wording]] as const) {
    if (given !== undefined && correctClauses.length === 0) failures.push({ check: name, message: `check.${name} checks clauses, but no correct option names a clause` });
  }

  if (type !== undefined) {
    for (const option of options) {
      if (!option.clause) continue;
      const has = option.clause.types.includes(type);
      if (option.correct && !has) {
        failures.push({ check: "type", message: `check.type "${type}" does not hold: ${optionName(option)} is correct but its clause types are ${option.clause.types.join(", ")}` });
      } else if (!option.correct && has) {
        failures.push({ check: "type", message: `check.type "${type}" does not hold: ${optionName(option)} is a wrong option but also has clause type "${type}"` });
      }
    }
  }

  if (wording !== undefined) {
    const needle = skeleton(wording);
    for (const option of correctClauses) {
      if (!skeleton(option.clause!.text).includes(needle)) {
        failures.push({ check: "wording", message: `check.wording "${wording}" is not in the text of ${optionName(option)}, a correct option` });
      }
    }
  }

  if (term !== undefined) {
    const name = term.name as KeyTermName;
    const seen = new Set<string>();
    for (const option of options) {
      const actual = option.contract.terms[name]?.value;
      const same = isDeepStrictEqual(actual, term.value);
      if (option.correct && !same && !seen.has(option.contract.slug)) {
        seen.add(option.contract.slug);
        failures.push({ check: "term", message: `check.term does not hold: ${optionName(option)} is correct, but ${option.contract.vendor}'s key term ${name} is ${shown(actual)}, not ${shown(term.value)}` });
      } else if (!option.correct && !option.clause && same) {
        failures.push({ check: "term", message: `check.term does not hold: ${optionName(option)} is a wrong option but its key term ${name} is also ${shown(actual)}` });
      }
    }
  }
  return failures;
}
