// The fixture scenario end to end, without the site: npm run new-version's work on a copy of
// the library, what it carries over and marks, what the validator then reports, and the
// alignment of the reviewed version with the previous one (test/fixtures/versions/review.ts).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import type { Clause, Contract } from "../../scripts/model/types.ts";
import { formatProblem } from "../../scripts/validate/problems.ts";
import { versionChanges } from "../../scripts/versions/changes.ts";
import { contractJson } from "../../scripts/build/export.ts";
import { ContractExport, LibraryExport } from "../../scripts/model/export-schema.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { ROOT } from "../support/build.ts";
import { editedLibrary } from "../support/fixture-library.ts";
import { newVersionLibrary, reviewedLibrary } from "../support/versioned-library.ts";
import { NEW_SOURCE, NEW_VERSION } from "../fixtures/versions/review.ts";

const before = loadLibrary(ROOT).library.contracts.find((contract) => contract.slug === "axiops")!;
const { root, plan } = newVersionLibrary();
const loaded = loadLibrary(root);
const axiops = (contracts: Contract[]) => contracts.find((contract) => contract.slug === "axiops")!;
const name = (clause: Clause) => clause.number ?? clause.id;

/** A clause's annotation as written, without the fields a new version may change. */
function annotation(file: string, clause: Clause): string {
  const lines = readFileSync(file, "utf8").split("\n");
  const yaml = lines.slice(clause.line + 1, lines.indexOf("```", clause.line + 1));
  return yaml.filter((line) => !/^(number|id|review):/.test(line)).join("\n");
}

