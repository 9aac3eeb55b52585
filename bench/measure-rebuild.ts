// The dev loop: Eleventy in watch mode on the synthetic library; after the first build,
// one clause summary in one contract is edited and we time until the rebuild has written
// its files ("Wrote N files"), and until the search index, which watch mode rebuilds in
// the background, has caught up ("[pagefind] indexed").
//
// The library must be outside the project folder: Eleventy's watcher ignores git-ignored
// paths (bench/out/). The project's config watches LIBRARY_ROOT's contracts/ and clauses/.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { eleventyCommand } from "../scripts/cli/eleventy-command.ts";
import { PROJECT_ROOT } from "./run-child.ts";

export interface Rebuild {
  /** From saving the file to "Wrote N files". */
  ms: number;
  /** From saving the file to the background Pagefind step's "[pagefind] indexed" line. */
  untilIndexedMs: number;
  firstBuildMs: number;
  file: string;
  /** Rebuilds started by other files changing meanwhile (other people editing the project). */
  disturbed: boolean;
}

const SETTLE_MS = 3000;

export async function measureRebuild(libraryRoot: string, contractFile: string, output: string, config: string, logFile: string, attempts = 3): Promise<Rebuild> {
  const { command, args } = eleventyCommand([`--config=${config}`, "--watch", "--quiet", `--output=${output}`]);
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, LIBRARY_ROOT: libraryRoot }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  mkdirSync(path.dirname(logFile), { recursive: true });
  const lines: { at: number; text: string }[] = [];
  let pending = "";
  const onData = (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split("\n");
    pending = parts.pop()!;
    for (const text of parts) lines.push({ at: performance.now(), text });
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const start = performance.now();
  try {
    await waitFor(() => lines.some((line) => /Watching…/.test(line.text)), 30 * 60_000, child, lines);
    // The first build's search index, so that indexing does not compete with the rebuild measured.
    await waitFor(() => lines.some((line) => /\[pagefind\] indexed/.test(line.text)), 30 * 60_000, child, lines);
    const firstBuildMs = lines.find((line) => /Wrote \d+ files/.test(line.text))!.at - start;
    const file = path.join(libraryRoot, contractFile);
    let last: Rebuild | undefined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      await waitForSilence(lines, SETTLE_MS);
      const from = lines.length;
      const edited = performance.now();
      editSummary(file, attempt);
      await waitFor(() => lines.slice(from).some((line) => /Wrote \d+ files/.test(line.text)), 30 * 60_000, child, lines);
      const after = lines.slice(from);
      const failed = after.find((line) => /Problem writing|Wrote 0 files/.test(line.text));
      if (failed) throw new Error(`bench: the rebuild after the edit failed:\n${after.map((line) => line.text).join("\n").slice(0, 3000)}`);
      const wrote = after.find((line) => /Wrote \d+ files/.test(line.text))!;
      await waitFor(() => lines.slice(from).some((line) => /\[pagefind\] indexed/.test(line.text)), 30 * 60_000, child, lines);
      const indexed = lines.slice(from).find((line) => /\[pagefind\] indexed/.test(line.text))!;
      const changed = after.filter((line) => /File (changed|added|deleted)/.test(line.text));
      const disturbed = changed.some((line) => !line.text.includes(path.basename(file)));
      last = { ms: wrote.at - edited, untilIndexedMs: indexed.at - edited, firstBuildMs, file: contractFile, disturbed };
      if (!disturbed) return last;
    }
    return last!;
  } finally {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
    writeFileSync(logFile, lines.map((line) => `${(line.at - start).toFixed(0).padStart(8)} ms  ${line.text}`).join("\n"));
  }
}

/** Appends a word to the Dutch summary of the contract's first clause, editing its YAML annotation in place. */
function editSummary(file: string, attempt: number): void {
  const text = readFileSync(file, "utf8");
  const start = text.indexOf("```yaml\n");
  const end = text.indexOf("\n```", start + 8);
  if (start < 0 || end < 0) throw new Error(`bench: no clause annotation to edit in ${file}`);
  const annotation = parseDocument(text.slice(start + 8, end));
  const summary = annotation.getIn(["summary", "nl"]);
  if (typeof summary !== "string") throw new Error(`bench: the first clause in ${file} has no Dutch summary`);
  annotation.setIn(["summary", "nl"], `${summary} (bewerkt ${attempt + 1})`);
  writeFileSync(file, `${text.slice(0, start + 8)}${annotation.toString({ lineWidth: 110 }).trimEnd()}${text.slice(end)}`);
}

async function waitFor(done: () => boolean, timeoutMs: number, child: { exitCode: number | null; signalCode: string | null }, lines: { text: string }[]): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!done()) {
    // Killed by a signal (out of memory, say), a process has a signalCode and no exitCode.
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`bench: eleventy --watch exited (${child.exitCode ?? child.signalCode}):\n${lines.slice(-30).map((line) => line.text).join("\n")}`);
    if (performance.now() > until) throw new Error("bench: timed out waiting for eleventy --watch");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the watcher has printed nothing for `quietMs`: no rebuild is running. */
async function waitForSilence(lines: { at: number }[], quietMs: number): Promise<void> {
  for (;;) {
    const last = lines.at(-1)?.at ?? 0;
    const wait = last + quietMs - performance.now();
    if (wait <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
