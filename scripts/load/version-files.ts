// Finds the files of contracts' older versions: contracts/<slug>/versions/*.md (see
// scripts/model/versions.ts). A .md file elsewhere in a contract's folder is listed apart,
// for the validator to say where it belongs.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { CONTRACTS_DIR, SOURCES_DIR } from "./folders.ts";

export interface VersionFiles {
  /** contracts/<slug>/versions/<id>.md, sorted. */
  files: string[];
  /** Other .md files under contracts/<slug>/. */
  misplaced: string[];
}

export function versionFiles(root: string): VersionFiles {
  const found: VersionFiles = { files: [], misplaced: [] };
  const contracts = path.join(root, CONTRACTS_DIR);
  if (!existsSync(contracts)) return found;
  const sources = path.basename(SOURCES_DIR);
  for (const folder of readdirSync(contracts).sort()) {
    if (folder === sources || folder.endsWith(".md") || !statSync(path.join(contracts, folder)).isDirectory()) continue;
    for (const file of markdownBelow(path.join(contracts, folder))) {
      const relative = path.relative(root, file).split(path.sep).join("/");
      const inVersions = path.dirname(relative) === `${CONTRACTS_DIR}/${folder}/versions`;
      (inVersions ? found.files : found.misplaced).push(relative);
    }
  }
  return found;
}

function markdownBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return markdownBelow(full);
      return entry.name.endsWith(".md") ? [full] : [];
    });
}
