import { readdirSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContractThreads } from "../../scripts/load/contract-threads.ts";
import { loadContract } from "../../scripts/load/load-contract.ts";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { BAD_INPUTS } from "../fixtures/bad-inputs.ts";
import { ROOT } from "../support/build.ts";
import { editedLibrary } from "../support/fixture-library.ts";

const contractFiles = (root: string) =>
  readdirSync(path.join(root, "contracts"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `contracts/${name}`);

describe("loading contracts on worker threads", () => {
  // With the main thread taking no file, the workers load them all.
  const onWorkers = (root: string, files: string[]) => {
    const threads = new ContractThreads(root, files, 2);
    try {
      return threads.finish();
    } finally {
      threads.end();
    }
  };

  it("gives the loads the main thread gives, in file order", () => {
    const files = contractFiles(ROOT);
    expect(onWorkers(ROOT, files)).toEqual(files.map((file) => loadContract(ROOT, file)));
  });

  it("brings back the problems and verdicts of a broken contract", () => {
    const bad = BAD_INPUTS.filter((input) => ["unknown clause type", "missing English summary", "clause text not in the source"].includes(input.name));
    const root = editedLibrary(bad.flatMap((input) => input.edits));
    const files = contractFiles(root);
    const loads = onWorkers(root, files);
    expect(loads).toEqual(files.map((file) => loadContract(root, file)));
    expect(loads[0]!.problems.length).toBeGreaterThan(0);
    expect(loads[0]!.verdict?.findings.length).toBeGreaterThan(0);
  });

  it("reports a folder named like a contract and a contract that is not UTF-8, as the main thread does", () => {
    const bad = BAD_INPUTS.filter((input) => ["a folder named like a contract", "a contract saved as Latin-1"].includes(input.name));
    const root = editedLibrary(bad.flatMap((input) => input.edits));
    const files = contractFiles(root);
    const loads = onWorkers(root, files);
    expect(loads).toEqual(files.map((file) => loadContract(root, file)));
    expect(loads.map((load) => load.problems.map((problem) => `${problem.file}:${problem.line} ${problem.rule}`))).toEqual([["contracts/drafts.md:1 not-a-file"], ["contracts/mini.md:3 encoding"]]);
  });
});

describe("the parse cache", () => {
  it("reuses the parse of an unchanged contract and parses a changed one again", () => {
    const root = editedLibrary([]);
    const first = loadLibrary(root);
    const again = loadLibrary(root);
    expect(again.library.contracts[0]!.clauses).toBe(first.library.contracts[0]!.clauses);

    const file = path.join(root, "contracts/mini.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("types: [breach-notification]", "types: [breach-notifcation]"));
    const changed = loadLibrary(root);
    expect(changed.library.contracts[0]!.clauses).not.toBe(first.library.contracts[0]!.clauses);
    expect(changed.problems.map((problem) => problem.rule)).toEqual(["unknown-clause-type"]);
  });
});
