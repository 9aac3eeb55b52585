// `npm run bench [-- --contracts N] [--out DIR] [--results FILE] [--seed S] [--query Q] [--profile] [--skip-baselines]`
//
// Generates a synthetic library of N contracts (default 1,000), then measures in one run:
// validation; our build as `npm run build` runs it (Eleventy, then Pagefind), per step, with
// its peak memory, output by kind, largest page and the bytes of a first search in Chromium;
// the fair baseline (our page set and text through bare Eleventy and Pagefind) and the naive
// one (the contracts' Markdown as plain pages); and a dev-mode rebuild after editing one
// clause. Writes the tables to bench/RESULTS.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { eleventyCommand } from "../scripts/cli/eleventy-command.ts";
import { contractUrl } from "../scripts/site/urls.ts";
import { extractPages } from "./baseline/extract-pages.ts";
import { budgetsFor } from "./budgets.ts";
import { generateLibrary } from "./generate.ts";
import { measureOutput } from "./measure-output.ts";
import { measureRebuild } from "./measure-rebuild.ts";
import { measureSearch, type SearchUi } from "./measure-search.ts";
import { formatSummary, mainProfile, summariseProfile } from "./profile-summary.ts";
import { mergeResults, renderFailure, renderResults, rows, type BuildFigures, type Figures } from "./report.ts";
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
    // Without the baselines (a run at 2,000 contracts: the fair one's Pagefind step alone needs some 13 GB).
    "skip-baselines": { type: "boolean", default: false },
  },
});

const contracts = Number(options.contracts);
const seed = Number(options.seed);
const out = path.resolve(options.out);
const library = path.join(out, "library");
const log = (message: string) => console.log(`[bench] ${message}`);

interface ValidationResult {
  ms: number;
  contracts: number;
  clauses: number;
  problems: string[];
  problemCount: number;
}

/** A build's samples belong to the Eleventy step while Eleventy's process runs, to the Pagefind step after. */
const stepOf = (commandLines: string[]) => (commandLines.some((line) => line.includes("cmd.cjs")) ? "eleventy" : "pagefind");

/** The site's own search box (_includes/assets/search.js), and Pagefind's default UI, which the fair baseline uses. */
const OUR_SEARCH: SearchUi = { input: "#search-input", result: ".search-result" };
const PAGEFIND_UI: SearchUi = { input: ".pagefind-ui__search-input", result: ".pagefind-ui__result" };

/** Builds a site with a build script (ours: scripts/cli/build.ts, as `npm run build`), timing and measuring each step. */
async function build(name: string, script: string, args: string[], env: Record<string, string>): Promise<Omit<BuildFigures, "search" | "rebuild">> {
  const site = path.join(out, name);
  rmSync(site, { recursive: true, force: true });
  log(`${name}: building …`);
  const { memory, wallMs, log: buildLog } = await runChild({ script, args: [...args, site], env, workDir: path.join(out, "logs", name), stepOf });
  const eleventyMs = memory.steps.eleventy?.lastSeenMs ?? 0;
  log(`${name}: ${(wallMs / 1000).toFixed(1)} s (Eleventy ${(eleventyMs / 1000).toFixed(1)} s, Pagefind ${((wallMs - eleventyMs) / 1000).toFixed(1)} s)`);
  return {
    totalMs: wallMs,
    eleventyMs,
    indexMs: wallMs - eleventyMs,
    memory: { treeBytes: memory.treeBytes, eleventyBytes: memory.steps.eleventy?.treeBytes ?? 0, pagefindBytes: memory.steps.pagefind?.treeBytes ?? 0 },
    output: measureOutput(site, budgets.pageBytes),
    eleventyBenchmark: buildLog.split("\n").filter((line) => line.includes("Benchmark")),
  };
}

/** A CPU profile of one Eleventy step, in a run of its own (profiling slows the run it profiles). */
function profileEleventy(name: string, config: string, env: Record<string, string>): void {
  const { command, args } = eleventyCommand([`--config=${config}`, `--output=${path.join(out, "profiled", name)}`, "--quiet"]);
  log(`${name}: profiling Eleventy …`);
  spawnSync(command, ["--cpu-prof", `--cpu-prof-dir=${path.join(out, "profiles", name)}`, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: "ignore" });
}

const budgets = budgetsFor(contracts);
const existing = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : undefined);
const started = performance.now();
const loadAverage = os.loadavg();
mkdirSync(out, { recursive: true });

log(`generating ${contracts} contracts in ${library} …`);
const at = performance.now();
const generated = generateLibrary({ from: PROJECT_ROOT, to: library, contracts, seed });
const generateMs = performance.now() - at;
const [firstSlug] = generated.slugs as [string];
const firstFile = `contracts/${firstSlug}.md`;
const firstPage = contractUrl("nl", firstSlug);

