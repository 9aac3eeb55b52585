// Indexes the built site with Pagefind's Node API: a build's after Eleventy's process has
// exited (scripts/cli/build.ts calls indexSite), each watch-mode build's in the background, so
// search always matches the pages. Only pages marked data-pagefind-body are
// indexed: the contract pages (one record per page; each clause heading is a sub-result,
// so results land on clauses), the clause type explanations, the glossary and the learning
// path. One record per page, not per clause: at 1,000 contracts, a record per clause made
// the index's metadata alone twice the first-search budget (see bench/RESULTS.md).
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { globSync } from "tinyglobby";
import type { EleventyConfig } from "./eleventy-types.ts";
import { LANGS } from "../model/vocabulary.ts";
import { searchablePagesGlob } from "../site/urls.ts";

export default function pagefindIndex(eleventyConfig: EleventyConfig): void {
  // In watch and serve mode the pages are served as soon as they are written and the index
  // catches up in the background, one run after another: indexing the whole site takes far
  // longer than rebuilding the pages of one edited contract.
  let background: Promise<void> = Promise.resolve();
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    if (runMode === "build") return;
    background = background.then(() => indexSite(directories.output)).catch((error: Error) => console.error(`[pagefind] ${error.message}`));
  });
}

export async function indexSite(output: string): Promise<void> {
  // Imported here: loading the module starts Pagefind's service, which would keep a failed
  // build's process alive.
  const pagefind = await import("pagefind");
  // Written beside the bundle and moved into place at the end: in watch mode the site keeps
  // its old search until the new one is complete.
  const bundleDir = path.join(output, "pagefind");
  const staging = path.join(output, "pagefind.staging");
  rmSync(staging, { recursive: true, force: true });
  const languages: Record<string, unknown> = {};
  let entry: { languages: Record<string, unknown> } | undefined;
  let count = 0;
  // One language at a time, each in a Pagefind service of its own: the service keeps
  // everything it indexed until it is closed, so the peak is the larger language's instead
  // of both together (at 1,000 contracts 2.6 GB instead of 3.4 GB). Each language has files
  // of its own in the bundle, the same as from one run for all; the entry file that lists
  // the languages is joined.
  for (const lang of LANGS) {
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
      // Page by page in sorted order, not addDirectory: Pagefind numbers the pages in the order
      // it receives them, and a directory walk follows the file system's order, which differs
      // between machines. Its parsing is no faster in parallel here (measured at 600 pages).
      const pages = globSync(searchablePagesGlob([lang]), { cwd: output }).sort();
      for (const page of pages) {
        const added = await index.addHTMLFile({ sourcePath: page, content: readFileSync(path.join(output, page), "utf8") });
        if (added.errors.length) throw new Error(`Pagefind could not index ${page}: ${added.errors.join("; ")}`);
      }
      const written = await index.writeFiles({ outputPath: staging });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      await flushed(staging);
      entry = JSON.parse(readFileSync(path.join(staging, ENTRY), "utf8")) as { languages: Record<string, unknown> };
      Object.assign(languages, entry.languages);
      count += pages.length;
    } finally {
      await pagefind.close();
    }
  }
  // In the order of one run for all languages (by name), so that the file is the same.
  const sorted = Object.fromEntries(Object.keys(languages).sort().map((lang) => [lang, languages[lang]]));
  writeFileSync(path.join(staging, ENTRY), JSON.stringify({ ...entry, languages: sorted }));
  rmSync(bundleDir, { recursive: true, force: true });
  renameSync(staging, bundleDir);
  console.log(`[pagefind] indexed ${count} pages`);
}

const ENTRY = "pagefind-entry.json";

/**
 * Waits until Pagefind's entry files have content. Its writeFiles can answer before the
 * last files are flushed; closing the service then once left pagefind.js empty in CI.
 * (Taking the files in memory with getFiles() instead ran out of heap at 1,000 contracts.)
 */
async function flushed(bundleDir: string): Promise<void> {
  const files = ["pagefind.js", ENTRY, "pagefind-worker.js"].map((name) => path.join(bundleDir, name));
  const size = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  for (let waited = 0; files.some((file) => size(file) === 0); waited += 100) {
    if (waited >= 30_000) throw new Error(`Pagefind did not finish writing ${files.filter((file) => size(file) === 0).join(", ")}`);
    await sleep(100);
  }
}
