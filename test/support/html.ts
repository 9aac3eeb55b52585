// Reading built HTML in tests.
import { readdirSync } from "node:fs";
import path from "node:path";

/** Every HTML page of a built site (Pagefind's bundle left out). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "pagefind" ? [] : htmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** The file a site-relative page URL is served from. */
export function pageFile(site: string, url: string): string {
  const clean = url.split("#")[0]!.split("?")[0]!;
  return path.join(site, clean.endsWith("/") ? `${clean}index.html` : clean);
}

/** Text content of an HTML fragment: tags dropped, the entities Nunjucks and markdown-it write decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
