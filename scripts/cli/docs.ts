// `npm run docs`: regenerates the field and rule lists in AUTHORING.md from the schemas, and
// the clause type table and key-term examples from the library.
import { readFileSync, writeFileSync } from "node:fs";
import { renderAuthoring } from "../docs/authoring-sections.ts";
import { loadLibrary } from "../load/load-library.ts";
import { formatProblem } from "../validate/problems.ts";

const { library, problems } = loadLibrary(".");
if (problems.length) {
  // The tables are read from the library: from an invalid one they would be incomplete.
  console.error([...problems.map(formatProblem), "Fix these first (npm run validate); AUTHORING.md was not changed."].join("\n"));
  process.exit(1);
}
const file = "AUTHORING.md";
writeFileSync(file, renderAuthoring(readFileSync(file, "utf8"), library));
console.log(`${file} regenerated.`);
