// Indexes the built site with Pagefind's Node API after every build, watch-mode rebuilds
// included, so search always matches the pages: every clause as its own record (see
// scripts/site/search-records.ts), plus the pages marked data-pagefind-body (clause type
// explanations, glossary, learning path).
import { rmSync, statSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import type { EleventyConfig } from "./eleventy-types.ts";
import { lastSite } from "./library.ts";
import { searchRecords } from "../site/search-records.ts";

export default function pagefindIndex(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    // Imported here: loading the module starts Pagefind's service, which would keep a failed
    // build's process alive.
    const pagefind = await import("pagefind");
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
      const added = await index.addDirectory({ path: directories.output });
      if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
      const records = searchRecords(lastSite());
      for (const record of records) {
        const result = await index.addCustomRecord(record);
        if (result.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join("; ")}`);
      }
      const bundleDir = path.join(directories.output, "pagefind");
      rmSync(bundleDir, { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: bundleDir });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      await flushed(bundleDir);
      console.log(`[pagefind] indexed ${added.page_count} pages and ${records.length} clause records`);
    } finally {
      await pagefind.close();
    }
  });
}

/**
 * Waits until Pagefind's entry files have content. Its writeFiles can answer before the
 * last files are flushed; closing the service then once left pagefind.js empty in CI.
 * (Taking the files in memory with getFiles() instead ran out of heap at 1,000 contracts.)
 */
async function flushed(bundleDir: string): Promise<void> {
  const files = ["pagefind.js", "pagefind-entry.json", "pagefind-ui.js"].map((name) => path.join(bundleDir, name));
  const size = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  for (let waited = 0; files.some((file) => size(file) === 0); waited += 100) {
    if (waited >= 30_000) throw new Error(`Pagefind did not finish writing ${files.filter((file) => size(file) === 0).join(", ")}`);
    await sleep(100);
  }
}
