import { rmSync } from "node:fs";
import { buildSite, TEST_SITE } from "./build.ts";

export default function setup(): void {
  rmSync(TEST_SITE, { recursive: true, force: true });
  buildSite(TEST_SITE);
}
