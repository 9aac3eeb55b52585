// Eleventy configuration: small local plugins, each with one job (scripts/eleventy/).
import { HtmlBasePlugin, IdAttributePlugin } from "@11ty/eleventy";
import filters from "./scripts/eleventy/filters.ts";
import pagefindIndex from "./scripts/eleventy/pagefind.ts";
import typescriptData from "./scripts/eleventy/typescript-data.ts";
import type { EleventyConfig } from "./scripts/eleventy/eleventy-types.ts";
import { slugify } from "./scripts/site/filters/slugify.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(typescriptData);
  eleventyConfig.addPlugin(filters);
  eleventyConfig.addPlugin(IdAttributePlugin, { slugify });
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(pagefindIndex);

  // Content is data, not templates: it reaches the pages through _data/site.ts.
  eleventyConfig.addWatchTarget("contracts/");
  eleventyConfig.addWatchTarget("clauses/");
  eleventyConfig.addPassthroughCopy({ "_includes/assets": "assets" });

  return {
    dir: { input: ".", includes: "_includes", data: "_data", output: "_site" },
    templateFormats: ["njk"],
    pathPrefix: process.env.PATH_PREFIX ?? "/",
  };
}
