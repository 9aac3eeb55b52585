import { rmSync } from "node:fs";
import { findChromium } from "./browser.ts";
import { buildSite, LIBRARY, TEST_SITE } from "./build.ts";

export default async function setup(): Promise<void> {
  // Found once, before any test file runs: a missing browser fails the run here with how to
  // fix it, instead of every browser test failing on its own; the workers and the processes
  // they start (the benchmark) inherit the path, so the packaged Chromium is unpacked once.
  process.env.CHROMIUM_PATH = await findChromium();
  rmSync(TEST_SITE, { recursive: true, force: true });
  // Without a repository address, whatever the shell has: the site tests check the pages without edit links (test/site/edit-link.test.ts builds one with).
  buildSite(TEST_SITE, { LIBRARY_ROOT: LIBRARY, REPO_URL: "" });
}
