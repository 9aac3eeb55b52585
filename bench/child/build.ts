// Child process for one timed build: runs Eleventy through its programmatic API with the
// given config and output, and writes the phase times and its own peak memory as JSON.
// Phases: Eleventy (data, validation, templates, writing) ends at "afterBuild", which
// Eleventy emits just before "eleventy.after", where the Pagefind step runs.
//
// Usage: node --import tsx bench/child/build.ts <config> <output> <result.json>
import { writeFileSync } from "node:fs";

interface EleventyInstance {
  write(): Promise<unknown>;
}
type EleventyClass = new (
  input: string | undefined,
  output: string,
  options: { configPath: string; quietMode: boolean; source: string; config: (config: { on(event: string, handler: () => void): void }) => void },
) => EleventyInstance;

const [configPath, output, resultFile] = process.argv.slice(2);
if (!configPath || !output || !resultFile) throw new Error("usage: build.ts <config> <output> <result.json>");

const start = performance.now();
const { default: Eleventy } = (await import("@11ty/eleventy")) as unknown as { default: EleventyClass };
let written = Number.NaN;
const eleventy = new Eleventy(undefined, output, {
  configPath,
  // Not quiet: Eleventy then also prints its own benchmark of slow steps (templates, transforms) to the log.
  quietMode: false,
  // As the command line does: the output given here wins over the config's dir.output.
  source: "cli",
  config: (config) => config.on("afterBuild", () => void (written = performance.now())),
});
await eleventy.write();
const end = performance.now();

writeFileSync(
  resultFile,
  JSON.stringify({
    totalMs: end - start,
    eleventyMs: written - start,
    indexMs: end - written,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
