// Bad content stops the build: it exits non-zero, reports file:line problems and writes no pages.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../support/build.ts";
import { editedLibrary } from "../support/fixture-library.ts";
import { BAD_INPUTS } from "../fixtures/bad-inputs.ts";

describe("a build from invalid content", () => {
  it("fails with the validator's report and publishes no page", () => {
    const bad = BAD_INPUTS.find((input) => input.rule === "unknown-clause-type")!;
    const output = mkdtempSync(path.join(tmpdir(), "dpa-refused-"));
    let failure: { status: number; stderr: string } | undefined;
    try {
      buildSite(output, { LIBRARY_ROOT: editedLibrary(bad.edits) });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).not.toBe(0);
    expect(failure?.stderr).toContain(bad.expected[0]);
    expect(existsSync(path.join(output, "index.html"))).toBe(false);
    expect(existsSync(path.join(output, "api/library.json"))).toBe(false);
  });
});
