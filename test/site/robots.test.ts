// robots.txt at the root of a host: the built site has one that lets crawlers in, and an
// internal deployment (NOINDEX=true) has one that keeps them out. (A build under a sub-path
// has none: test/browser/path-prefix.test.ts.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { afterEach, describe, expect, it, vi } from "vitest";
import deployment from "../../_data/deployment.ts";
import { TEST_SITE } from "../support/build.ts";

/** pages/robots.njk rendered with the deployment data of the current environment. */
async function renderRobots(): Promise<string> {
  const eleventy = new Eleventy("pages/robots.njk", path.join(TEST_SITE, "unused"), {
    quietMode: true,
    config: (config) => config.addGlobalData("deployment", deployment()),
  });
  const [page] = await eleventy.toJSON();
  expect(page?.url).toBe("/robots.txt");
  return page!.content;
}

afterEach(() => vi.unstubAllEnvs());

describe("robots.txt", () => {
  it("is at the root of a site deployed at the host's root, and lets crawlers in", () => {
    expect(readFileSync(path.join(TEST_SITE, "robots.txt"), "utf8")).toBe("User-agent: *\nDisallow:\n");
  });

  it("keeps every crawler out of an internal deployment", async () => {
    vi.stubEnv("NOINDEX", "true");
    expect(await renderRobots()).toBe("User-agent: *\nDisallow: /\n");
  });
});