log("validating …");
const validation = await runChild<ValidationResult>({ script: "bench/child/validate.ts", args: [library], workDir: path.join(out, "logs/validate"), writesResult: true });
if (validation.result.problemCount) {
  throw new Error(`bench: the generated library has ${validation.result.problemCount} problems:\n${validation.result.problems.join("\n")}`);
}
log(`validation: ${(validation.result.ms / 1000).toFixed(2)} s for ${validation.result.contracts} contracts, ${validation.result.clauses} clauses`);

let ours: Awaited<ReturnType<typeof build>>;
try {
  ours = await build("site", "scripts/cli/build.ts", ["--output"], { LIBRARY_ROOT: library });
} catch (error) {
  // A build that fails at this size is a result too: record it rather than lose the run.
  if (!(error instanceof ChildFailed)) throw error;
  mkdirSync(path.dirname(options.results), { recursive: true });
  const failure = renderFailure({ contracts, clauses: validation.result.clauses, validationMs: validation.result.ms, failure: error, date: new Date(), loadAverage });
  writeFileSync(options.results, mergeResults(existing(options.results), contracts, failure));
  log(`our build failed after ${(error.wallMs / 1000).toFixed(1)} s; written to ${options.results}`);
  console.error(error.message);
  process.exit(1);
}
log("site: searching in Chromium …");
const oursSearch = await measureSearch(path.join(out, "site"), firstPage, options.query, OUR_SEARCH);

const baselineInput = path.join(out, "fair-input");
const fairEnv = { BASELINE_INPUT: baselineInput };
async function baselines(): Promise<Figures["baselines"]> {
  log("fair baseline: extracting our pages' text …");
  const at = performance.now();
  rmSync(baselineInput, { recursive: true, force: true });
  const extracted = extractPages(path.join(out, "site"), baselineInput);
  const extractMs = performance.now() - at;
  const fair = await build("fair-baseline-site", "bench/baseline/build.ts", ["bench/baseline/fair.config.ts"], fairEnv);
  log("fair baseline: searching in Chromium …");
  const search = await measureSearch(path.join(out, "fair-baseline-site"), firstPage, options.query, PAGEFIND_UI);
  const naive = await build("naive-baseline-site", "bench/baseline/build.ts", ["bench/baseline/naive.config.ts"], { LIBRARY_ROOT: library });
  return { fair: { ...fair, search }, naive, extract: { ms: extractMs, ...extracted } };
}
const baselineFigures = options["skip-baselines"] ? undefined : await baselines();

log("dev rebuild (ours) …");
const rebuild = await measureRebuild(library, firstFile, path.join(out, "watch-site"), "eleventy.config.ts", path.join(out, "logs/watch.log"));
log(`dev rebuild (ours): ${(rebuild.ms / 1000).toFixed(2)} s`);

const figures: Figures = {
  contracts,
  clauses: validation.result.clauses,
  seed,
  query: options.query,
  corpus: { contractBytes: generated.contractBytes, sourceBytes: generated.sourceBytes, generateMs },
  validation: { ms: validation.result.ms },
  ours: { ...ours, search: oursSearch, rebuild },
  baselines: baselineFigures,
  date: new Date(),
  loadAverage,
  loadAverageAtEnd: os.loadavg(),
  wallMs: performance.now() - started,
};
mkdirSync(path.dirname(options.results), { recursive: true });
writeFileSync(options.results, mergeResults(existing(options.results), contracts, renderResults(figures)));

console.log();
for (const row of rows(figures)) console.log(`${row.metric.padEnd(48)} ${row.ours.padEnd(48)} ${row.baseline.padEnd(40)} ${row.ratio.padStart(7)} ${row.pass}`);
log(`results written to ${path.relative(process.cwd(), options.results) || options.results}`);

if (options.profile) {
  spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${path.join(out, "profiles/validate")}`, "--import", "tsx", "bench/child/validate.ts", library, path.join(out, "profiled-validate.json")], {
    cwd: PROJECT_ROOT,
    stdio: "ignore",
  });
  profileEleventy("site", "eleventy.config.ts", { LIBRARY_ROOT: library });
  if (baselineFigures) profileEleventy("fair-baseline-site", "bench/baseline/fair.config.ts", fairEnv);
  for (const name of ["validate", "site", ...(baselineFigures ? ["fair-baseline-site"] : [])]) {
    console.log(`\n${formatSummary(name, summariseProfile(mainProfile(path.join(out, "profiles", name))))}`);
  }
}
