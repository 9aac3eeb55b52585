// `npm start`'s loop: Eleventy in watch mode; saving an edit to one contract updates that
// contract's pages and leaves the other contracts' pages as they were; saving a lesson
// renders everything again.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/build.ts";
import { pageFile } from "../support/html.ts";

const library = mkdtempSync(path.join(tmpdir(), "dpa-watch-"));
for (const dir of ["contracts", "clauses", "lessons"]) cpSync(path.join(ROOT, dir), path.join(library, dir), { recursive: true });
const site = path.join(library, "_site");

const eleventy = spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--watch", `--output=${site}`], {
  cwd: ROOT,
  env: { ...process.env, LIBRARY_ROOT: library },
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
});
let log = "";
eleventy.stdout.on("data", (chunk) => (log += chunk));
eleventy.stderr.on("data", (chunk) => (log += chunk));

async function logged(pattern: RegExp, from = 0): Promise<void> {
  for (let waited = 0; !pattern.test(log.slice(from)); waited += 100) {
    if (waited > 120_000 || eleventy.exitCode !== null) throw new Error(`no ${pattern} in the watch log:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterAll(() => {
  if (eleventy.exitCode === null) process.kill(-eleventy.pid!, "SIGTERM");
});

describe("dev rebuild after editing one clause", () => {
  it("shows the new summary on the contract and its type page, and renders no other contract", async () => {
    await logged(/Watching…/);
    await logged(/\[pagefind\] indexed/);
    const read = (url: string) => readFileSync(pageFile(site, url), "utf8");
    const untouched = pageFile(site, "/contracten/belco/");
    const before = statSync(untouched).mtimeMs;

    const from = log.length;
    const file = path.join(library, "contracts/axiops.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("Overeenkomst tussen AxiOps en Voorbeeld B.V. en", "Overeenkomst tussen AxiOps en Voorbeeld B.V. (proefwijziging) en"));
    await logged(/\[site\] rebuilding the pages of axiops only[\s\S]*Wrote \d+ files/, from);

    expect(read("/contracten/axiops/")).toContain("(proefwijziging)");
    expect(read("/clausuletypen/roles/")).toContain("(proefwijziging)");
    expect(read("/api/contracts/axiops.json")).toContain("(proefwijziging)");
    expect(statSync(untouched).mtimeMs).toBe(before);
  });

  it("reports an invalid edit without a stack trace, writes nothing, and rebuilds once the file is fixed", async () => {
    const file = path.join(library, "contracts/axiops.md");
    const valid = readFileSync(file, "utf8");
    const outputs = [pageFile(site, "/contracten/axiops/"), path.join(site, "assets/site.css")];
    const mtimes = () => outputs.map((output) => statSync(output).mtimeMs);
    const before = mtimes();

    let from = log.length;
    writeFileSync(file, valid.replace('date: "2026-08-01"', 'date: "2026-02-30"'));
    await logged(/contracts\/axiops\.md:7: [\s\S]*Watching…/, from);
    const report = log.slice(from);
    expect(report).toContain('contracts/axiops.md:7: the front matter: "date" is "2026-02-30", must be a real calendar date');
    expect(report).not.toMatch(/^\S*\s+at /m);
    expect(report.match(/The library has 1 problem/g)).toHaveLength(1);
    expect(mtimes()).toEqual(before);

    from = log.length;
    writeFileSync(file, valid.replace('date: "2026-08-01"', 'date: "2026-02-28"'));
    await logged(/Wrote [1-9]\d* files/, from);
    expect(readFileSync(pageFile(site, "/contracten/axiops/"), "utf8")).toContain('<time datetime="2026-02-28">');
  });

  it("shows an edited lesson on its page and renders every page again", async () => {
    await logged(/Watching…/);
    const read = (url: string) => readFileSync(pageFile(site, url), "utf8");
    const contractPage = pageFile(site, "/contracten/belco/");
    const before = statSync(contractPage).mtimeMs;

    const from = log.length;
    const file = path.join(library, "lessons/data-breaches.md");
    writeFileSync(file, readFileSync(file, "utf8").replace('title: { nl: "Datalekken",', 'title: { nl: "Datalekken (proefwijziging)",'));
    await logged(/Wrote \d+ files/, from);

    expect(log.slice(from)).not.toContain("[site] rebuilding the pages of");
    expect(read("/leerroute/data-breaches/")).toContain("<h1>Datalekken (proefwijziging)</h1>");
    expect(read("/leerroute/")).toContain("Datalekken (proefwijziging)");
    expect(statSync(contractPage).mtimeMs).toBeGreaterThan(before);
  });
});
