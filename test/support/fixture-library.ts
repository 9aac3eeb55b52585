// Copies a library (its contracts/ and clauses/; by default the valid fixture library) to a
// temporary folder, applying edits (every occurrence).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Edit } from "../fixtures/bad-inputs.ts";

export const FIXTURE_LIBRARY = path.resolve(import.meta.dirname, "../fixtures/library");

export function editedLibrary(edits: readonly Edit[], from = FIXTURE_LIBRARY): string {
  const root = mkdtempSync(path.join(tmpdir(), "dpa-fixture-"));
  for (const dir of ["contracts", "clauses"]) cpSync(path.join(from, dir), path.join(root, dir), { recursive: true });
  for (const { file, find, replace } of edits) {
    const full = path.join(root, file);
    const text = readFileSync(full, "utf8");
    if (!text.includes(find)) throw new Error(`fixture edit: "${find}" not found in ${file}`);
    writeFileSync(full, text.split(find).join(replace));
  }
  return root;
}
