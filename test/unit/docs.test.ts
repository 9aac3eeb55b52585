import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderAuthoring } from "../../scripts/docs/authoring-sections.ts";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { RULES } from "../../scripts/validate/rules.ts";
import { ROOT } from "../support/build.ts";

describe("AUTHORING.md", () => {
  const authoring = readFileSync(path.join(ROOT, "AUTHORING.md"), "utf8");

  it("lists the fields and rules the validator uses, the clause types and the key terms' examples (run `npm run docs` after changing a schema, a clause type or an example)", () => {
    expect(authoring).toBe(renderAuthoring(authoring, loadLibrary(ROOT).library));
  });

  it("documents every rule and every required contract field", () => {
    for (const rule of Object.keys(RULES)) expect(authoring).toContain(`\`${rule}\``);
    for (const field of ["slug", "vendor", "documentType", "jurisdiction", "terms", "summary.nl", "summary.en", "assessment.rating"]) {
      expect(authoring).toContain(`\`${field}\``);
    }
  });
});
