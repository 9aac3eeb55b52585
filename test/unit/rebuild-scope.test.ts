// Dev-mode rebuilds render only the pages that show an edited contract, unless the edit
// moved something other pages link to or count; then everything is rendered again.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contractJson } from "../../scripts/build/export.ts";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { scopeToContracts } from "../../scripts/site/rebuild-scope.ts";
import { buildSiteModel, type SiteModel } from "../../scripts/site/site-model.ts";

const PROJECT = path.resolve(import.meta.dirname, "../..");

/** The project's library, and the same library with one edit to contracts/axiops.md. */
function beforeAndAfter(find: string, replace: string): { before: SiteModel; after: SiteModel } {
  const root = mkdtempSync(path.join(tmpdir(), "dpa-scope-"));
  for (const dir of ["contracts", "clauses", "lessons"]) cpSync(path.join(PROJECT, dir), path.join(root, dir), { recursive: true });
  const before = buildSiteModel(loadLibrary(root).library);
  const file = path.join(root, "contracts/axiops.md");
  const text = readFileSync(file, "utf8");
  expect(text).toContain(find);
  writeFileSync(file, text.replace(find, replace));
  const { library, problems } = loadLibrary(root);
  expect(problems).toEqual([]);
  return { before, after: buildSiteModel(library) };
}

describe("scopeToContracts", () => {
  it("after a summary edit, renders that contract's pages and the one type page with the clause", () => {
    const { before, after } = beforeAndAfter("Overeenkomst tussen AxiOps en Voorbeeld B.V. en", "Overeenkomst tussen AxiOps en Voorbeeld B.V. (gewijzigd) en");
    const scoped = scopeToContracts(before, after, new Set(["axiops"]))!;
    expect(scoped).toBeDefined();
    expect(new Set(scoped.contractPages.map((page) => page.contract.slug))).toEqual(new Set(["axiops"]));
    expect(scoped.contractPages).toHaveLength(after.contractPages.filter((page) => page.contract.slug === "axiops").length);
    expect(scoped.checklistPages.map((page) => page.contract.slug)).toEqual(["axiops", "axiops"]);
    expect(scoped.contractExports.map((contract) => contract.slug)).toEqual(["axiops"]);
    expect(scoped.negotiationExports.map((contract) => contract.slug)).toEqual(["axiops"]);
    // The edited clause is of two types; no other type page shows a change.
    expect(new Set(scoped.clauseTypePages.map((page) => page.type.id))).toEqual(new Set(["document-information", "roles"]));
    expect(scoped.clauseTypePages.length).toBe(4);
    // The model itself is whole: library.json still indexes every contract; the contract's own export has the edit.
    expect(scoped.contracts).toHaveLength(after.contracts.length);
    expect(scoped.libraryJson).toBe(after.libraryJson);
    expect(JSON.parse(scoped.libraryJson).contracts).toHaveLength(after.contracts.length);
    expect(contractJson(scoped.contractExports[0]!, scoped.criteria)).toContain("(gewijzigd)");
  });

  it("renders no more type pages when an edit only moves the lines of later clauses", () => {
    const { before, after } = beforeAndAfter(
      "Overeenkomst tussen AxiOps en Voorbeeld B.V. en",
      "Overeenkomst tussen AxiOps en Voorbeeld B.V.\n    (met een regel erbij) en",
    );
    const scoped = scopeToContracts(before, after, new Set(["axiops"]))!;
    expect(new Set(scoped.clauseTypePages.map((page) => page.type.id))).toEqual(new Set(["document-information", "roles"]));
  });

  it("renders everything when a clause changes type, since other contracts' pages count clauses per type", () => {
    const { before, after } = beforeAndAfter("id: inleiding\ntypes: [document-information, roles]", "id: inleiding\ntypes: [roles, document-information]");
    expect(scopeToContracts(before, after, new Set(["axiops"]))).toBeUndefined();
  });

  it("renders everything when a clause id changes, since other pages link to it", () => {
    const { before, after } = beforeAndAfter("id: inleiding\n", "id: inleiding-gewijzigd\n");
    expect(scopeToContracts(before, after, new Set(["axiops"]))).toBeUndefined();
  });
});
