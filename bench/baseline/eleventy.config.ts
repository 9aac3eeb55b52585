// The bare baseline: the same contract Markdown through Eleventy with nothing of ours, to
// show what our pipeline costs on top of the minimum. contracts/*.md become plain pages
// (markdown-it defaults; the `::: clause` markers and YAML annotations render as ordinary
// text and code), wrapped in a minimal page with Pagefind's default search UI, then
// indexed by Pagefind with its defaults.
//
// Run from the project root with LIBRARY_ROOT set to the library to build.
import path from "node:path";
import type { EleventyConfig } from "../../scripts/eleventy/eleventy-types.ts";

interface BaselineConfig extends EleventyConfig {
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
}

const LAYOUT = `<!doctype html>
<html lang="{{ language or 'nl' }}">
<head><meta charset="utf-8"><title>{{ vendor }}: {{ title }}</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"></head>
<body>
<div id="search"></div>
<main data-pagefind-body>{{ content | safe }}</main>
<script src="/pagefind/pagefind-ui.js"></script>
<script>new PagefindUI({ element: "#search" });</script>
</body>
</html>
`;

export default function (eleventyConfig: BaselineConfig) {
  eleventyConfig.addTemplate("_includes/baseline.njk", LAYOUT);
  eleventyConfig.addGlobalData("layout", "baseline.njk");
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
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

  const root = process.env.LIBRARY_ROOT ?? process.cwd();
  return {
    dir: { input: path.relative(process.cwd(), path.join(root, "contracts")) || ".", includes: "_includes", output: "_site-baseline" },
    templateFormats: ["md"],
    // Every contract page uses the minimal layout; front matter stays page data as Eleventy reads it.
    markdownTemplateEngine: false,
  };
}
