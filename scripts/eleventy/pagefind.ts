// Indexes the built site with Pagefind's Node API after every build, watch-mode rebuilds
// included, so search always matches the pages: every clause as its own record (see
// scripts/site/search-records.ts), plus the pages marked data-pagefind-body (clause type
// explanations, glossary, learning path).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
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
      // The files are taken from Pagefind and written here: its own writeFiles can answer
      // before every file is flushed, and closing the service then left pagefind.js empty.
      const bundle = await index.getFiles();
      if (bundle.errors.length) throw new Error(`Pagefind could not produce its index: ${bundle.errors.join("; ")}`);
      const bundleDir = path.join(directories.output, "pagefind");
      rmSync(bundleDir, { recursive: true, force: true });
      for (const file of bundle.files) {
        const target = path.join(bundleDir, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.content);
      }
      console.log(`[pagefind] indexed ${added.page_count} pages and ${records.length} clause records`);
    } finally {
      await pagefind.close();
    }
  });
}
