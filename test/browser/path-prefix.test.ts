// A GitHub Pages build under a sub-path (PATH_PREFIX) with NOINDEX: every link, asset and
// search result works under the prefix, and the deployment asks not to be indexed.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, ROOT } from "../support/build.ts";
import { siteBrowser } from "../support/site-browser.ts";

const PREFIX = "/dpa-library/";
const SITE = path.join(ROOT, ".cache/test-site-prefixed");
const site = siteBrowser({
  prefix: PREFIX,
  site: () => {
    rmSync(SITE, { recursive: true, force: true });
    buildSite(SITE, { PATH_PREFIX: PREFIX, NOINDEX: "true" });
    return SITE;
  },
});

describe("path-prefix build", () => {
  it("has the files GitHub Pages needs", () => {
    expect(existsSync(path.join(SITE, ".nojekyll"))).toBe(true);
    expect(existsSync(path.join(SITE, "404.html"))).toBe(true);
  });

  it("marks an internal deployment noindex on every page, and writes no robots.txt crawlers would never read", () => {
    expect(readFileSync(path.join(SITE, "index.html"), "utf8")).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(existsSync(path.join(SITE, "robots.txt"))).toBe(false);
  });

  it("loads every asset, from the site only and refused by none of its policy, and finds a clause by search under the sub-path", async () => {
    const page = await site.browser.newPage();
    await site.watch(page);
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(site.server.url);
    await page.locator("#search-input").fill("48 uur");
    const hit = page.locator(`.search-title a[href^='${PREFIX}contracten/axiops/'][href$='#art-6-1']`).first();
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(/\/dpa-library\/contracten\/axiops\/.*#art-6-1$/);
    expect(await page.locator("#art-6-1").isVisible()).toBe(true);
    // The stylesheet applied: the clause box has its border.
    expect(await page.locator("section.clause").first().evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe("solid");
    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.waitForURL(/\/dpa-library\/en\/contracts\/axiops\//);
    await page.goto(`${site.server.url}vergelijken/?c=axiops&c=belco`);
    await page.locator(".compare-table").waitFor();
    expect(await page.locator(".compare-table thead a").first().getAttribute("href")).toBe(`${PREFIX}contracten/axiops/`);
    expect(failed).toEqual([]);
    expect(site.offSite()).toEqual([]);
    expect(site.cspViolations).toEqual([]);
    await page.close();
  });
});
