// Remembers which files changed before a watch-mode rebuild, so that loading the library
// (scripts/eleventy/library.ts) can tell a contract edit from anything else.
import type { EleventyConfig } from "./eleventy-types.ts";

let changed: readonly string[] | undefined;

export default function watchEdits(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.beforeWatch", (files: readonly string[]) => {
    changed = files;
  });
}

/** The files changed since the last build, once; undefined for a first or full build. */
export function takeChangedFiles(): readonly string[] | undefined {
  const files = changed;
  changed = undefined;
  return files;
}
