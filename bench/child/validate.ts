// Child process for the validation time: loads and validates a library once, in a fresh
// process (as a build does), and writes the time and counts as JSON.
//
// Usage: node --import tsx bench/child/validate.ts <library root> <result.json>
import { writeFileSync } from "node:fs";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { formatProblem } from "../../scripts/validate/problems.ts";

const [root, resultFile] = process.argv.slice(2);
if (!root || !resultFile) throw new Error("usage: validate.ts <root> <result.json>");

const start = performance.now();
const { library, problems } = loadLibrary(root);
const ms = performance.now() - start;

writeFileSync(
  resultFile,
  JSON.stringify({
    ms,
    contracts: library.contracts.length,
    clauses: library.contracts.reduce((sum, contract) => sum + contract.clauses.length, 0),
    problems: problems.slice(0, 20).map(formatProblem),
    problemCount: problems.length,
  }),
);
