// Loading the same library again, as every watch-mode rebuild does: an unchanged contract file's
// checks are not run again (scripts/validate/validate-library.ts, validate-findings.ts), yet
// what changed around it (its source, the clause types, their criteria) is checked as on a
// first load.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { formatProblem } from "../../scripts/validate/problems.ts";
import { editedLibrary } from "../support/fixture-library.ts";

const root = editedLibrary([]);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const problems = () => loadLibrary(root).problems.map(formatProblem);
const edit = (file: string, find: string, replace: string) => {
  const full = path.join(root, file);
  const text = readFileSync(full, "utf8");
  expect(text).toContain(find);
  writeFileSync(full, text.replace(find, replace));
};

describe("loading the library again", () => {
  it("reports the same problems of an unchanged contract, and checks it again when its source, the clause types or their criteria change", () => {
    expect(problems()).toEqual([]);
    // A problem in the contract file, found again on the next load of the unchanged file.
    edit("contracts/mini.md", 'number: "6.1"\ntypes: [breach-notification]', 'number: "6.1"\ntypes: [breach-notificaton]');
    const unknownType = problems();
    expect(unknownType).toHaveLength(1);
    expect(unknownType[0]).toMatch(/^contracts\/mini\.md:\d+: unknown clause type "breach-notificaton"/);
    expect(problems()).toEqual(unknownType);
    edit("contracts/mini.md", "types: [breach-notificaton]", "types: [breach-notification]");
    expect(problems()).toEqual([]);

    // The source changes under the unchanged contract.
    const source = "contracts/sources/mini-dpa.txt";
    const original = readFileSync(path.join(root, source), "utf8");
    const word = original.match(/\b(datalek\w*|inbreuk\w*)\b/i)![0];
    edit(source, word, `${word}x`);
    expect(problems().some((problem) => problem.startsWith("contracts/mini.md:") && problem.includes("mini-dpa.txt"))).toBe(true);
    writeFileSync(path.join(root, source), original);
    expect(problems()).toEqual([]);

    // A clause type the unchanged contract uses goes away, and comes back.
    renameSync(path.join(root, "clauses/breach-notification.md"), path.join(root, "clauses/breach-notification.txt"));
    expect(problems().some((problem) => problem.startsWith("contracts/mini.md:") && problem.includes('unknown clause type "breach-notification"'))).toBe(true);
    renameSync(path.join(root, "clauses/breach-notification.txt"), path.join(root, "clauses/breach-notification.md"));
    expect(problems()).toEqual([]);

    // A criterion the unchanged contract's findings name is renamed, and back.
    edit("clauses/breach-notification.md", "id: deadline", "id: termijn");
    expect(problems().some((problem) => problem.startsWith("contracts/mini.md:") && problem.includes('"breach-notification/deadline", which is not a criterion'))).toBe(true);
    edit("clauses/breach-notification.md", "id: termijn", "id: deadline");
    expect(problems()).toEqual([]);
  });
});
