// Bytes a browser downloads for a first search and its results: open a contract page in
// Chromium, let it load, type a query into Pagefind's UI, wait for the results, and sum the
// response bodies of every request made after the page had loaded. Pagefind 1.5 loads its
// index from a web worker; Playwright reports the worker's requests on the page, which a
// CDP session on the page alone would miss.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Request } from "playwright-core";
import { launchBrowser } from "../test/support/browser.ts";
import { serve } from "../test/support/static-server.ts";

export interface SearchTransfer {
  bytes: number;
  requests: number;
  results: number;
  /** The largest responses, to show where the bytes go. */
  largest: { url: string; bytes: number }[];
  ms: number;
}

/** Where a search interface takes the query and shows its results. */
export interface SearchUi {
  input: string;
  result: string;
}

export async function measureSearch(site: string, pageUrl: string, query: string, ui: SearchUi): Promise<SearchTransfer> {
  const server = await serve(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const started = new Set<Request>();
    const sizes = new Map<Request, number>();
    let measuring = false;
    page.on("request", (request) => {
      if (measuring && !request.url().startsWith("data:")) started.add(request);
    });
    const done = async (request: Request) => {
      if (!started.has(request)) return;
      sizes.set(request, await bodyBytes(request, server.url, site));
    };
    page.on("requestfinished", (request) => void done(request));
    page.on("requestfailed", (request) => void (started.has(request) && sizes.set(request, 0)));

    await page.goto(new URL(pageUrl.replace(/^\//, ""), server.url).href, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    measuring = true;
    const start = performance.now();
    const input = page.locator(ui.input).first();
    await input.click();
    await input.fill(query);
    await page.locator(ui.result).first().waitFor({ timeout: 120_000 });
    // Result fragments load as results render: wait until no request has been pending for a while.
    await waitForQuiet(started, sizes);
    const ms = performance.now() - start;
    const results = await page.locator(ui.result).count();
    const largest = [...sizes].map(([request, bytes]) => ({ url: new URL(request.url()).pathname, bytes })).sort((a, b) => b.bytes - a.bytes);
    return { bytes: largest.reduce((sum, entry) => sum + entry.bytes, 0), requests: sizes.size, results, largest: largest.slice(0, 5), ms };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The response body's size. The static server sends files verbatim (no compression), so
 * for its URLs this is the file's size; Chromium reports 0 for some (the worker script).
 */
async function bodyBytes(request: Request, origin: string, site: string): Promise<number> {
  const url = request.url();
  if (url.startsWith(origin)) {
    let file = path.join(site, decodeURIComponent(new URL(url).pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (existsSync(file)) return statSync(file).size;
  }
  return (await request.sizes()).responseBodySize;
}

async function waitForQuiet(started: Set<Request>, sizes: Map<Request, number>): Promise<void> {
  for (let stable = 0, last = -1, rounds = 0; stable < 5 && rounds < 300; rounds++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = sizes.size;
    stable = now === last && now === started.size ? stable + 1 : 0;
    last = now;
  }
}
