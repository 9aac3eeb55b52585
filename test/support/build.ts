// Runs the real build (`npm run build`'s scripts/cli/build.ts: Eleventy, then Pagefind) into a folder.
import { execFileSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/**
 * The library the suite checks and builds its site from: this project's, or another folder
 * with contracts/, clauses/ and lessons/ (TEST_LIBRARY), as test/site/added-contract.test.ts
 * runs the site checks on a library with one more contract.
 */
export const LIBRARY = process.env.TEST_LIBRARY ?? ROOT;
/** Where the global setup builds that library's site (TEST_SITE, so that a run on another library does not overwrite this one's). */
export const TEST_SITE = process.env.TEST_SITE ?? path.join(ROOT, ".cache/test-site");

export function buildSite(output: string, env: Record<string, string> = {}): string {
  return execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/cli/build.ts", `--output=${output}`, "--quiet"],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}
