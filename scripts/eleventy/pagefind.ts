// Indexes the built site with Pagefind's Node API after every build, watch-mode rebuilds
// included, so search always matches the pages.
import path from "node:path";
import type { EleventyConfig } from "./eleventy-types.ts";

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
      const written = await index.writeFiles({ outputPath: path.join(directories.output, "pagefind") });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      console.log(`[pagefind] indexed ${added.page_count} pages`);
    } finally {
      await pagefind.close();
    }
  });
}
