// Bad content stops the build: it exits non-zero, prints the validator's report and nothing
// else (no stack trace, nothing twice), and writes nothing, not even the copied assets.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../support/build.ts";
import { editedLibrary } from "../support/fixture-library.ts";
import { BAD_INPUTS } from "../fixtures/bad-inputs.ts";

// The inputs that once crashed the build with a stack trace or passed it, and one ordinary problem.
const REFUSED = BAD_INPUTS.filter((bad) =>
  [
    "unknown clause type",
    "a date that is not in the calendar",
    "a contract saved as Latin-1",
    "a source saved as Latin-1",
    "a folder named like a contract",
    "a source that is a folder",
    "a source that names the sources folder",
    "a key term claimed by two clause types",
  ].includes(bad.name),
);

describe("a build from invalid content", () => {
  it.each(REFUSED)("is refused for $name: the report alone, and nothing written", ({ edits, expected }) => {
    // Created empty beforehand, so that any file the build writes is seen.
    const output = mkdtempSync(path.join(tmpdir(), "dpa-refused-"));
    let failure: { status: number | null; stdout: string; stderr: string } | undefined;
    try {
      buildSite(output, { LIBRARY_ROOT: editedLibrary(edits) });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.status).toBe(1);
    expect(readdirSync(output, { recursive: true })).toEqual([]);
    const problems = `${expected.length} problem${expected.length === 1 ? "" : "s"}`;
    expect(failure?.stderr).toBe(`${[...expected, `The library has ${problems}; nothing was built.`].join("\n")}\n`);
    expect(failure?.stdout).toBe("");
  });
});
