// Legal sources: what kinds there are, that their official texts are linked on an official
// host (link-hosts.ts), and how a GDPR article's source is named. Lessons and clause types
// cite sources by id (lessons/sources.yaml); the schema, the validator and the authoring
// guide read these lists.

import { isLinkHost } from "./link-hosts.ts";

export const SOURCE_KINDS = ["law", "guideline", "judgment", "national-law"] as const;

export function isOfficialUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return protocol === "https:" && isLinkHost(hostname);
}

/** The source id of a GDPR article, one per article: `28(3)(f)` → `gdpr-28`. */
export function gdprArticleSource(reference: string): string {
  return `gdpr-${Number.parseInt(reference, 10)}`;
}
