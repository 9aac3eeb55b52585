// Every URL of the site, per language, in one place: templates, the export and the tests
// build links with these, so a page and the links to it cannot drift apart.
import type { Lang } from "../model/vocabulary.ts";

const SECTIONS = {
  contracts: { nl: "contracten", en: "contracts" },
  clauseTypes: { nl: "clausuletypen", en: "clause-types" },
  learningPath: { nl: "leerroute", en: "learning-path" },
} as const;

export function homeUrl(lang: Lang): string {
  return lang === "nl" ? "/" : "/en/";
}

export function contractUrl(lang: Lang, slug: string): string {
  return `${homeUrl(lang)}${SECTIONS.contracts[lang]}/${slug}/`;
}

export function clauseTypeUrl(lang: Lang, id: string): string {
  return `${homeUrl(lang)}${SECTIONS.clauseTypes[lang]}/${id}/`;
}

/** The learning path's overview, or one of its modules. */
export function learningPathUrl(lang: Lang, module?: string): string {
  return `${homeUrl(lang)}${SECTIONS.learningPath[lang]}/${module ? `${module}/` : ""}`;
}

export function clauseUrl(lang: Lang, contract: string, clauseId: string): string {
  return `${contractUrl(lang, contract)}#${clauseId}`;
}

/** The same page in the other language: URLs differ only in their prefix and section names. */
export function translateUrl(url: string, to: Lang): string {
  const from: Lang = to === "nl" ? "en" : "nl";
  let rest = from === "en" ? url.replace(/^\/en\//, "/") : url;
  for (const section of Object.values(SECTIONS)) {
    rest = rest.replace(new RegExp(`^/${section[from]}/`), `/${section[to]}/`);
  }
  return to === "en" ? `/en${rest}` : rest;
}

export const EXPORT_URL = "/api/library.json";
