// `npm run build [-- Eleventy's options]`: Eleventy writes the site, then, once its process has
// exited, Pagefind indexes it. Indexed from Eleventy's own eleventy.after event instead, the
// search index was built while Eleventy's process still held everything it had rendered (it
// keeps each page until the build ends): the two peaks added up (bench/FINDINGS.md).
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { indexSite } from "../eleventy/pagefind.ts";
import { eleventyCommand } from "./eleventy-command.ts";

const args = process.argv.slice(2);
// The output folder Eleventy is given, else the one eleventy.config.ts names.
const { values } = parseArgs({ args, options: { output: { type: "string" } }, strict: false });
const output = typeof values.output === "string" ? values.output : "_site";

const { command, args: eleventyArgs } = eleventyCommand(["--config=eleventy.config.ts", ...args]);
const eleventy = spawnSync(command, eleventyArgs, { stdio: "inherit" });
// A library with problems: Eleventy has printed the report and written nothing; nor do we.
if (eleventy.status !== 0) process.exit(eleventy.status ?? 1);
await indexSite(output);
