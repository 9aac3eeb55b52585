// One Chromium and one static server per test file, for a built site.
import { afterAll, beforeAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { TEST_SITE } from "./build.ts";
import { serve, type StaticServer } from "./static-server.ts";

export interface SiteBrowser {
  server: StaticServer;
  browser: Browser;
  /** Every request made by pages opened with open(). */
  requested: string[];
  open(path: string): Promise<Page>;
}

export function siteBrowser(options: { site?: () => string; prefix?: string } = {}): SiteBrowser {
  const context = { requested: [] as string[] } as SiteBrowser;
  context.open = async (path) => {
    const page = await context.browser.newPage();
    page.on("request", (request) => context.requested.push(request.url()));
    await page.goto(new URL(path.replace(/^\//, ""), context.server.url).href);
    return page;
  };
  beforeAll(async () => {
    context.server = await serve(options.site?.() ?? TEST_SITE, options.prefix);
    context.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await context.browser?.close();
    await context.server?.close();
  });
  return context;
}
