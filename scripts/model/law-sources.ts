// Legal sources: what kinds there are, where their official texts may be linked, and how a
// GDPR article's source is named. Lessons and clause types cite sources by id
// (lessons/sources.yaml); the schema, the validator and the authoring guide read these lists.

export const SOURCE_KINDS = ["law", "guideline", "judgment", "national-law"] as const;

/**
 * The hosts of official texts: EU law (EUR-Lex), the EDPB and the Article 29 Working Party's
 * archive, the Court of Justice, Dutch and Belgian legislation, and the Dutch and Belgian
 * supervisory authorities. A link elsewhere is a secondary source and is refused.
 */
export const OFFICIAL_HOSTS = [
  "eur-lex.europa.eu",
  "www.edpb.europa.eu",
  "ec.europa.eu",
  "curia.europa.eu",
  "wetten.overheid.nl",
  "www.ejustice.just.fgov.be",
  "autoriteitpersoonsgegevens.nl",
  "www.gegevensbeschermingsautoriteit.be",
] as const;

export function isOfficialUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return protocol === "https:" && (OFFICIAL_HOSTS as readonly string[]).includes(hostname);
}

/** The source id of a GDPR article, one per article: `28(3)(f)` → `gdpr-28`. */
export function gdprArticleSource(reference: string): string {
  return `gdpr-${Number.parseInt(reference, 10)}`;
}
