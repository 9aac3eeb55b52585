// The last transform: each page's output as UTF-8 bytes, which is what Eleventy writes. Eleventy
// keeps every page's output until the build ends; as a string it takes two bytes per character
// as soon as the page holds one character outside Latin-1 (a “ or – in a contract's wording
// does), as bytes about one. At 100 contracts: 75 MB of bytes instead of 155 MB of strings.
import type { EleventyConfig } from "./eleventy-types.ts";

export default function utf8Output(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("utf8-output", (content: string | Buffer) => (typeof content === "string" ? Buffer.from(content, "utf8") : content));
}
