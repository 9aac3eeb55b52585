// Renders the benchmark's figures as bench/RESULTS.md: the main table (metric, ours, fair
// baseline, ratio, budget, pass/fail), the output by kind, and the context needed to compare runs.
import os from "node:os";
import type { Rebuild } from "./measure-rebuild.ts";
import type { OutputSizes } from "./measure-output.ts";
import type { SearchTransfer } from "./measure-search.ts";
import { budgetsFor } from "./budgets.ts";
import { OUTPUT_KINDS } from "./output-kinds.ts";
import type { ChildFailed } from "./run-child.ts";

export interface BuildFigures {
  /** The whole build, wall-clock: Eleventy's step, then Pagefind's. */
  totalMs: number;
  eleventyMs: number;
  indexMs: number;
  /** Peak resident memory summed over the build's process tree: overall and per step. */
  memory: { treeBytes: number; eleventyBytes: number; pagefindBytes: number };
  output: OutputSizes;
  /** Eleventy's own report of its slowest steps, from the build's log. */
  eleventyBenchmark: string[];
}

export interface Figures {
  contracts: number;
  clauses: number;
  seed: number;
  query: string;
  corpus: { contractBytes: number; sourceBytes: number; generateMs: number };
  validation: { ms: number };
  ours: BuildFigures & { search: SearchTransfer; rebuild: Rebuild };
  /** Absent from a run with --skip-baselines. */
  baselines?: {
    /** Our page set and text through bare Eleventy and Pagefind (bench/baseline/fair.config.ts). */
    fair: BuildFigures & { search: SearchTransfer };
    /** The contracts' Markdown as plain pages (bench/baseline/naive.config.ts). */
    naive: BuildFigures;
    /** Taking the fair baseline's input from our build (not part of either pipeline). */
    extract: { ms: number; pages: number; files: number };
  };
  date: Date;
  loadAverage: number[];
  loadAverageAtEnd: number[];
  wallMs: number;
}

type Row = { metric: string; ours: string; baseline: string; ratio: string; budget: string; pass: string };

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;
const ratio = (ours: number, baseline: number) => (baseline > 0 ? `${(ours / baseline).toFixed(2)}×` : "–");
const verdict = (ok: boolean) => (ok ? "pass" : "**fail**");

export function rows(f: Figures): Row[] {
  const { ours } = f;
  const fair = f.baselines?.fair;
  const naive = f.baselines?.naive;
  const budgets = budgetsFor(f.contracts);
  const row = (metric: string, o: number, b: number | undefined, format: (n: number) => string, budget?: { text: string; ok: boolean }): Row => ({
    metric,
    ours: format(o),
    baseline: b === undefined ? "–" : format(b),
    ratio: b === undefined ? "–" : ratio(o, b),
    budget: budget?.text ?? "",
    pass: budget ? verdict(budget.ok) : "",
  });
  const atMost = <T extends number>(value: number, limit: T | undefined, text: (limit: T) => string) => (limit === undefined ? undefined : { text: text(limit), ok: value <= limit });
  const under = <T extends number>(value: number, limit: T | undefined, text: (limit: T) => string) => (limit === undefined ? undefined : { text: text(limit), ok: value < limit });
  const pipeline = [
    fair ? atMost(ours.totalMs / fair.totalMs, budgets.pipelineRatio, (limit) => `≤ ${limit}× fair baseline`) : undefined,
    atMost(ours.totalMs, budgets.buildMs, (limit) => `≤ ${limit / 60_000} min`),
  ].filter((budget) => budget !== undefined);
  return [
    row("Whole pipeline (Eleventy + Pagefind)", ours.totalMs, fair?.totalMs, s, pipeline.length ? { text: pipeline.map((b) => b.text).join(", "), ok: pipeline.every((b) => b.ok) } : undefined),
    row("Whole pipeline, against the naive baseline", ours.totalMs, naive?.totalMs, s),
    row("Eleventy step (incl. validation)", ours.eleventyMs, fair?.eleventyMs, s),
    row("Pagefind step", ours.indexMs, fair?.indexMs, s),
    row("Validation (loadLibrary)", f.validation.ms, undefined, s, under(f.validation.ms, budgets.validationMs, (limit) => `< ${s(limit)}`)),
    row("Peak memory, whole build (process tree)", ours.memory.treeBytes, fair?.memory.treeBytes, gb, atMost(ours.memory.treeBytes, budgets.peakTreeBytes, (limit) => `≤ ${gb(limit)}`)),
    row("Peak memory, Eleventy step (process tree)", ours.memory.eleventyBytes, fair?.memory.eleventyBytes, gb),
    row("Peak memory, Pagefind step (process tree)", ours.memory.pagefindBytes, fair?.memory.pagefindBytes, gb),
    row("Output size", ours.output.totalBytes, fair?.output.totalBytes, mb, atMost(ours.output.totalBytes, budgets.outputBytes, (limit) => `≤ ${mb(limit)}`)),
    row("library.json", ours.output.libraryJsonBytes, fair?.output.libraryJsonBytes, mb, atMost(ours.output.libraryJsonBytes, budgets.libraryJsonBytes, (limit) => `≤ ${mb(limit)}`)),
    row("Search index size", ours.output.indexBytes, fair?.output.indexBytes, mb),
    row("HTML pages", ours.output.htmlPages, fair?.output.htmlPages, String),
    {
      ...row("Largest page", ours.output.largestPage.bytes, fair?.output.largestPage.bytes, kb, atMost(ours.output.largestPage.bytes, budgets.pageBytes, (limit) => `≤ ${kb(limit)}`)),
      ours: `${kb(ours.output.largestPage.bytes)} (\`${ours.output.largestPage.path}\`)`,
      baseline: fair ? `${kb(fair.output.largestPage.bytes)} (\`${fair.output.largestPage.path}\`)` : "–",
    },
    row(`Pages over ${kb(budgets.pageBytes)}`, ours.output.pagesOver, fair?.output.pagesOver, String, { text: "0", ok: ours.output.pagesOver === 0 }),
    row(`First search “${f.query}”: bytes transferred`, ours.search.bytes, fair?.search.bytes, kb, under(ours.search.bytes, budgets.firstSearchBytes, (limit) => `< ${kb(limit)}`)),
    row("First search: requests", ours.search.requests, fair?.search.requests, String),
    row("First search: time to results", ours.search.ms, fair?.search.ms, s),
    {
      ...row("Dev rebuild after editing one clause", ours.rebuild.ms, undefined, s, under(ours.rebuild.ms, budgets.devRebuildMs, (limit) => `< ${s(limit)}`)),
      ...(ours.rebuild.disturbed ? { ours: `${s(ours.rebuild.ms)} (disturbed by other edits)` } : {}),
    },
    row("Dev rebuild: until search is updated", ours.rebuild.untilIndexedMs, undefined, s),
    row("Dev server: first build", ours.rebuild.firstBuildMs, undefined, s),
  ];
}

