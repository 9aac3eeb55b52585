// In watch and serve mode, collects a build's garbage right after it, while nobody is waiting,
// instead of in the next rebuild. Eleventy keeps every page it rendered until the build ends;
// at 1,000 contracts the first build leaves gigabytes of them, and the first rebuild after an
// edit spent a second collecting them (in-process: 2.75 s instead of 1.4 s). A moment after the
// build, so that the browser has been told to reload first. `gc` is there with --expose-gc
// (scripts/cli/eleventy-command.ts, package.json's start); without it V8 collects as before.
import type { EleventyConfig } from "./eleventy-types.ts";

export default function collectGarbage(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", ({ runMode }) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (runMode === "build" || !gc) return;
    setTimeout(gc, 200).unref();
  });
}
