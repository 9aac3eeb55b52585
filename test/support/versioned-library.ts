// The fixture scenario of a new version (test/fixtures/versions/review.ts) played through on
// a copy of this repository's library: npm run new-version's work, and the author's review.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyNewVersion, planNewVersion, type NewVersionPlan } from "../../scripts/versions/new-version.ts";
import { NEW_SOURCE, NEW_VERSION, REVIEW } from "../fixtures/versions/review.ts";
import { ROOT } from "./build.ts";
import { editedLibrary } from "./fixture-library.ts";

/** A copy of the library with AxiOps 1.1 added by the command, not yet reviewed. */
export function newVersionLibrary(): { root: string; plan: NewVersionPlan } {
  const root = editedLibrary([], ROOT);
  const plan = planNewVersion(root, "axiops", NEW_SOURCE, NEW_VERSION);
  applyNewVersion(root, plan);
  return { root, plan };
}

/** The same, reviewed. */
export function reviewedLibrary(): string {
  return editedLibrary(REVIEW, newVersionLibrary().root);
}

export const TMP = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));
