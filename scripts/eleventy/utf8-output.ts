// The last transform of a build: each page's output as UTF-8 bytes, which is what Eleventy
// writes. Eleventy keeps every page's output until the build ends; as a string it takes two
// bytes per character as soon as the page holds one character outside Latin-1 (a “ or – in a
// contract's wording does), as bytes about one. At 100 contracts: 75 MB of bytes instead of
// 155 MB of strings; at 2,000 contracts `npm start` ran out of its 6 GB heap without it.
// In watch and serve mode, a page whose own template was edited stays text: the dev server
// patches the page open in the browser in place with that text. (After any other edit, to
// content, a partial or the layout, it reloads the page instead.)
import type { EleventyConfig } from "./eleventy-types.ts";

export default function utf8Output(eleventyConfig: EleventyConfig): void {
  let editedTemplates = new Set<string>();
  eleventyConfig.on("eleventy.beforeWatch", (files: readonly string[]) => {
    editedTemplates = new Set(files);
  });
  eleventyConfig.addTransform("utf8-output", function (content) {
    if (typeof content !== "string" || editedTemplates.has(this.page.inputPath)) return content;
    return Buffer.from(content, "utf8");
  });
}
