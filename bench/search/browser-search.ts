// Runs queries through the site's own search box in Chromium and reads what a user sees: the
// first five results, each with the addresses it links to (its own link and the sub-results
// shown under it), once the results have settled.
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../test/support/browser.ts";
import { serve, type StaticServer } from "../../test/support/static-server.ts";
import { homeUrl } from "../../scripts/site/urls.ts";
import type { Lang } from "../../scripts/model/vocabulary.ts";
import { DEPTH, type ShownResult } from "./judge.ts";

/** How the search box (_includes/assets/search.js) marks its parts. */
const UI = {
  input: "#search-input",
  results: ".search-results",
  result: ".search-result",
  title: ".search-title",
  status: "#search-status",
};

export interface SearchSession {
  /** The site's address (results' links are judged relative to it). */
  base: string;
  search(query: string, page: Lang): Promise<ShownResult[]>;
  close(): Promise<void>;
}

export async function openSearch(site: string): Promise<SearchSession> {
  const server: StaticServer = await serve(site);
  const browser: Browser = await launchBrowser();
  const page: Page = await browser.newPage();
  return {
    base: server.url,
    async search(query, lang) {
      await page.goto(new URL(homeUrl(lang).slice(1), server.url).href);
      await page.locator(UI.input).fill(query);
      return settled(page);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The results once nothing has changed for a while and none is still loading. */
async function settled(page: Page): Promise<ShownResult[]> {
  let last = "";
  for (let stable = 0, rounds = 0; rounds < 120; rounds++) {
    await page.waitForTimeout(250);
    const snapshot = await page.evaluate(({ ui, depth }) => {
      const results = [...document.querySelectorAll(ui.result)].slice(0, depth);
      return {
        status: document.querySelector(ui.status)?.textContent || null,
        pending: document.querySelector(ui.results)?.getAttribute("aria-busy") !== "false",
        results: results.map((result) => ({
          title: [...result.querySelectorAll(ui.title)].map((title) => title.textContent?.trim()).join(" | "),
          links: [...result.querySelectorAll("a[href]")].map((link) => (link as HTMLAnchorElement).href),
        })),
      };
    }, { ui: UI, depth: DEPTH });
    const now = JSON.stringify(snapshot);
    stable = now === last && snapshot.status !== null && !snapshot.pending ? stable + 1 : 0;
    last = now;
    if (stable >= 3) return snapshot.results;
  }
  throw new Error(`the search results did not settle: ${last}`);
}
