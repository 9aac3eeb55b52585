// Eleventy configuration: small local plugins, each with one job (scripts/eleventy/).
// No IdAttributePlugin: every heading that is linked to gets its id from the site model
// or its template. The plugin parses and re-serialises every page (posthtml) and cannot
// be limited to some pages; at 200 contracts that was 5.4 s of a 20.7 s build and 0.6 GB
// of memory, for nothing that the pages did not have already.
import path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import collectGarbage from "./scripts/eleventy/collect-garbage.ts";
import compactTemplates from "./scripts/eleventy/compact-templates.ts";
import devServerHost from "./scripts/eleventy/dev-server-host.ts";
import filters from "./scripts/eleventy/filters.ts";
import validatedLibrary from "./scripts/eleventy/library.ts";
import versionFilters from "./scripts/eleventy/version-filters.ts";
import pagefindIndex from "./scripts/eleventy/pagefind.ts";
import typescriptData from "./scripts/eleventy/typescript-data.ts";
import utf8Output from "./scripts/eleventy/utf8-output.ts";
import watchEdits from "./scripts/eleventy/watch-edits.ts";
import { repositoryFrom } from "./scripts/site/edit-link.ts";
import type { EleventyConfig } from "./scripts/eleventy/eleventy-types.ts";

export default function (eleventyConfig: EleventyConfig) {
  // Content is data, not templates: it reaches the pages through _data/site.ts, from the
  // library in LIBRARY_ROOT (default: this project), validated before anything is written.
  const library = process.env.LIBRARY_ROOT ?? ".";
  // A mistyped repository address stops the build here, with what is wrong, not as a stack trace from the data cascade.
  try {
    repositoryFrom(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  eleventyConfig.addPlugin(typescriptData);
  eleventyConfig.addPlugin(validatedLibrary, { root: path.resolve(library) });
  eleventyConfig.addPlugin(filters);
  eleventyConfig.addPlugin(compactTemplates);
  eleventyConfig.addPlugin(versionFilters);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(pagefindIndex);
  eleventyConfig.addPlugin(watchEdits);
  eleventyConfig.addPlugin(collectGarbage);
  eleventyConfig.addPlugin(devServerHost);
  // After every other transform (Eleventy runs them in the order they were added).
  eleventyConfig.addPlugin(utf8Output);

  eleventyConfig.addWatchTarget(path.join(library, "contracts/"));
  eleventyConfig.addWatchTarget(path.join(library, "clauses/"));
  eleventyConfig.addWatchTarget(path.join(library, "lessons/"));
  eleventyConfig.addPassthroughCopy({ "_includes/assets": "assets" });

  const pathPrefix = process.env.PATH_PREFIX ?? "/";
  // Crawlers read robots.txt only at the root of a host. A project site under a sub-path
  // cannot serve that file, and a copy under the sub-path would be read by nobody, so it is
  // not written; such a site relies on the robots meta of NOINDEX=true alone.
  if (pathPrefix.replaceAll("/", "") !== "") eleventyConfig.ignores.add("pages/robots.njk");

  return {
    dir: { input: ".", includes: "_includes", data: "_data", output: "_site" },
    templateFormats: ["njk"],
    pathPrefix,
  };
}
