// The fair baseline: our page set (the same URLs, the same number of pages, the same text,
// searchable where ours is, and our JSON and CSV files), as bench/baseline/extract-pages.ts
// took it from our build, rendered by bare Eleventy with one minimal layout and Pagefind's
// default search UI; bench/baseline/build.ts then indexes it with Pagefind's defaults.
//
// Run from the project root with BASELINE_INPUT set to the extracted folder.
import path from "node:path";
import type { EleventyConfig } from "../../scripts/eleventy/eleventy-types.ts";

interface BaselineConfig extends EleventyConfig {
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
}

const LAYOUT = `<!doctype html>
<html lang="{{ lang }}">
<head><meta charset="utf-8"><title>{{ title }}</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"></head>
<body>
<div id="search"></div>
<main{% if searchable %} data-pagefind-body{% endif %}>
{{ content | safe }}
</main>
<script src="/pagefind/pagefind-ui.js"></script>
<script>new PagefindUI({ element: "#search" });</script>
</body>
</html>
`;

export default function (eleventyConfig: BaselineConfig) {
  const input = process.env.BASELINE_INPUT;
  if (!input) throw new Error("fair.config.ts: set BASELINE_INPUT to the folder bench/baseline/extract-pages.ts wrote");
  eleventyConfig.addTemplate("_includes/baseline.njk", LAYOUT);
  eleventyConfig.addGlobalData("layout", "baseline.njk");
  eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), path.join(input, "files"))]: "/" });
  return {
    dir: { input: path.relative(process.cwd(), path.join(input, "pages")), includes: "_includes", output: "_site-baseline" },
    templateFormats: ["html"],
    // The pages are text, not templates.
    htmlTemplateEngine: false,
  };
}
