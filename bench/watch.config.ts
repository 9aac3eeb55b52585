// The project's Eleventy configuration plus watch targets in the synthetic library. The
// project watches contracts/ and clauses/ relative to the working directory, which is the
// real library; the benchmark's library lives elsewhere (LIBRARY_ROOT), so the dev-rebuild
// measurement adds its folders here instead of changing eleventy.config.ts.
import path from "node:path";
import projectConfig from "../eleventy.config.ts";
import type { EleventyConfig } from "../scripts/eleventy/eleventy-types.ts";

export default function (eleventyConfig: EleventyConfig) {
  const result = projectConfig(eleventyConfig);
  const root = process.env.LIBRARY_ROOT;
  if (root) {
    eleventyConfig.addWatchTarget(path.join(root, "contracts/"));
    eleventyConfig.addWatchTarget(path.join(root, "clauses/"));
  }
  return result;
}
