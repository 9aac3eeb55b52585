// The README lists the production dependencies with their installed versions (npm audit
// cannot reach its service from here, so the list is what a reviewer checks against
// advisories): it must match package.json and package-lock.json. And the lock file pins
// every package with an integrity hash, which npm ci verifies.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/build.ts";

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const manifest = JSON.parse(read("package.json")) as { dependencies: Record<string, string> };
const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, { version?: string; integrity?: string; link?: boolean }> };

/** The rows of the README's dependency table: package name → version. */
function listedInReadme(): Map<string, string> {
  const section = read("README.md").split(/^### Dependencies$/m)[1]?.split(/^#/m)[0] ?? "";
  const rows = [...section.matchAll(/^\| *([^|]+?) *\| *([^|]+?) *\|/gm)].slice(2);
  return new Map(rows.map((row) => [row[1]!, row[2]!]));
}

describe("dependencies", () => {
  it("are listed in the README with the versions package-lock.json installs", () => {
    const installed = Object.keys(manifest.dependencies).map((name) => [name, lock.packages[`node_modules/${name}`]?.version]);
    expect([...listedInReadme()]).toEqual(installed);
  });

  // Every entry, not only those with a `resolved` URL: npm can be set to leave registry URLs
  // out of the lock file (omit-lockfile-registry-resolved), and a git or tarball dependency
  // would have no hash.
  it("are pinned in package-lock.json with an integrity hash each", () => {
    const packages = Object.entries(lock.packages).filter(([key, entry]) => key !== "" && !entry.link);
    expect(packages.length).toBeGreaterThan(100);
    expect(packages.filter(([, entry]) => !entry.integrity?.startsWith("sha512-")).map(([key]) => key)).toEqual([]);
  });
});
