// A validation problem and its one-line report: `file:line: what is wrong — how to fix it`.
import { RULES, type RuleId } from "./rules.ts";

export interface Problem {
  rule: RuleId;
  file: string;
  line: number;
  message: string;
  fix: string;
}

export class Problems {
  readonly list: Problem[] = [];

  add(rule: RuleId, file: string, line: number, message: string, fix: string = RULES[rule].fix): void {
    this.list.push({ rule, file, line, message, fix });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message} — ${problem.fix}`;
}

/** Problems in file and line order, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
