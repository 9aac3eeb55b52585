// Search in a real browser: a Dutch query on the built site lands on the clause.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serve, type StaticServer } from "../support/static-server.ts";
import { TEST_SITE } from "../support/build.ts";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(TEST_SITE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("search", () => {
  it("finds “48 uur” and lands on AxiOps 6.1", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator(".pagefind-ui__search-input").fill("48 uur");
    const hit = page.locator(".pagefind-ui__result-link[href*='/contracten/axiops/'][href$='#art-6-1']").first();
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(/\/contracten\/axiops\/(\d+\/)?\?highlight=48&highlight=uur#art-6-1$/);
    const heading = page.locator("#art-6-1");
    await expect(heading.isVisible()).resolves.toBe(true);
    await expect(heading.textContent()).resolves.toContain("6.1");
    await expect(page.locator("section:has(#art-6-1) .clause-text").textContent()).resolves.toContain("uiterlijk binnen 48 uur na ontdekking");
    // The words searched for are marked on the page.
    await expect(page.locator("section:has(#art-6-1) mark").first().textContent()).resolves.toMatch(/48|uur/);
    await page.close();
  });
});
