// Runs the real build (Eleventy + Pagefind through the project's config) into a folder.
import { execFileSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const TEST_SITE = path.join(ROOT, ".cache/test-site");

export function buildSite(output: string, env: Record<string, string> = {}): string {
  return execFileSync(
    process.execPath,
    ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", `--output=${output}`, "--quiet"],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}
