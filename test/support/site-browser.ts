// One Chromium and one static server per test file, for a built site; what the pages it opens
// request and what their Content Security Policy refuses is recorded for the tests to check.
import { afterAll, beforeAll } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { TEST_SITE } from "./build.ts";
import { serve, type StaticServer } from "./static-server.ts";

export interface SiteBrowser {
  server: StaticServer;
  browser: Browser;
  /** Every request made by pages opened with open() or watched with watch(). */
  requested: string[];
  /** What the Content Security Policy refused on those pages, as the page's URL and what was refused. */
  cspViolations: string[];
  /** The requests that left the test server (data: URLs are the page's own). */
  offSite(): string[];
  /** Records a page's requests and CSP violations: call before it loads anything. */
  watch(page: Page): Promise<void>;
  /** A new page (in the given context, or the browser's default one), watched, at a path of the site. */
  open(path: string, context?: BrowserContext): Promise<Page>;
}

export function siteBrowser(options: { site?: () => string; prefix?: string } = {}): SiteBrowser {
  const context = { requested: [] as string[], cspViolations: [] as string[] } as SiteBrowser;
  context.offSite = () => {
    const origin = new URL(context.server.url).origin;
    return context.requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"));
  };
  context.watch = async (page) => {
    page.on("request", (request) => context.requested.push(request.url()));
    // Chromium reports each refusal on the console ("Refused to … because it violates the
    // following Content Security Policy directive …"), and so does the listener below, which
    // also sees refusals that the console would only summarise.
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) context.cspViolations.push(`${page.url()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} refused ${event.blockedURI || "inline"} (${event.sample})`);
      });
    });
  };
  context.open = async (path, within) => {
    const page = await (within ?? context.browser).newPage();
    await context.watch(page);
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
