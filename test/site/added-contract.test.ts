// Adding a valid contract keeps the suite green: a copy of the library with one more contract
// (the fixture library's, test/fixtures/library) goes through the same checks as the library
// itself. The suite's own validator, fidelity, build, site and browser test files run again, in a
// vitest of their own, on that copy and its site (TEST_LIBRARY, TEST_SITE: test/support/build.ts).
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/build.ts";
import { editedLibrary, FIXTURE_LIBRARY } from "../support/fixture-library.ts";

/** The checks that speak of every contract of the library. */
const CHECKS = [
  "test/validate.test.ts",
  "test/fidelity.test.ts",
  "test/site/build.test.ts",
  "test/site/views.test.ts",
  "test/site/key-terms.test.ts",
  "test/site/links.test.ts",
  "test/browser/pages.test.ts",
  "test/browser/key-terms.test.ts",
];

const library = editedLibrary([], ROOT);
const site = mkdtempSync(path.join(tmpdir(), "dpa-added-site-"));
afterAll(() => {
  for (const dir of [library, site]) rmSync(dir, { recursive: true, force: true });
});

describe("a library with one more contract", () => {
  it("passes the validator, the build and the site checks", () => {
    for (const file of ["contracts/mini.md", "contracts/sources/mini-dpa.txt"]) copyFileSync(path.join(FIXTURE_LIBRARY, file), path.join(library, file));
    let report = "";
    try {
      report = execFileSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...CHECKS], {
        cwd: ROOT,
        env: { ...process.env, TEST_LIBRARY: library, TEST_SITE: site },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      expect.fail(`the checks fail with the added contract:\n${stdout}\n${stderr}`);
    }
    // Every check file ran, and the new contract is in the site they checked.
    expect(report.replace(/\x1b\[[\d;]*m/g, "")).toMatch(new RegExp(`Test Files\\s+${CHECKS.length} passed \\(${CHECKS.length}\\)`));
    expect(readFileSync(path.join(site, "api/key-terms.csv"), "utf8")).toMatch(/^mini,Mini,/m);
  }, 20 * 60_000);
});
