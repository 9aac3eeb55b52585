// Sizes of a built site: everything, by kind of output (bench/output-kinds.ts), the Pagefind
// index, and the largest HTML page.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { outputKind, type OutputKind } from "./output-kinds.ts";

export interface OutputSizes {
  totalBytes: number;
  files: number;
  htmlPages: number;
  indexBytes: number;
  libraryJsonBytes: number;
  byKind: Partial<Record<OutputKind, { bytes: number; files: number }>>;
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
  const sizes: OutputSizes = { totalBytes: 0, files: 0, htmlPages: 0, indexBytes: 0, libraryJsonBytes: 0, byKind: {}, largestPage: { bytes: 0, path: "" }, pagesOver: 0 };
  for (const file of files(site)) {
    const bytes = statSync(file).size;
    const url = `/${path.relative(site, file).split(path.sep).join("/")}`;
    const kind = outputKind(url);
    const counted = (sizes.byKind[kind] ??= { bytes: 0, files: 0 });
    counted.bytes += bytes;
    counted.files++;
    sizes.totalBytes += bytes;
    sizes.files++;
    if (kind === "search index") sizes.indexBytes += bytes;
    else if (kind === "library.json") sizes.libraryJsonBytes = bytes;
    else if (file.endsWith(".html")) {
      sizes.htmlPages++;
      if (bytes > pageBudgetBytes) sizes.pagesOver++;
      if (bytes > sizes.largestPage.bytes) sizes.largestPage = { bytes, path: url };
    }
  }
  return sizes;
}
