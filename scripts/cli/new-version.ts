// `npm run new-version -- <slug> <source.txt> --date YYYY-MM-DD [--version X]`: adds a new
// version of a contract (scripts/versions/new-version.ts) and says what to review.
import path from "node:path";
import { parseArgs } from "node:util";
import { applyNewVersion, NewVersionError, planNewVersion } from "../versions/new-version.ts";

const USAGE = "usage: npm run new-version -- <slug> <new source .txt> --date YYYY-MM-DD [--version <version as the document states it>] [--root <library folder>]";

function main(): void {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { date: { type: "string" }, version: { type: "string" }, root: { type: "string" } } });
  const [slug, source] = positionals;
  if (!slug || !source || positionals.length > 2) throw new NewVersionError(USAGE);
  if (!values.date || !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new NewVersionError(`give the new version's date as --date YYYY-MM-DD: the date the document states, or where it states none the date it was published\n${USAGE}`);
  const root = path.resolve(values.root ?? ".");
  const plan = planNewVersion(root, slug, path.resolve(source), { version: values.version ?? null, date: values.date });
  applyNewVersion(root, plan);
  console.log(`${plan.move.from}: the new version. The previous one is now ${plan.move.to}.`);
  for (const line of plan.report) console.log(`- ${line}`);
  console.log("Next: npm run validate lists what still needs review; delete each `review:` line once checked.");
}

try {
  main();
} catch (error) {
  if (!(error instanceof NewVersionError)) throw error;
  console.error(error.message);
  process.exit(1);
}
