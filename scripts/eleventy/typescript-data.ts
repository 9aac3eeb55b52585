// Lets Eleventy read `_data/*.ts` (the process runs under tsx, which compiles on import).
// A data file exporting a function is called, as Eleventy does for JavaScript data files.
import { pathToFileURL } from "node:url";
import type { EleventyConfig } from "./eleventy-types.ts";

export default function typescriptData(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (filePath: string) => {
      // A fresh URL per build so that watch mode sees edits to the data file itself.
      const module = await import(`${pathToFileURL(filePath).href}?build=${Date.now()}`);
      const data = module.default;
      return typeof data === "function" ? await data() : data;
    },
  });
}