describe("npm run new-version on the fixture scenario", () => {
  it("keeps the previous version, unchanged, as an older version, and names it in the new one", () => {
    expect(plan.move).toEqual({ from: "contracts/axiops.md", to: "contracts/axiops/versions/1-0.md" });
    expect(readFileSync(path.join(root, "contracts/axiops/versions/1-0.md"), "utf8")).toBe(readFileSync(path.join(ROOT, "contracts/axiops.md"), "utf8"));
    const latest = axiops(loaded.library.contracts);
    expect([latest.version, latest.date, latest.supersedes, latest.source]).toEqual(["1.1", "2026-10-01", "1.0", "axiops-verwerkersovereenkomst-1.1.txt"]);
    expect(loaded.library.versions.axiops!.map((contract) => contract.version)).toEqual(["1.0"]);
  });

  it("carries over the annotation of every clause whose wording is unchanged, without a review mark", () => {
    const latest = axiops(loaded.library.contracts);
    const byText = new Map(before.clauses.map((clause) => [clause.text, clause]));
    const kept = latest.clauses.filter((clause) => byText.has(clause.text));
    expect(kept.length).toBe(before.clauses.length - 3);
    for (const clause of kept) {
      expect(clause.review, name(clause)).toBeUndefined();
      expect(annotation(path.join(root, "contracts/axiops.md"), clause), name(clause)).toBe(annotation(path.join(ROOT, "contracts/axiops.md"), byText.get(clause.text)!));
    }
    // The renumbered clause has its new number and anchor.
    expect(latest.clauses.find((clause) => clause.text.startsWith("Bijstand die verder gaat"))).toMatchObject({ number: "7.3", id: "art-7-3" });
  });

  it("gives the added clause the import's suggested types, ranked with scores and unconfirmed", () => {
    const clause = axiops(loaded.library.contracts).clauses.find((clause) => clause.number === "6.5")!;
    expect(clause.types).toEqual([]);
    const suggestions = clause.suggestedTypes!;
    // 6.5: AxiOps tests its breach notification procedure every year.
    expect(suggestions[0]!.type).toBe("breach-notification");
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions.map((suggestion) => suggestion.score)).toEqual([...suggestions.map((suggestion) => suggestion.score)].sort((a, b) => b - a));
    for (const { score } of suggestions) expect(score).toBeGreaterThan(0);
    expect(plan.writes[0]!.text).toContain(`number: "6.5"\nreview: added\nsuggestedTypes: [{type: breach-notification, score: ${suggestions[0]!.score}}`);
    expect(plan.report).toContainEqual(expect.stringMatching(/^added: 6\.5 — suggested types breach-notification \d\.\d\d, .*to confirm; no summary yet \(review: added\)$/));
    // Only the added clause: a changed or unchanged one keeps its confirmed types.
    expect(axiops(loaded.library.contracts).clauses.filter((clause) => clause.suggestedTypes).map((clause) => clause.number)).toEqual(["6.5"]);
  });

  it("marks the changed and split clauses with the previous annotation, and the added one without, for review", () => {
    const latest = axiops(loaded.library.contracts);
    expect(latest.clauses.filter((clause) => clause.review).map((clause) => `${name(clause)} ${clause.review} ${clause.types.join(",")}`)).toEqual([
      "3.3 c changed controller-obligations,liability",
      "3.3 d changed controller-obligations,liability",
      "6.1 changed breach-notification",
      "6.5 added ",
    ]);
    expect(latest.clauses.find((clause) => clause.number === "6.5")!.summary).toBeUndefined();
    expect(plan.report).toContain('removed: 7.3 ("AxiOps verleent Opdrachtgever daarnaast redelijke bijstan…")');
  });

  it("leaves the library to be reviewed: warnings for the marks, errors for what no longer holds", () => {
    // Lines aside: they move with every annotation of the real AxiOps; the review fixture in test/fixtures/bad-inputs.ts pins them.
    expect(loaded.warnings.map(formatProblem).map((line) => line.replace(/ — .*/, "").replace(/^([^:]+):\d+:/, "$1:"))).toEqual([
      'contracts/axiops.md: warning: key term "breachNotificationDeadline" still needs review: the clause it cites changed in this version',
      'contracts/axiops.md: warning: key term "breachClockStart" still needs review: the clause it cites changed in this version',
      "contracts/axiops.md: warning: clause 3.3 c still needs review: its wording changed since the previous version, and its annotation is the previous version's",
      "contracts/axiops.md: warning: clause 3.3 d still needs review: its wording changed since the previous version, and its annotation is the previous version's",
      "contracts/axiops.md: warning: clause 6.1 still needs review: its wording changed since the previous version, and its annotation is the previous version's",
      expect.stringMatching(/^contracts\/axiops\.md: warning: clause 6\.5 is new in this version and has no confirmed type \(suggested: breach-notification \d\.\d\d, .*\) and no summary$/),
    ]);
    expect(loaded.problems.map((problem) => `${problem.file} ${problem.rule}`)).toEqual([
      "contracts/axiops.md term-wording",
      "contracts/axiops.md term-wording",
      "lessons/data-breaches.md exercise-check",
    ]);
  });

  it("exports the added clause as still to review, without types or summary but with its suggestions, as the export's schemas allow only for such a clause", () => {
    const model = buildSiteModel(loaded.library);
    const own = ContractExport.parse(JSON.parse(contractJson(axiops(loaded.library.contracts), model.criteria)));
    expect(own.clauses.find((clause) => clause.number === "6.5")!.suggestedTypes?.[0]?.type).toBe("breach-notification");
    expect(own.clauses.filter((clause) => clause.review).map((clause) => `${clause.number} ${clause.review} ${clause.types.length} ${Object.keys(clause.summary).length}`)).toEqual([
      "3.3 c changed 2 2",
      "3.3 d changed 2 2",
      "6.1 changed 1 2",
      "6.5 added 0 0",
    ]);
    const unmarked = { ...own, clauses: own.clauses.map(({ review: _review, ...clause }) => clause) };
    expect(ContractExport.safeParse(unmarked).error?.issues.map((issue) => issue.path.join("."))).toEqual([`clauses.${own.clauses.findIndex((clause) => clause.number === "6.5")}`]);
    // library.json's index marks it too: its types are empty.
    const index = LibraryExport.parse(JSON.parse(model.libraryJson));
    const entry = index.contracts.find((contract) => contract.slug === "axiops")!;
    expect(entry.clauses.find((clause) => clause.id === "art-6-5")).toMatchObject({ types: [], review: "added" });
  });

  it("once reviewed, validates cleanly and differs from the previous version in exactly the scenario's ways", () => {
    const { library, problems, warnings } = loadLibrary(reviewedLibrary());
    expect([...problems, ...warnings].map(formatProblem)).toEqual([]);
    const changes = versionChanges(library.versions.axiops![0]!, axiops(library.contracts));
    expect(changes.clauses.map((change) => `${change.kinds.join("+")}: ${change.before.map(name).join(" + ")} → ${change.after.map(name).join(" + ")}`)).toEqual([
      "split: 3.3 c → 3.3 c + 3.3 d",
      "changed: 6.1 → 6.1",
      "added:  → 6.5",
      "removed: 7.3 → ",
      "renumbered: 7.4 → 7.3",
      "moved: bijlage-3-logging → bijlage-3-logging",
    ]);
    expect(changes.unchanged).toBe(before.clauses.length - 5);
    expect(changes.terms.map((term) => `${term.name}: ${JSON.stringify(term.before.value)} → ${JSON.stringify(term.after.value)}`)).toEqual([
      'breachNotificationDeadline: {"amount":48,"unit":"hours"} → {"amount":72,"unit":"hours"}',
      'breachClockStart: "na ontdekking" → "na ontdekking"',
    ]);
    expect(changes.clauses[1]!.diff!.filter((part) => part.kind !== "same")).toEqual([
      { kind: "deleted", text: "48" },
      { kind: "inserted", text: "72" },
    ]);
  });
});

