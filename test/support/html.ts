// Reading built HTML in tests.
import path from "node:path";

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** The file a site-relative page URL is served from. */
export function pageFile(site: string, url: string): string {
  const clean = url.split("#")[0]!.split("?")[0]!;
  return path.join(site, clean.endsWith("/") ? `${clean}index.html` : clean);
}
