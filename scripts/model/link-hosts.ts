// The hosts that content (clause texts, notes, clause type explanations) may link to besides
// the site itself: official sources of the law a privacy officer checks a clause against.
// A contract may also link an address its own source document gives (see AUTHORING.md).
// Links only: no content loads anything from any host (images are refused everywhere).

export const LINK_HOSTS = {
  "eur-lex.europa.eu": "EUR-Lex: the GDPR (AVG) and other EU law",
  "www.edpb.europa.eu": "European Data Protection Board: guidelines and opinions",
  "curia.europa.eu": "Court of Justice of the EU: judgments",
} as const satisfies Record<string, string>;

export function isLinkHost(hostname: string): boolean {
  return Object.hasOwn(LINK_HOSTS, hostname);
}
