// How the project runs Eleventy: the command and Node flags of `npm run build`
// (scripts/cli/build.ts) and `npm start` (package.json), which the benchmark runs too.
import path from "node:path";

// - A larger young generation, as a build allocates page after page of short-lived strings.
//   At 1,000 contracts our Eleventy step took 62 s with Node's default and 44 s with this.
// - A heap limit above the ~4 GB a 1,000-contract build once reached. Node's default limit here
//   is 4 GB; a watch-mode rebuild started close to it, where V8 shrinks the young generation and
//   scavenges every 20 ms (at 34 % of the time left for the program) until a full collection
//   frees the first build's pages. First rebuild after an edit: 2.6-2.9 s with the default,
//   1.5-1.7 s with 6 GB (1.8-2.4 s with 8 GB). The full build's peak memory is the same:
//   V8 still collects as the data needs, it is not pushed against the limit.
// - gc() for watch and serve mode, which collects a build's garbage right after it
//   (scripts/eleventy/collect-garbage.ts).
export const ELEVENTY_NODE_FLAGS = ["--max-semi-space-size=64", "--max-old-space-size=6144", "--expose-gc"];

const ELEVENTY_CLI = path.join("node_modules", "@11ty", "eleventy", "cmd.cjs");

/** The command line that runs Eleventy's CLI with these arguments, from the project root. */
export function eleventyCommand(args: readonly string[]): { command: string; args: string[] } {
  return { command: process.execPath, args: [...ELEVENTY_NODE_FLAGS, "--import", "tsx", ELEVENTY_CLI, ...args] };
}
