// `npm run bench:search [-- --site DIR] [--held-out] [--verbose] [--json FILE]`
//
// Builds the site (or takes a built one with --site), types each judged query of
// bench/search-queries.yaml into the site's own search box in Chromium, and reports recall@5
// and MRR per language, as a user sees the results: the first five, with the sub-results
// shown under them. The tuning set always; the held-out set only with --held-out, which is
// meant to be run once, at the end, so that tuning does not fit it.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { formatProblem } from "../../scripts/validate/problems.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { LANGS } from "../../scripts/model/vocabulary.ts";
import { buildSite, ROOT } from "../../test/support/build.ts";
import { openSearch } from "./browser-search.ts";
import { answerTargets, judge, score, type Judged } from "./judge.ts";
import { QUERY_KINDS, readQueries, type Query } from "./queries.ts";

const QUERIES_FILE = "bench/search-queries.yaml";

const { values: options } = parseArgs({
  options: {
    site: { type: "string" },
    "held-out": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    json: { type: "string" },
  },
});

const log = (message: string) => console.log(`[bench:search] ${message}`);

const { library, problems: libraryProblems } = loadLibrary(ROOT);
const { queries, problems } = readQueries(QUERIES_FILE, readFileSync(path.join(ROOT, QUERIES_FILE), "utf8"), library);
for (const problem of [...libraryProblems.map(formatProblem), ...problems]) console.error(problem);
if (libraryProblems.length || problems.length) process.exit(1);
const site = buildSiteModel(library);

const output = options.site ? path.resolve(options.site) : path.join(os.tmpdir(), "dpa-search-bench");
if (!options.site) {
  log(`building the site into ${output} …`);
  buildSite(output);
}

const sets: { name: string; queries: Query[] }[] = [{ name: "tuning", queries: queries.filter((query) => !query.heldOut) }];
if (options["held-out"]) sets.push({ name: "held-out", queries: queries.filter((query) => query.heldOut) });

const session = await openSearch(output);
const judged = new Map<string, Judged[]>();
try {
  for (const set of sets) {
    log(`${set.name}: ${set.queries.length} queries …`);
    const results: Judged[] = [];
    for (const query of set.queries) {
      const shown = await session.search(query.q, query.page);
      results.push(judge(query, shown, answerTargets(query, site), session.base));
    }
    judged.set(set.name, results);
  }
} finally {
  await session.close();
}

const pct = (value: number) => value.toFixed(2);
console.log("\n| set | language | queries | recall@5 | MRR | clause itself in top 5 |");
console.log("|---|---|---|---|---|---|");
for (const [name, results] of judged) {
  for (const lang of LANGS) {
    const scores = score(results.filter((entry) => entry.query.lang === lang));
    console.log(`| ${name} | ${lang} | ${scores.queries} | ${pct(scores.recall)} | ${pct(scores.mrr)} | ${pct(scores.clauseRecall)} |`);
  }
  const all = score(results);
  console.log(`| ${name} | both | ${all.queries} | ${pct(all.recall)} | ${pct(all.mrr)} | ${pct(all.clauseRecall)} |`);
}

for (const [name, results] of judged) {
  console.log(`\n${name}, by kind of query (recall@5 / MRR):`);
  for (const kind of QUERY_KINDS) {
    const line = LANGS.map((lang) => {
      const scores = score(results.filter((entry) => entry.query.kind === kind && entry.query.lang === lang));
      return `${lang} ${scores.queries ? `${pct(scores.recall)} / ${pct(scores.mrr)} (${scores.queries})` : "–"}`;
    });
    console.log(`  ${kind.padEnd(12)} ${line.join("   ")}`);
  }
  const missed = results.filter((entry) => options.verbose || !entry.rank);
  if (missed.length) console.log(`\n${name}, ${options.verbose ? "every query" : "not answered in the first five"}:`);
  for (const entry of missed) {
    console.log(`  ${entry.rank ?? "–"}  [${entry.query.lang}${entry.query.page !== entry.query.lang ? `→${entry.query.page} page` : ""}] ${entry.query.q}  (${QUERIES_FILE}:${entry.query.line})`);
    for (const result of entry.shown) console.log(`       · ${result.title.slice(0, 90)}`);
  }
}

if (options.json) {
  writeFileSync(options.json, JSON.stringify(Object.fromEntries([...judged].map(([name, results]) => [name, results.map((entry) => ({ q: entry.query.q, lang: entry.query.lang, rank: entry.rank, clauseRank: entry.clauseRank, shown: entry.shown }))])), null, 2));
  log(`details written to ${options.json}`);
}