describe("npm run import -- --new-version, the same command", () => {
  const run = (script: string, args: string[]) => spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, encoding: "utf8" });
  const files = (library: string) => readdirSync(path.join(library, "contracts"), { recursive: true }).map(String).sort();
  const read = (library: string, file: string) => readFileSync(path.join(library, file), "utf8");
  const args = [NEW_SOURCE, "--date", NEW_VERSION.date, "--version", NEW_VERSION.version];

  it("writes exactly what npm run new-version writes, and says the same", () => {
    const viaImport = editedLibrary([], ROOT);
    const viaNewVersion = editedLibrary([], ROOT);
    const imported = run("scripts/cli/import.ts", ["--new-version", "axiops", ...args, "--root", viaImport]);
    const direct = run("scripts/cli/new-version.ts", ["axiops", ...args, "--root", viaNewVersion]);
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe(direct.stdout);
    expect(imported.stdout).toMatch(/^- added: 6\.5 — suggested types breach-notification /m);
    expect(files(viaImport)).toEqual(files(viaNewVersion));
    for (const file of files(viaImport).filter((name) => name.endsWith(".md") || name.endsWith(".txt"))) expect(read(viaImport, `contracts/${file}`), file).toBe(read(viaNewVersion, `contracts/${file}`));
    // The version the tests above examine: the added clause with its suggestions.
    expect(read(viaImport, "contracts/axiops.md")).toBe(plan.writes[0]!.text);
  });

  it("refuses a request without its source or date, saying how to give it, and writes nothing", () => {
    const library = editedLibrary([], ROOT);
    const before = files(library);
    const noSource = run("scripts/cli/import.ts", ["--new-version", "axiops", "--root", library]);
    expect(noSource.status).toBe(1);
    expect(noSource.stderr).toContain("usage: npm run import -- --new-version <slug> <new source .txt> --date YYYY-MM-DD");
    const noDate = run("scripts/cli/import.ts", ["--new-version", "axiops", NEW_SOURCE, "--root", library]);
    expect(noDate.status).toBe(1);
    expect(noDate.stderr).toContain("give the new version's date as --date YYYY-MM-DD");
    for (const result of [noSource, noDate]) expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(files(library)).toEqual(before);
  });
});
