// Search in a real browser: a Dutch query on the built site lands on the clause.
import { describe, expect, it } from "vitest";
import { siteBrowser } from "../support/site-browser.ts";

const site = siteBrowser();

describe("search", () => {
  it("finds “48 uur” and lands on AxiOps 6.1", async () => {
    const page = await site.open("/");
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
