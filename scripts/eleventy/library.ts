// The library as Eleventy global data (`site`), validated first: with any problem the
// build prints the report, stops and publishes nothing. This is the build's only validation.
// In watch mode, after an edit to contracts only, the pages to render are narrowed to the
// ones showing those contracts (scripts/site/rebuild-scope.ts).
import path from "node:path";
import { loadLibrary } from "../load/load-library.ts";
import { formatProblem, type Problem } from "../validate/problems.ts";
import { scopeToContracts } from "../site/rebuild-scope.ts";
import { buildSiteModel, type SiteModel } from "../site/site-model.ts";

export class ValidationFailed extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The library has ${problems.length} problem${problems.length === 1 ? "" : "s"} (listed above); nothing was built.`);
  }
}

/** The last complete model, to compare an edit with; reset by a failed load. */
let previous: { root: string; model: SiteModel } | undefined;

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

export function loadSite(root: string = process.cwd(), changedFiles?: readonly string[]): SiteModel {
  const { library, problems } = loadLibrary(root);
  if (problems.length) {
    previous = undefined;
    // Printed here, once: Eleventy repeats an error's message in its stack trace.
    console.error(problems.map(formatProblem).join("\n"));
    throw new ValidationFailed(problems);
  }
  const model = buildSiteModel(library);
  const last = previous?.root === root ? previous.model : undefined;
  previous = { root, model };
  const edited = last && changedFiles?.length ? editedContracts(root, model, changedFiles) : undefined;
  const scoped = last && edited ? scopeToContracts(last, model, edited) : undefined;
  if (scoped) console.log(`[site] rebuilding the pages of ${[...edited!].join(", ")} only`);
  // Frozen, because Eleventy's data cascade deep-copies a plain object into every template's
  // data (down to each contract) and hands a frozen one on as it is: 0.4 s per rebuild at 1,000 contracts.
  return Object.freeze(scoped ?? model);
}
