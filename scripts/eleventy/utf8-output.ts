// The last transform of a build: each page's output as UTF-8 bytes, which is what Eleventy
// writes. Eleventy keeps every page's output until the build ends; as a string it takes two
// bytes per character as soon as the page holds one character outside Latin-1 (a “ or – in a
// contract's wording does), as bytes about one. At 100 contracts: 75 MB of bytes instead of
// 155 MB of strings. Not in watch and serve mode: the dev server sends a rebuilt page's
// content to the browser to patch the page in place, as text.
import type { EleventyConfig } from "./eleventy-types.ts";

export default function utf8Output(eleventyConfig: EleventyConfig): void {
  // Set by Eleventy before it reads the configuration: build, watch or serve.
  if (process.env.ELEVENTY_RUN_MODE !== "build") return;
  eleventyConfig.addTransform("utf8-output", (content: string | Buffer) => (typeof content === "string" ? Buffer.from(content, "utf8") : content));
}
