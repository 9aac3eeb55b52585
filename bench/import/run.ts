// `npm run bench:import [-- --hold-out SLUG] [--only SLUG] [--verbose]`
//
// Imports the source of each contract in the library, as if it were new (its annotations
// stripped: only the source text goes in), with type suggestions learnt from the other
// contracts only (leave-one-contract-out), and compares the draft with the curated file
// (bench/import/measure.ts): clause boundary precision, recall and F1, type suggestion top-1
// and top-3 accuracy, key-term candidate precision and recall. --hold-out leaves a contract
// out of both the learning and the evaluation, as during development. Every draft must also
// pass the validator: a problem in one is reported and fails the run. --only measures one
// contract (learning from the others); --verbose lists the clauses where import and curated
// file part. Results: bench/IMPORT-RESULTS.md.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { parseContract } from "../../scripts/load/parse-contract.ts";
import { SOURCES_DIR } from "../../scripts/load/folders.ts";
import { Problems, formatProblem } from "../../scripts/validate/problems.ts";
import { compareWithSource } from "../../scripts/validate/validate-library.ts";
import { articleTypes, importDraft, keyTermHomes, learningExamples } from "../../scripts/import/import-draft.ts";
import { ROOT } from "../../test/support/build.ts";
import { add, measure, scores, spans, ZERO, type Counts } from "./measure.ts";

const { values: options } = parseArgs({
  options: { "hold-out": { type: "string", multiple: true, default: [] }, only: { type: "string" }, verbose: { type: "boolean", default: false } },
});
const heldOut = new Set(options["hold-out"]);

const { library, problems } = loadLibrary(ROOT);
if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
const unknown = [...heldOut].filter((slug) => !library.contracts.some((contract) => contract.slug === slug));
if (unknown.length) {
  console.error(`bench:import: --hold-out ${unknown.join(", ")}: no such contract — use a slug of contracts/`);
  process.exit(1);
}

const pool = library.contracts.filter((contract) => contract.status === "complete" && !heldOut.has(contract.slug));
const rows: { slug: string; counts: Counts }[] = [];
let invalid = 0;
const started = performance.now();
for (const curated of pool.filter((contract) => !options.only || contract.slug === options.only)) {
  const source = readFileSync(path.join(ROOT, SOURCES_DIR, curated.source), "utf8");
  const examples = learningExamples(
    pool.filter((contract) => contract.slug !== curated.slug),
    library.clauseTypes,
    curated.language,
  );
  const meta = { slug: curated.slug, vendor: curated.vendor, title: curated.title, documentType: curated.documentType, language: curated.language, jurisdiction: curated.jurisdiction, source: curated.source };
  const draft = importDraft(source, meta, examples, keyTermHomes(library.clauseTypes), articleTypes(library.clauseTypes));
  const draftProblems = new Problems();
  const parsed = parseContract(`contracts/${curated.slug}.md`, draft.markdown, draftProblems);
  // The draft against its source, word by word, as the validator checks it.
  for (const finding of compareWithSource(parsed, source)) draftProblems.add(finding.rule, parsed.file, finding.line, finding.message, finding.fix);
  const errors = draftProblems.list.filter((problem) => !problem.warning);
  if (errors.length) {
    invalid++;
    for (const problem of errors) console.error(`[draft of ${curated.slug}] ${formatProblem(problem)}`);
  }
  const candidates = parsed.frontMatter?.termSuggestions ?? {};
  const counts = measure(source, curated, parsed.clauses, candidates);
  rows.push({ slug: curated.slug, counts });
  if (options.verbose) explain(source, curated.clauses, parsed.clauses);
}
const seconds = (performance.now() - started) / 1000;

const percent = (value: number) => value.toFixed(3);
const line = (name: string, counts: Counts) => {
  const s = scores(counts);
  return `| ${name} | ${percent(s.boundary.precision)} | ${percent(s.boundary.recall)} | ${percent(s.boundary.f1)} | ${counts.types.matched} | ${percent(s.top1)} | ${percent(s.top3)} | ${percent(s.mainTop1)} | ${percent(s.mainTop3)} | ${percent(s.terms.precision)} | ${percent(s.terms.recall)} |`;
};
const total = rows.reduce((sum, row) => add(sum, row.counts), ZERO);
console.log(`Contracts: ${rows.map((row) => row.slug).join(", ")}${heldOut.size ? ` (held out: ${[...heldOut].join(", ")})` : ""}; ${seconds.toFixed(1)} s.\n`);
console.log("| contract | boundary P | boundary R | boundary F1 | clauses matched | top-1 | top-3 | main top-1 | main top-3 | key terms P | key terms R |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const row of rows) console.log(line(row.slug, row.counts));
console.log(line("**all**", total));
const all = scores(total);
const targets = [
  ["boundary F1 ≥ 0.95", all.boundary.f1 >= 0.95],
  ["top-1 ≥ 0.75", all.top1 >= 0.75],
  ["top-3 ≥ 0.9", all.top3 >= 0.9],
] as const;
console.log(`\nTargets: ${targets.map(([name, met]) => `${name} ${met ? "met" : "NOT met"}`).join("; ")}.`);
if (invalid) {
  console.error(`${invalid} draft${invalid === 1 ? "" : "s"} did not pass the validator (above).`);
  process.exit(1);
}

/** With --verbose: where the import's clauses and the curated ones part. */
function explain(source: string, gold: Parameters<typeof spans>[1], found: Parameters<typeof spans>[1]): void {
  const goldSpans = spans(source, gold);
  const foundSpans = spans(source, found);
  const starts = new Set(goldSpans.map((span) => span?.start));
  const ends = new Set(goldSpans.map((span) => span?.end));
  const foundStarts = new Set(foundSpans.map((span) => span?.start));
  const show = (clause: (typeof gold)[number]) => `${clause.heading ? `[${clause.heading}] ` : ""}${clause.text.replace(/\s+/g, " ").slice(0, 70)}`;
  found.forEach((clause, index) => {
    const span = foundSpans[index];
    if (!span || !starts.has(span.start) || !ends.has(span.end)) console.log(`  import only: ${show(clause)}`);
  });
  gold.forEach((clause, index) => {
    const span = goldSpans[index];
    if (!span || !foundStarts.has(span.start)) console.log(`  curated only: ${show(clause)}`);
  });
}
