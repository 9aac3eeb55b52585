// Sizes of a built site: everything, the Pagefind index, and the largest HTML page.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface OutputSizes {
  totalBytes: number;
  files: number;
  htmlPages: number;
  indexBytes: number;
  largestPage: { bytes: number; path: string };
  /** HTML pages over the page budget. */
  pagesOver: number;
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

export function measureOutput(site: string, pageBudgetBytes: number): OutputSizes {
  const sizes: OutputSizes = { totalBytes: 0, files: 0, htmlPages: 0, indexBytes: 0, largestPage: { bytes: 0, path: "" }, pagesOver: 0 };
  const indexDir = path.join(site, "pagefind") + path.sep;
  for (const file of files(site)) {
    const bytes = statSync(file).size;
    sizes.totalBytes += bytes;
    sizes.files++;
    if (file.startsWith(indexDir)) sizes.indexBytes += bytes;
    else if (file.endsWith(".html")) {
      sizes.htmlPages++;
      if (bytes > pageBudgetBytes) sizes.pagesOver++;
      if (bytes > sizes.largestPage.bytes) sizes.largestPage = { bytes, path: `/${path.relative(site, file).split(path.sep).join("/")}` };
    }
  }
  return sizes;
}
