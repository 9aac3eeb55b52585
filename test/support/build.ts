// Runs the real build (`npm run build`'s scripts/cli/build.ts: Eleventy, then Pagefind) into a folder.
import { execFileSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const TEST_SITE = path.join(ROOT, ".cache/test-site");

export function buildSite(output: string, env: Record<string, string> = {}): string {
  return execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/cli/build.ts", `--output=${output}`, "--quiet"],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}
