// The templates without the indentation at the start of their lines: it keeps the templates readable, but a clause's partial is rendered 92,000
// times per language at 1,000 contracts, and the indentation was 3-6 % of the contract, clause
// type and checklist pages (some 35 MB). Line breaks stay, so no words run together; no
// template has a <pre> or <textarea>, where leading spaces would count.
// Page templates through Eleventy's preprocessor, the views and partials they include through
// Nunjucks' own loader event, which hands over each template's source as it is read. (The
// layout keeps its indentation: a few lines per page.)
import type { EleventyConfig } from "./eleventy-types.ts";

interface Loader {
  on(event: "load", listener: (name: string, source: { src: string }) => void): void;
}

export default function compactTemplates(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPreprocessor("compact-templates", "njk", (_data: unknown, content: string) => withoutIndentation(content));
  eleventyConfig.amendLibrary("njk", (environment: { loaders: Loader[] }) => {
    for (const loader of environment.loaders) loader.on("load", (_name, source) => (source.src = withoutIndentation(source.src)));
  });
}

export function withoutIndentation(template: string): string {
  return template.replace(/^[ \t]+/gm, "");
}
