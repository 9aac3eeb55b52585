// Loads and validates the library before each build, ahead of anything Eleventy writes (its
// passthrough copy runs alongside the data cascade, so validating in the data file was too
// late). The validated model is the global data `site` (_data/site.ts). With any problem the
// build prints the report, writes nothing and exits non-zero; a watch-mode rebuild prints it
// and keeps serving the last good build until the files are fixed.
// In watch mode, after an edit to contracts only, the pages to render are narrowed to the
// ones showing those contracts (scripts/site/rebuild-scope.ts).
import path from "node:path";
import { loadLibrary } from "../load/load-library.ts";
import { formatProblem, type Problem } from "../validate/problems.ts";
import { scopeToContracts } from "../site/rebuild-scope.ts";
import { buildSiteModel, type SiteModel } from "../site/site-model.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { takeChangedFiles } from "./watch-edits.ts";

/** The last complete model, to compare an edit with; reset by a failed load. */
let previous: { root: string; model: SiteModel } | undefined;
/** What this build renders: set before each build, undefined after a failed load. */
let current: SiteModel | undefined;
/** Whether a build has started in this process: Eleventy ends the process when its first build fails, watch mode or not. */
let started = false;

export default function validatedLibrary(eleventyConfig: EleventyConfig, { root }: { root: string }): void {
  eleventyConfig.on("eleventy.before", async ({ runMode }) => {
    const first = !started;
    started = true;
    const { model, problems } = loadSite(root, takeChangedFiles());
    current = model;
    if (!problems.length) return;
    const report = problems.map(formatProblem).join("\n");
    const count = `${problems.length} problem${problems.length === 1 ? "" : "s"}`;
    if (runMode === "build" || first) {
      // A thrown error Eleventy prints twice, each time with its stack trace, and exits. The
      // report alone instead, and exit before Eleventy writes anything; once stderr has taken
      // the report, as a pipe may write it later.
      process.exitCode = 1;
      process.stderr.write(`${report}\nThe library has ${count}; nothing was built.\n`, () => process.exit());
      return new Promise<never>(() => {});
    }
    console.error(report);
    // Eleventy prints the message under "Problem writing Eleventy templates", shows it in the
    // browser, and keeps watching; its stack trace would say nothing about the content.
    throw Object.assign(new Error(`The library has ${count} (listed above); nothing was rebuilt. Save the fixed files to rebuild.`), { skipOriginalStack: true });
  });
}

/** The validated site model of this build, for _data/site.ts. */
export function validatedSite(): SiteModel {
  if (!current) throw new Error("the library is loaded before each build (scripts/eleventy/library.ts); is the plugin missing from eleventy.config.ts?");
  return current;
}

/**
 * The contracts edited, when every changed file is a contract's Markdown; otherwise undefined,
 * and everything is rendered: a clause type, a lesson or lessons/sources.yaml shows on pages
 * all over the site.
 */
function editedContracts(root: string, model: SiteModel, changedFiles: readonly string[]): Set<string> | undefined {
  const slugByFile = new Map(model.contracts.map((contract) => [path.resolve(root, contract.file), contract.slug]));
  const slugs = changedFiles.map((file) => slugByFile.get(path.resolve(file)));
  return slugs.every((slug) => slug !== undefined) ? new Set(slugs) : undefined;
}

function loadSite(root: string, changedFiles?: readonly string[]): { model?: SiteModel; problems: Problem[] } {
  const { library, problems, warnings } = loadLibrary(root);
  // What a draft still lacks and what a new version still needs reviewed do not stop the build; the author sees them at every build.
  if (warnings.length) console.warn(`${warnings.map(formatProblem).join("\n")}\n${warnings.length} warning${warnings.length === 1 ? "" : "s"}: the library is built (drafts with a “Concept” badge until complete); review what they name.`);
  if (problems.length) {
    previous = undefined;
    return { problems };
  }
  const model = buildSiteModel(library);
  const last = previous?.root === root ? previous.model : undefined;
  previous = { root, model };
  const edited = last && changedFiles?.length ? editedContracts(root, model, changedFiles) : undefined;
  const scoped = last && edited ? scopeToContracts(last, model, edited) : undefined;
  if (scoped) console.log(`[site] rebuilding the pages of ${[...edited!].join(", ")} only`);
  // Frozen, because Eleventy's data cascade deep-copies a plain object into every template's
  // data (down to each contract) and hands a frozen one on as it is: 0.4 s per rebuild at 1,000 contracts.
  return { model: Object.freeze(scoped ?? model), problems };
}
