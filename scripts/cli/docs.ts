// `npm run docs`: regenerates the field and rule lists in AUTHORING.md from the schemas.
import { readFileSync, writeFileSync } from "node:fs";
import { renderAuthoring } from "../docs/authoring-sections.ts";

const file = "AUTHORING.md";
writeFileSync(file, renderAuthoring(readFileSync(file, "utf8")));
console.log(`${file} regenerated.`);
