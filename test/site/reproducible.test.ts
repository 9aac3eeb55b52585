// Two builds of the same content are the same, byte for byte, search index included: a
// deployment then changes only the files whose content changed, and comparing two builds
// shows real changes only. The global setup built the site once; this builds it again.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, ROOT, TEST_SITE } from "../support/build.ts";

/** Every file of a folder (relative path) with the SHA-256 of its content. */
function fingerprints(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => statSync(path.join(dir, file)).isFile());
  return new Map(files.sort().map((file) => [file, createHash("sha256").update(readFileSync(path.join(dir, file))).digest("hex")]));
}

describe("the build", () => {
  it("writes the same files with the same bytes every time", () => {
    const again = path.join(ROOT, ".cache/test-site-again");
    rmSync(again, { recursive: true, force: true });
    buildSite(again);
    const [first, second] = [fingerprints(TEST_SITE), fingerprints(again)];
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
    expect(first.size).toBeGreaterThan(100);
    expect(differing).toEqual([]);
  });
});
