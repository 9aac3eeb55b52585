// The naive baseline: the same contract Markdown through Eleventy with nothing of ours.
// contracts/*.md become plain pages (markdown-it defaults; the `::: clause` markers and YAML
// annotations render as ordinary text and code), one per contract, wrapped in a minimal page
// with Pagefind's default search UI; bench/baseline/build.ts then indexes them with Pagefind's
// defaults. A different page set from ours (1,000 pages where we have 11,000): the fair
// baseline is fair.config.ts; this one is kept to compare with earlier runs.
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

  const root = process.env.LIBRARY_ROOT ?? process.cwd();
  return {
    dir: { input: path.relative(process.cwd(), path.join(root, "contracts")) || ".", includes: "_includes", output: "_site-baseline" },
    templateFormats: ["md"],
    // Every contract page uses the minimal layout; front matter stays page data as Eleventy reads it.
    markdownTemplateEngine: false,
  };
}
