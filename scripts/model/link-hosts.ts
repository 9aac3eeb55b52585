// The hosts of official texts of the law, stated once: content (clause texts, notes, clause
// type explanations, lesson intros) may link to them besides the site itself, and every legal
// source in lessons/sources.yaml must link to one of them. A contract may also link an address
// its own source document gives (see AUTHORING.md). Links only: no content loads anything
// from any host (images are refused everywhere).

export const LINK_HOSTS = {
  "eur-lex.europa.eu": "EUR-Lex: the GDPR (AVG) and other EU law",
  "www.edpb.europa.eu": "European Data Protection Board: guidelines and opinions",
  "ec.europa.eu": "European Commission: the Article 29 Working Party's archive",
  "curia.europa.eu": "Court of Justice of the EU: judgments",
  "wetten.overheid.nl": "Dutch legislation",
  "www.ejustice.just.fgov.be": "Belgian legislation (Belgisch Staatsblad)",
  "autoriteitpersoonsgegevens.nl": "Autoriteit Persoonsgegevens, the Dutch supervisory authority",
  "www.gegevensbeschermingsautoriteit.be": "Gegevensbeschermingsautoriteit, the Belgian supervisory authority",
} as const satisfies Record<string, string>;

export const OFFICIAL_HOSTS = Object.keys(LINK_HOSTS) as (keyof typeof LINK_HOSTS)[];

export function isLinkHost(hostname: string): boolean {
  return Object.hasOwn(LINK_HOSTS, hostname);
}
