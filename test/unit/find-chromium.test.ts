// Which browser the browser tests use, and what a machine without one is told.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium } from "../support/browser.ts";

const dir = mkdtempSync(path.join(tmpdir(), "find-chromium-"));
const executable = path.join(dir, "chromium");
writeFileSync(executable, "#!/bin/sh\n", { mode: 0o755 });
const notExecutable = path.join(dir, "readme.txt");
writeFileSync(notExecutable, "", { mode: 0o644 });
const missing = path.join(dir, "missing");
const packaged = (file?: string) => async () => (file ? { path: file } : { why: "the package is not installed" });

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first", async () => {
    expect(await findChromium({ CHROMIUM_PATH: executable }, [missing], packaged(missing))).toBe(executable);
  });

  it("fails on a CHROMIUM_PATH that is not an executable, saying how to fix it", async () => {
    await expect(findChromium({ CHROMIUM_PATH: notExecutable }, [executable], packaged(executable))).rejects.toThrow(/CHROMIUM_PATH is ".*readme.txt", which is not an executable file — point it at/);
  });

  it("then a system Chromium, then the packaged one", async () => {
    expect(await findChromium({}, [missing, executable], packaged(undefined))).toBe(executable);
    expect(await findChromium({}, [missing], packaged(executable))).toBe(executable);
  });

  it("fails with the reason and the fix when there is none", async () => {
    await expect(findChromium({}, [missing], packaged(undefined))).rejects.toThrow(
      /Chromium not found: none of .*missing exists and the package is not installed — set CHROMIUM_PATH .*npm install/,
    );
  });

  it("finds a browser on this machine after npm install", async () => {
    // The suite's own promise: no skipped browser tests on a fresh Linux x64 machine.
    expect(await findChromium({})).toMatch(/chrom/i);
  });
});
