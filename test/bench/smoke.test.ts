// Keeps the benchmark working: the whole of `npm run bench` (generator, validation, both
// builds, Chromium search, dev rebuild) at N = 5, checking that the results table has
// every metric. The real run is N = 1,000 (bench/RESULTS.md); it is not part of npm test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILD_NODE_FLAGS } from "../../bench/node-flags.ts";
import { ROOT } from "../support/build.ts";

const METRICS = [
  "Whole pipeline (Eleventy + Pagefind)",
  "Eleventy build (incl. validation)",
  "Pagefind indexing",
  "Validation (loadLibrary)",
  "Peak memory, build process tree",
  "Peak memory, Node process (maxRSS)",
  "Output size",
  "Search index size",
  "HTML pages",
  "Largest page",
  "Pages over 150.0 KB",
  "bytes transferred",
  "First search: requests",
  "Dev rebuild after editing one clause",
];

const out = mkdtempSync(path.join(tmpdir(), "dpa-bench-smoke-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("npm run bench", () => {
  it("measures a generated library of 5 contracts against the baseline", () => {
    const results = path.join(out, "RESULTS.md");
    execFileSync(process.execPath, ["--import", "tsx", "bench/run.ts", "--contracts", "5", "--out", out, "--results", results], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    const table = readFileSync(results, "utf8");
    expect(table).toContain("**N = 5 contracts**");
    for (const metric of METRICS) {
      const row = table.split("\n").find((line) => line.startsWith(`| ${metric}`) || (line.startsWith("| ") && line.includes(metric)));
      expect(row, metric).toBeDefined();
      // ours, baseline, ratio, budget, pass/fail: every row has numbers, none is NaN.
      expect(row, metric).not.toContain("NaN");
      expect(row!.split("|").length, metric).toBe(8);
    }
    expect(table).toMatch(/\| Validation \(loadLibrary\) \| [\d.]+ s \|/);
  }, 180_000);
});

describe("the benchmark's builds", () => {
  it("run with the Node flags of npm run build and npm start", () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    for (const script of [scripts.build!, scripts.start!]) expect(script).toContain(`tsx ${BUILD_NODE_FLAGS.join(" ")} `);
  });
});
