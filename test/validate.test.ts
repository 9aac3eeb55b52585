import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../scripts/load/load-library.ts";
import { formatProblem } from "../scripts/validate/problems.ts";
import { RULES } from "../scripts/validate/rules.ts";
import { BAD_INPUTS } from "./fixtures/bad-inputs.ts";
import { editedLibrary, FIXTURE_LIBRARY } from "./support/fixture-library.ts";
import { ROOT } from "./support/build.ts";

describe("validator", () => {
  it("accepts the valid fixture library", () => {
    const { library, problems } = loadLibrary(FIXTURE_LIBRARY);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(library.contracts.map((contract) => contract.clauses.map((clause) => clause.id))).toEqual([["art-6-1", "art-6-2"]]);
  });

  it.each(BAD_INPUTS)("reports $name at its line, with a fix", ({ edits, expected, rule }) => {
    const { problems } = loadLibrary(editedLibrary(edits));
    expect(problems.map(formatProblem)).toEqual(expected);
    expect(problems.map((problem) => problem.rule)).toContain(rule);
  });

  it("has a bad-input fixture for every rule", () => {
    const covered = new Set(BAD_INPUTS.map((bad) => bad.rule));
    expect(Object.keys(RULES).filter((rule) => !covered.has(rule as keyof typeof RULES))).toEqual([]);
  });

  it("reports every problem at once, in file and line order", () => {
    const { problems } = loadLibrary(editedLibrary(BAD_INPUTS.filter((bad) => ["unknown clause type", "missing English summary", "invalid duration unit"].includes(bad.name)).flatMap((bad) => bad.edits)));
    expect(problems.map((problem) => `${problem.line}:${problem.rule}`)).toEqual(["19:field", "34:unknown-clause-type", "53:missing-summary"]);
  });

  it("reports a source that is not UTF-8 once, however many contracts name it", () => {
    const root = editedLibrary(BAD_INPUTS.find((bad) => bad.name === "a source saved as Latin-1")!.edits);
    const contract = readFileSync(path.join(root, "contracts/mini.md"), "utf8");
    writeFileSync(path.join(root, "contracts/mini-copy.md"), contract.replace("slug: mini", "slug: mini-copy"));
    expect(loadLibrary(root).problems.map((problem) => `${problem.file}:${problem.line} ${problem.rule}`)).toEqual(["contracts/sources/mini-dpa.txt:3 encoding"]);
  });

  it("accepts the library in this repository", () => {
    const { library, problems } = loadLibrary(ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(library.contracts.length).toBeGreaterThan(0);
  });
});
