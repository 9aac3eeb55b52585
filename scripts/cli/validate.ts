// `npm run validate`: reports every problem in the library, one per line, and exits non-zero if any.
import { loadLibrary } from "../load/load-library.ts";
import { formatProblem } from "../validate/problems.ts";

const root = process.argv[2] ?? process.cwd();
const { library, problems, warnings } = loadLibrary(root);
for (const warning of warnings) console.warn(formatProblem(warning));
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} found; fix them before building.`);
  process.exit(1);
}
const clauses = library.contracts.reduce((sum, contract) => sum + contract.clauses.length, 0);
const drafts = library.contracts.filter((contract) => contract.status === "draft").length;
console.log(`Library valid: ${library.contracts.length} contracts${drafts ? ` (${drafts} draft${drafts === 1 ? "" : "s"}, see the warnings above)` : ""}, ${clauses} clauses, ${library.clauseTypes.length} clause types, ${library.lessons.length} lessons, ${Object.keys(library.lawSources).length} legal sources.`);
