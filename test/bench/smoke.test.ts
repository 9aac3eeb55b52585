// Keeps the benchmark working: the whole of `npm run bench` (generator, validation, our build
// and both baselines', Chromium search, dev rebuild) at N = 5, checking that the results
// table has every metric and the output by kind. The real runs are N = 1,000 and 2,000
// (bench/RESULTS.md); they are not part of npm test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OUTPUT_KINDS } from "../../bench/output-kinds.ts";
import { mergeResults } from "../../bench/report.ts";
import { ELEVENTY_NODE_FLAGS } from "../../scripts/cli/eleventy-command.ts";
import { ROOT } from "../support/build.ts";

const METRICS = [
  "Whole pipeline (Eleventy + Pagefind)",
  "Whole pipeline, against the naive baseline",
  "Eleventy step (incl. validation)",
  "Pagefind step",
  "Validation (loadLibrary)",
  "Peak memory, whole build (process tree)",
  "Peak memory, Eleventy step (process tree)",
  "Peak memory, Pagefind step (process tree)",
  "Output size",
  "library.json",
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
  it("measures a generated library of 5 contracts against the baselines", () => {
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
    // Every kind of page the site has is counted, with its size beside the fair baseline's.
    for (const kind of OUTPUT_KINDS) expect(table, kind).toMatch(new RegExp(`\\| ${kind.replace(/[.()]/g, "\\$&")} \\| [\\d.]+ MB \\| [1-9]\\d* \\|`));
  }, 300_000);
});

describe("the benchmark's builds", () => {
  it("run npm run build's script, and npm start runs Eleventy with the build's Node flags", () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.build).toBe("tsx scripts/cli/build.ts");
    expect(scripts.start).toContain(`tsx ${ELEVENTY_NODE_FLAGS.join(" ")} `);
  });
});

describe("bench/RESULTS.md", () => {
  it("keeps one section per library size, the run at 2,000 contracts beside the one at 1,000", () => {
    const at = (n: number, text: string) => `## ${n.toLocaleString("en")} contracts\n\n${text}\n`;
    const first = mergeResults(undefined, 1000, at(1000, "first run"));
    const both = mergeResults(first, 2000, at(2000, "large run"));
    const again = mergeResults(both, 1000, at(1000, "second run"));
    expect(again).toMatch(/^# Benchmark results\n/);
    expect(again).toContain("## 1,000 contracts\n\nsecond run");
    expect(again).not.toContain("first run");
    expect(again.indexOf("## 1,000 contracts")).toBeLessThan(again.indexOf("## 2,000 contracts\n\nlarge run"));
  });
});
