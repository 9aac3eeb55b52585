// Adds a new version of a contract (new-version.ts) and says what to review: the work of
// `npm run new-version -- <slug> <source>` and of `npm run import -- --new-version <slug> <source>`,
// one command reached two ways, so that both write exactly the same.
import path from "node:path";
import { applyNewVersion, NewVersionError, planNewVersion } from "./new-version.ts";

export interface NewVersionRequest {
  slug?: string;
  source?: string;
  /** Arguments beyond the slug and the source: a mistake. */
  extra: readonly string[];
  date?: string;
  version?: string;
  /** The library folder. */
  root: string;
}

/** Carries out a request, printing what changed and what to review, or what is wrong with it (with `usage`); the exit code. */
export function newVersionCommand({ slug, source, extra, date, version, root }: NewVersionRequest, usage: string): number {
  try {
    if (!slug || !source || extra.length) throw new NewVersionError(usage);
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new NewVersionError(`give the new version's date as --date YYYY-MM-DD: the date the document states, or where it states none the date it was published\n${usage}`);
    const plan = planNewVersion(root, slug, path.resolve(source), { version: version ?? null, date });
    applyNewVersion(root, plan);
    console.log(`${plan.move.from}: the new version. The previous one is now ${plan.move.to}.`);
    for (const line of plan.report) console.log(`- ${line}`);
    console.log("Next: npm run validate lists what still needs review; delete each `review:` line once checked.");
    return 0;
  } catch (error) {
    if (!(error instanceof NewVersionError)) throw error;
    console.error(error.message);
    return 1;
  }
}
