// `npm run bench [-- --contracts N] [--out DIR] [--results FILE] [--seed S] [--query Q] [--profile]`
//
// Generates a synthetic library of N contracts (default 1,000), then measures in one run:
// validation, our build (Eleventy + Pagefind) and the bare baseline's, their peak memory,
// output and index sizes, the largest page, the bytes of a first search in Chromium, and a
// dev-mode rebuild after editing one clause. Writes the table to bench/RESULTS.md.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { contractUrl } from "../scripts/site/urls.ts";
import { BUDGETS } from "./budgets.ts";
import { generateLibrary } from "./generate.ts";
import { measureOutput } from "./measure-output.ts";
import { measureRebuild } from "./measure-rebuild.ts";
import { measureSearch, type SearchUi } from "./measure-search.ts";
import { BUILD_NODE_FLAGS } from "./node-flags.ts";
import { formatSummary, mainProfile, summariseProfile } from "./profile-summary.ts";
import { renderFailure, renderResults, rows, type BuildFigures, type Figures } from "./report.ts";
import { ChildFailed, PROJECT_ROOT, runChild } from "./run-child.ts";

const { values: options } = parseArgs({
  options: {
    contracts: { type: "string", default: "1000" },
    // Outside the project: Eleventy's watcher ignores git-ignored folders such as bench/out/.
    out: { type: "string", default: path.join(os.tmpdir(), "dpa-bench") },
    results: { type: "string", default: path.join(PROJECT_ROOT, "bench/RESULTS.md") },
    seed: { type: "string", default: "1" },
    query: { type: "string", default: "datalek" },
    profile: { type: "boolean", default: false },
  },
});

const contracts = Number(options.contracts);
const seed = Number(options.seed);
const out = path.resolve(options.out);
const library = path.join(out, "library");
const log = (message: string) => console.log(`[bench] ${message}`);

interface BuildResult {
  totalMs: number;
  eleventyMs: number;
  indexMs: number;
  maxRssBytes: number;
}
interface ValidationResult {
  ms: number;
  contracts: number;
  clauses: number;
  problems: string[];
  problemCount: number;
}

const profileFlags = (name: string) => (options.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(out, "profiles", name)}`] : []);

/** The site's own search box (_includes/assets/search.js), and Pagefind's default UI, which the baseline uses. */
const OUR_SEARCH: SearchUi = { input: "#search-input", result: ".search-result" };
const PAGEFIND_UI: SearchUi = { input: ".pagefind-ui__search-input", result: ".pagefind-ui__result" };

async function build(name: string, config: string, pageUrl: string, ui: SearchUi): Promise<Omit<BuildFigures, "rebuild">> {
  const site = path.join(out, name);
  rmSync(site, { recursive: true, force: true });
  log(`${name}: building …`);
  const { result, memory, log: buildLog } = await runChild<BuildResult>({
    script: "build.ts",
    args: [config, site],
    env: { LIBRARY_ROOT: library },
    workDir: path.join(out, "logs", name),
    nodeFlags: [...BUILD_NODE_FLAGS, ...profileFlags(name)],
  });
  log(`${name}: ${(result.totalMs / 1000).toFixed(1)} s (Eleventy ${(result.eleventyMs / 1000).toFixed(1)} s, Pagefind ${(result.indexMs / 1000).toFixed(1)} s)`);
  const output = measureOutput(site, BUDGETS.pageBytes);
  log(`${name}: searching in Chromium …`);
  const search = await measureSearch(site, pageUrl, options.query, ui);
  return {
    totalMs: result.totalMs,
    eleventyMs: result.eleventyMs,
    indexMs: result.indexMs,
    nodeRssBytes: result.maxRssBytes,
    treeRssBytes: Math.max(memory.treeBytes, result.maxRssBytes),
    output,
    search,
    eleventyBenchmark: buildLog.split("\n").filter((line) => line.includes("Benchmark")),
  };
}

const started = performance.now();
const loadAverage = os.loadavg();
mkdirSync(out, { recursive: true });

log(`generating ${contracts} contracts in ${library} …`);
let at = performance.now();
const generated = generateLibrary({ from: PROJECT_ROOT, to: library, contracts, seed });
const generateMs = performance.now() - at;
const [firstSlug] = generated.slugs as [string];
const firstFile = `contracts/${firstSlug}.md`;

log("validating …");
const validation = await runChild<ValidationResult>({ script: "validate.ts", args: [library], workDir: path.join(out, "logs/validate"), nodeFlags: profileFlags("validate") });
if (validation.result.problemCount) {
  throw new Error(`bench: the generated library has ${validation.result.problemCount} problems:\n${validation.result.problems.join("\n")}`);
}
log(`validation: ${(validation.result.ms / 1000).toFixed(2)} s for ${validation.result.contracts} contracts, ${validation.result.clauses} clauses`);

let ours: Awaited<ReturnType<typeof build>>;
try {
  ours = await build("site", "eleventy.config.ts", contractUrl("nl", firstSlug), OUR_SEARCH);
} catch (error) {
  // A build that fails at this size is a result too: record it rather than lose the run.
  if (!(error instanceof ChildFailed)) throw error;
  mkdirSync(path.dirname(options.results), { recursive: true });
  writeFileSync(
    options.results,
    renderFailure({ contracts, clauses: validation.result.clauses, validationMs: validation.result.ms, failure: error, date: new Date(), loadAverage }),
  );
  log(`our build failed after ${(error.wallMs / 1000).toFixed(1)} s; written to ${options.results}`);
  console.error(error.message);
  process.exit(1);
}
const baseline = await build("baseline-site", "bench/baseline/eleventy.config.ts", `/${firstSlug}/`, PAGEFIND_UI);

log("dev rebuild (ours) …");
const oursRebuild = await measureRebuild(library, firstFile, path.join(out, "watch-site"), "eleventy.config.ts", path.join(out, "logs/watch.log"));
log(`dev rebuild (ours): ${(oursRebuild.ms / 1000).toFixed(2)} s`);
log("dev rebuild (baseline) …");
const baselineRebuild = await measureRebuild(library, firstFile, path.join(out, "baseline-watch-site"), "bench/baseline/eleventy.config.ts", path.join(out, "logs/baseline-watch.log"));
log(`dev rebuild (baseline): ${(baselineRebuild.ms / 1000).toFixed(2)} s`);

const figures: Figures = {
  contracts,
  clauses: validation.result.clauses,
  seed,
  query: options.query,
  corpus: { contractBytes: generated.contractBytes, sourceBytes: generated.sourceBytes, generateMs },
  validation: { ms: validation.result.ms },
  ours: { ...ours, rebuild: oursRebuild },
  baseline: { ...baseline, rebuild: baselineRebuild },
  date: new Date(),
  loadAverage,
  wallMs: performance.now() - started,
};
mkdirSync(path.dirname(options.results), { recursive: true });
writeFileSync(options.results, renderResults(figures));

console.log();
for (const row of rows(figures)) console.log(`${row.metric.padEnd(44)} ${row.ours.padEnd(48)} ${row.baseline.padEnd(40)} ${row.ratio.padStart(7)} ${row.pass}`);
log(`results written to ${path.relative(process.cwd(), options.results) || options.results}`);

if (options.profile) {
  for (const name of ["validate", "site", "baseline-site"]) {
    console.log(`\n${formatSummary(name, summariseProfile(mainProfile(path.join(out, "profiles", name))))}`);
  }
}

