// The library as Eleventy global data (`site`), validated first: with any problem the
// build stops and publishes nothing.
import { loadLibrary } from "../load/load-library.ts";
import { formatProblem, type Problem } from "../validate/problems.ts";
import { buildSiteModel, type SiteModel } from "../site/site-model.ts";

export class ValidationFailed extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The library has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was built:\n${problems.map(formatProblem).join("\n")}`);
  }
}

let current: SiteModel | undefined;

export function loadSite(root: string = process.cwd()): SiteModel {
  const { library, problems } = loadLibrary(root);
  if (problems.length) throw new ValidationFailed(problems);
  current = buildSiteModel(library);
  return current;
}

/** The model of the latest build, for steps that run after the templates (search indexing). */
export function lastSite(): SiteModel {
  if (!current) throw new Error("the site model is read before the library was loaded");
  return current;
}
