// `npm run new-version -- <slug> <source.txt> --date YYYY-MM-DD [--version X]`: adds a new
// version of a contract (scripts/versions/new-version-command.ts) and says what to review.
import path from "node:path";
import { parseArgs } from "node:util";
import { newVersionCommand } from "../versions/new-version-command.ts";

const USAGE = "usage: npm run new-version -- <slug> <new source .txt> --date YYYY-MM-DD [--version <version as the document states it>] [--root <library folder>]";

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { date: { type: "string" }, version: { type: "string" }, root: { type: "string" } } });
} catch (error) {
  console.error(`${(error as Error).message.split("\n")[0]}\n${USAGE}`);
  process.exit(1);
}
const { positionals, values } = parsed;
const [slug, source, ...extra] = positionals;
process.exitCode = newVersionCommand({ slug, source, extra, date: values.date, version: values.version, root: path.resolve(values.root ?? ".") }, USAGE);