/** Where the bytes go: each kind of output, ours beside the fair baseline's. */
export function kindRows(f: Figures): string[] {
  return OUTPUT_KINDS.flatMap((kind) => {
    const ours = f.ours.output.byKind[kind];
    const fair = f.baselines?.fair.output.byKind[kind];
    if (!ours && !fair) return [];
    const share = ours ? `${((ours.bytes / f.ours.output.totalBytes) * 100).toFixed(1)} %` : "–";
    return [`| ${kind} | ${ours ? mb(ours.bytes) : "–"} | ${ours?.files ?? 0} | ${share} | ${fair ? mb(fair.bytes) : "–"} |`];
  });
}

function baselineNotes(f: Figures): string {
  if (!f.baselines) {
    return "- Baselines: not built in this run (--skip-baselines): the fair baseline indexes both languages in one Pagefind run,\n  which needs about twice the memory of ours (see the 1,000-contract run): more than a shared machine has free at 2,000.";
  }
  const { fair, naive, extract } = f.baselines;
  return `- Fair baseline: bench/baseline/fair.config.ts, our ${extract.pages.toLocaleString("en")} pages (same URLs, same text, searchable where
  ours are) and our ${extract.files.toLocaleString("en")} other files, taken from our build in ${s(extract.ms)}, rendered by bare Eleventy with one
  minimal layout and Pagefind's default UI, indexed by Pagefind with its defaults (peak ${gb(fair.memory.treeBytes)}).
- Naive baseline: bench/baseline/naive.config.ts, the same contracts/*.md as plain Markdown pages (one page per contract),
  indexed by Pagefind with its defaults: ${naive.output.htmlPages.toLocaleString("en")} pages, ${mb(naive.output.totalBytes)}, peak ${gb(naive.memory.treeBytes)}.`;
}

