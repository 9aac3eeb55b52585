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

export function loadSite(root: string = process.cwd()): SiteModel {
  const { library, problems } = loadLibrary(root);
  if (problems.length) throw new ValidationFailed(problems);
  return buildSiteModel(library);
}
