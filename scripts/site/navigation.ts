// The main navigation: the site's sections in one order, each with its index page, and the
// section a page belongs to marked (aria-current="page" on its index, "true" below it).
import type { Lang } from "../model/vocabulary.ts";
import { t } from "./filters/i18n.ts";
import { sectionUrl, type Section } from "./urls.ts";

/** The sections in the menu, in its order; each one's interface text has the section's name. */
export const MAIN_SECTIONS = ["contracts", "clauseTypes", "keyTerms", "compare", "glossary", "learningPath"] as const satisfies readonly Section[];

export interface NavItem {
  href: string;
  label: string;
  current?: "page" | "true";
}

/** The menu of a page in `lang` at the site-relative `url` (Eleventy's page.url). */
export function mainNav(lang: Lang, url: string): NavItem[] {
  return MAIN_SECTIONS.map((section) => {
    const href = sectionUrl(lang, section);
    const current = url === href ? "page" : url.startsWith(href) ? "true" : undefined;
    return { href, label: t(section, lang), ...(current && { current }) };
  });
}