export function renderResults(f: Figures): string {
  const table = rows(f).map((r) => `| ${r.metric} | ${r.ours} | ${r.baseline} | ${r.ratio} | ${r.budget || "–"} | ${r.pass || "–"} |`);
  const topTransfers = (search: SearchTransfer) => search.largest.map((entry) => `\`${entry.url}\` ${kb(entry.bytes)}`).join(", ");
  const loads = (load: number[]) => load.map((n) => n.toFixed(2)).join(" / ");
  return `${sectionTitle(f.contracts)}

Generated by \`npm run bench -- --contracts ${f.contracts}\` (bench/run.ts) on ${f.date.toISOString().slice(0, 10)}.

- **N = ${f.contracts} contracts**, ${f.clauses.toLocaleString("en")} clauses (synthetic, derived from contracts/ with seed ${f.seed}):
  ${mb(f.corpus.contractBytes)} of contract Markdown, ${mb(f.corpus.sourceBytes)} of sources, generated in ${s(f.corpus.generateMs)}.
- Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()};
  load average at the start ${loads(f.loadAverage)}, at the end ${loads(f.loadAverageAtEnd)} (1 / 5 / 15 min). The machine may
  be shared: compare ratios rather than times between runs.
${baselineNotes(f)}
- Whole benchmark run: ${s(f.wallMs)}.

| metric | ours | fair baseline | ratio | budget | pass/fail |
|---|---|---|---|---|---|
${table.join("\n")}

Output by kind:

| kind | ours | files | share | fair baseline |
|---|---|---|---|---|
${kindRows(f).join("\n")}

Notes:
- Builds run as \`npm run build\` does (scripts/cli/build.ts; the baselines: bench/baseline/build.ts): Eleventy's CLI in a
  process of its own, then Pagefind once it has exited. Times are wall-clock; the Eleventy step includes starting Node and
  loading and validating the library (\`scripts/eleventy/library.ts\`); the Pagefind step is the rest.
- Memory: the highest sum of resident memory over the build's process tree (the build script, Eleventy's process, Pagefind's
  indexer, a separate binary), sampled every 100 ms from /proc; per step while Eleventy's process runs and after.
- First search: the query typed on a contract page in Chromium, the site served uncompressed from 127.0.0.1; every response
  after the page's load event until the results settled (Pagefind's worker included; body sizes). Results shown: ours ${f.ours.search.results}${f.baselines ? `,
  fair baseline ${f.baselines.fair.search.results}` : ""}. Largest responses, ours: ${topTransfers(f.ours.search)}${f.baselines ? `; fair baseline: ${topTransfers(f.baselines.fair.search)}` : ""}.
- Dev rebuild: \`eleventy --watch\` with the project's config (it watches LIBRARY_ROOT's contracts/ and clauses/), from saving
  one clause's Dutch summary in \`${f.ours.rebuild.file}\` to Eleventy's "Wrote N files". In watch mode ours renders only the
  pages that show the edited contract and updates the search index in the background ("until search is updated").

Eleventy's own benchmark of our build (its slowest steps, from the build log):

\`\`\`
${f.ours.eleventyBenchmark.join("\n") || "(none: Eleventy reports a step only when it takes over 8 % of the build)"}
\`\`\`
`;
}

export interface Failure {
  contracts: number;
  clauses: number;
  validationMs: number;
  failure: ChildFailed;
  date: Date;
  loadAverage: number[];
}

/** RESULTS.md for a run whose build of our site failed: what failed, when, and the end of its log. */
export function renderFailure(f: Failure): string {
  const oom = /heap out of memory|Reached heap limit/.test(f.failure.logTail);
  return `${sectionTitle(f.contracts)}

Generated by \`npm run bench -- --contracts ${f.contracts}\` (bench/run.ts) on ${f.date.toISOString().slice(0, 10)}.

- **N = ${f.contracts} contracts**, ${f.clauses.toLocaleString("en")} clauses (synthetic, derived from contracts/).
- Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version};
  load average at the start ${f.loadAverage.map((n) => n.toFixed(2)).join(" / ")}.

**Our build failed**${oom ? " (JavaScript heap out of memory)" : ""} after ${s(f.failure.wallMs)} (exit code ${f.failure.exitCode}),
with a peak of ${gb(f.failure.memory.treeBytes)} resident over the build's process tree. Nothing else was measured.

| metric | ours |
|---|---|
| Validation (loadLibrary) | ${s(f.validationMs)} |
| Whole pipeline (Eleventy + Pagefind) | failed after ${s(f.failure.wallMs)} |

The end of the build's log:

\`\`\`
${f.failure.logTail.split("\n").slice(-25).join("\n")}
\`\`\`
`;
}

const sectionTitle = (contracts: number) => `## ${contracts.toLocaleString("en")} contracts`;

/**
 * RESULTS.md with this run's section in it: one section per library size, the largest last, so
 * that a run at 2,000 contracts does not replace the one at 1,000.
 */
export function mergeResults(existing: string | undefined, contracts: number, section: string): string {
  const sections = new Map<number, string>();
  for (const part of (existing ?? "").split(/^(?=## [\d,]+ contracts$)/m).slice(1)) {
    sections.set(Number(/^## ([\d,]+)/.exec(part)![1]!.replaceAll(",", "")), part.trimEnd());
  }
  sections.set(contracts, section.trimEnd());
  const ordered = [...sections].sort(([a], [b]) => a - b).map(([, text]) => text);
  return `# Benchmark results\n\nOne section per library size; each is replaced by the next run at that size.\n\n${ordered.join("\n\n")}\n`;
}
