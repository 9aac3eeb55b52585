// Copies a library (its contracts/, clauses/ and lessons/; by default the valid fixture library) to a
// temporary folder, applying edits (every occurrence).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Edit } from "../fixtures/bad-inputs.ts";

export const FIXTURE_LIBRARY = path.resolve(import.meta.dirname, "../fixtures/library");

export function editedLibrary(edits: readonly Edit[], from = FIXTURE_LIBRARY): string {
  const root = mkdtempSync(path.join(tmpdir(), "dpa-fixture-"));
  for (const dir of ["contracts", "clauses", "lessons"]) cpSync(path.join(from, dir), path.join(root, dir), { recursive: true });
  for (const edit of edits) {
    if ("folder" in edit) {
      mkdirSync(path.join(root, edit.folder), { recursive: true });
      continue;
    }
    if ("copy" in edit) {
      mkdirSync(path.dirname(path.join(root, edit.to)), { recursive: true });
      cpSync(path.join(root, edit.copy), path.join(root, edit.to));
      continue;
    }
    if ("pattern" in edit) {
      const full = path.join(root, edit.file);
      const text = readFileSync(full, "utf8");
      const every = new RegExp(edit.pattern.source, edit.pattern.flags.includes("g") ? edit.pattern.flags : `${edit.pattern.flags}g`);
      if (!text.match(every)) throw new Error(`fixture edit: ${edit.pattern} matches nothing in ${edit.file}`);
      writeFileSync(full, text.replace(every, edit.replace));
      continue;
    }
    const { file, find, replace, encoding = "utf8" } = edit;
    const full = path.join(root, file);
    // Edited as bytes (one character per byte), so that a replacement can carry bytes that are not UTF-8.
    const bytes = readFileSync(full, "latin1");
    const [found, replacement] = [Buffer.from(find, "utf8").toString("latin1"), Buffer.from(replace, encoding).toString("latin1")];
    if (!bytes.includes(found)) throw new Error(`fixture edit: "${find}" not found in ${file}`);
    writeFileSync(full, bytes.split(found).join(replacement), "latin1");
  }
  return root;
}
