// A validation problem and its one-line report: `file:line: what is wrong — how to fix it`.
import { RULES, type RuleId } from "./rules.ts";

export interface Problem {
  rule: RuleId;
  file: string;
  line: number;
  message: string;
  fix: string;
  /** A warning (what a draft still lacks) is printed, but does not stop the build. */
  warning?: true;
}

export class Problems {
  readonly list: Problem[] = [];

  add(rule: RuleId, file: string, line: number, message: string, fix: string = RULES[rule].fix): void {
    this.list.push({ rule, file, line, message, fix });
  }

  warn(rule: RuleId, file: string, line: number, message: string, fix: string = RULES[rule].fix): void {
    this.list.push({ rule, file, line, message, fix, warning: true });
  }

  get warnings(): Problem[] {
    return this.list.filter((problem) => problem.warning);
  }
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.warning ? "warning: " : ""}${problem.message} — ${problem.fix}`;
}

/** Problems in file and line order, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
