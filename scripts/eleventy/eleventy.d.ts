// Eleventy ships no type declarations; these cover the plugins this project imports.
declare module "@11ty/eleventy" {
  import type { EleventyConfig } from "./eleventy-types.ts";
  type Plugin = (config: EleventyConfig, options?: Record<string, unknown>) => void;
  export const HtmlBasePlugin: Plugin;
}
