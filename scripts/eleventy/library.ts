// The library as Eleventy global data (`site`), validated first: with any problem the
// build prints the report, stops and publishes nothing. This is the build's only validation.
import { loadLibrary } from "../load/load-library.ts";
import { formatProblem, type Problem } from "../validate/problems.ts";
import { buildSiteModel, type SiteModel } from "../site/site-model.ts";

export class ValidationFailed extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The library has ${problems.length} problem${problems.length === 1 ? "" : "s"} (listed above); nothing was built.`);
  }
}

export function loadSite(root: string = process.cwd()): SiteModel {
  const { library, problems } = loadLibrary(root);
  if (problems.length) {
    // Printed here, once: Eleventy repeats an error's message in its stack trace.
    console.error(problems.map(formatProblem).join("\n"));
    throw new ValidationFailed(problems);
  }
  return buildSiteModel(library);
}
