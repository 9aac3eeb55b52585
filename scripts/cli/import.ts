// `npm run import -- <source> --slug <slug> --vendor "<name>"` imports a new contract as a draft
// (scripts/import/import-command.ts); `npm run import -- --new-version <slug> <source> --date
// YYYY-MM-DD [--version X]` adds a new version of a contract the library has, exactly as
// `npm run new-version` does (scripts/versions/new-version-command.ts). The library is the
// current folder, or LIBRARY_ROOT (for a version also --root, as npm run new-version takes it).
import path from "node:path";
import { parseArgs } from "node:util";
import { importContract } from "../import/import-command.ts";
import { newVersionCommand } from "../versions/new-version-command.ts";

const NEW_VERSION_USAGE = "usage: npm run import -- --new-version <slug> <new source .txt> --date YYYY-MM-DD [--version <version as the document states it>]";

const args = process.argv.slice(2);
if (args.some((arg) => arg === "--new-version" || arg.startsWith("--new-version="))) process.exitCode = newVersion(args);
else process.exitCode = importContract(args, process.env.LIBRARY_ROOT ?? process.cwd());

function newVersion(args: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { "new-version": { type: "string" }, date: { type: "string" }, version: { type: "string" }, root: { type: "string" } } });
  } catch (error) {
    console.error(`${(error as Error).message.split("\n")[0]}\n${NEW_VERSION_USAGE}`);
    return 1;
  }
  const { positionals, values } = parsed;
  const [source, ...extra] = positionals;
  const root = path.resolve(values.root ?? process.env.LIBRARY_ROOT ?? ".");
  return newVersionCommand({ slug: values["new-version"], source, extra, date: values.date, version: values.version, root }, NEW_VERSION_USAGE);
}
