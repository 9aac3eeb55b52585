// Every URL of the site, per language, in one place: templates, the export and the tests
// build links with these, so a page and the links to it cannot drift apart.
import { KEY_TERM_NAMES, KEY_TERMS, type KeyTermName } from "../model/key-terms.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";
import { slugify } from "./filters/slugify.ts";

const SECTIONS = {
  contracts: { nl: "contracten", en: "contracts" },
  clauseTypes: { nl: "clausuletypen", en: "clause-types" },
  learningPath: { nl: "leerroute", en: "learning-path" },
  keyTerms: { nl: "kerntermen", en: "key-terms" },
  compare: { nl: "vergelijken", en: "compare" },
  glossary: { nl: "begrippen", en: "glossary" },
  search: { nl: "zoeken", en: "search" },
  recentChanges: { nl: "recente-wijzigingen", en: "recent-changes" },
} as const;
export type Section = keyof typeof SECTIONS;

/** A section's index page; page 2 and later of a long list are sub-pages. */
export function sectionUrl(lang: Lang, section: Section, page = 1): string {
  return `${homeUrl(lang)}${SECTIONS[section][lang]}/${page > 1 ? `${page}/` : ""}`;
}

export function checklistUrl(lang: Lang, slug: string): string {
  return `${contractUrl(lang, slug)}art-28/`;
}

export function contractJsonUrl(slug: string): string {
  return `/api/contracts/${slug}.json`;
}

/** A contract's negotiation list as CSV (its criteria not met). */
export function negotiationCsvUrl(slug: string): string {
  return `/api/negotiation-points/${slug}.csv`;
}

export function homeUrl(lang: Lang): string {
  return lang === "nl" ? "/" : "/en/";
}

/** A contract's page; part 2 and later of a long contract are sub-pages. */
export function contractUrl(lang: Lang, slug: string, part = 1): string {
  return `${homeUrl(lang)}${SECTIONS.contracts[lang]}/${slug}/${part > 1 ? `${part}/` : ""}`;
}

/**
 * The way from one page of a contract to another, relative so that it holds in both
 * languages (their pages differ only above the contract's own folder); "" on the same page.
 */
export function contractPartHref(from: number, to: number): string {
  if (from === to) return "";
  return `${from > 1 ? "../" : ""}${to > 1 ? `${to}/` : ""}`;
}

/** Below a contract's address: its older versions and what changed in each version. */
const VERSION_PATHS = {
  versions: { nl: "versies", en: "versions" },
  changes: { nl: "wijzigingen", en: "changes" },
} as const;

/** An older version of a contract (scripts/model/versions.ts), by its version id; part 2 and later are sub-pages. */
export function versionUrl(lang: Lang, slug: string, id: string, part = 1): string {
  return `${contractUrl(lang, slug)}${VERSION_PATHS.versions[lang]}/${id}/${part > 1 ? `${part}/` : ""}`;
}

/** What changed in a version of a contract, compared with the version it superseded. */
export function changesUrl(lang: Lang, slug: string, id: string): string {
  return `${contractUrl(lang, slug)}${VERSION_PATHS.changes[lang]}/${id}/`;
}

/** A contract's versions and the changes between them, as JSON. */
export function versionsJsonUrl(slug: string): string {
  return `/api/contracts/${slug}/versions.json`;
}

/** The Atom feed of the recent changes, per language. */
export function feedUrl(lang: Lang): string {
  return `${sectionUrl(lang, "recentChanges")}atom.xml`;
}

export function clauseTypeUrl(lang: Lang, id: string, page = 1): string {
  return `${homeUrl(lang)}${SECTIONS.clauseTypes[lang]}/${id}/${page > 1 ? `${page}/` : ""}`;
}

/** A key term's name in its page's address: its label in that language, slugified ("meldtermijn-datalek"). */
export function keyTermSlug(lang: Lang, name: KeyTermName): string {
  return slugify(KEY_TERMS[name].label[lang]);
}

/** A key term's page: every vendor's answer to its question, in chunks of contracts. */
export function keyTermUrl(lang: Lang, name: KeyTermName, page = 1): string {
  return `${sectionUrl(lang, "keyTerms")}${keyTermSlug(lang, name)}/${page > 1 ? `${page}/` : ""}`;
}

/** The learning path's overview, or one of its modules. */
export function learningPathUrl(lang: Lang, module?: string): string {
  return `${sectionUrl(lang, "learningPath")}${module ? `${module}/` : ""}`;
}

export function clauseUrl(lang: Lang, clause: { contract: string; id: string; part: number }): string {
  return `${contractUrl(lang, clause.contract, clause.part)}#${clause.id}`;
}

/** A contract's or clause type's (first) page, as named by its site-relative URL. */
export interface PageRef {
  lang: Lang;
  section: "contracts" | "clauseTypes";
  id: string;
}

/** The contract or clause type page `url` is the address of (contractUrl, clauseTypeUrl), if any. */
export function pageOfUrl(url: string): PageRef | undefined {
  for (const lang of LANGS) {
    for (const section of ["contracts", "clauseTypes"] as const) {
      const match = new RegExp(`^${homeUrl(lang)}${SECTIONS[section][lang]}/([^/?#]+)/$`).exec(url);
      if (match) return { lang, section, id: match[1]! };
    }
  }
  return undefined;
}

/** The same page in the other language: URLs differ only in their prefix, section names and key terms' names. */
export function translateUrl(url: string, to: Lang): string {
  const from: Lang = to === "nl" ? "en" : "nl";
  let rest = from === "en" ? url.replace(/^\/en\//, "/") : url;
  for (const section of Object.values(SECTIONS)) {
    rest = rest.replace(new RegExp(`^/${section[from]}/`), `/${section[to]}/`);
  }
  for (const words of Object.values(VERSION_PATHS)) {
    rest = rest.replace(new RegExp(`^(/${SECTIONS.contracts[to]}/[^/]+/)${words[from]}/`), `$1${words[to]}/`);
  }
  const keyTerms = `/${SECTIONS.keyTerms[to]}/`;
  const term = KEY_TERM_NAMES.find((name) => rest.startsWith(`${keyTerms}${keyTermSlug(from, name)}/`));
  if (term) rest = rest.replace(`${keyTerms}${keyTermSlug(from, term)}/`, `${keyTerms}${keyTermSlug(to, term)}/`);
  return to === "en" ? `/en${rest}` : rest;
}

/**
 * The output files Pagefind reads (a glob relative to the output folder): the pages that are
 * marked data-pagefind-body (contract parts and their Art. 28 checklists, each clause type's and
 * key term's first page, the glossary's first page, the learning path), in these languages.
 * Pagefind would otherwise parse every other page too, only to skip it: a third of its time at
 * 1,000 contracts.
 */
export function searchablePagesGlob(langs: readonly Lang[] = LANGS): string {
  // A brace around one name is not an alternative but the name with braces.
  const either = (names: string[]) => (names.length > 1 ? `{${names.join(",")}}` : names[0]!);
  const both = (section: Section) => either(langs.map((lang) => `${homeUrl(lang)}${SECTIONS[section][lang]}`.slice(1)));
  const checklist = checklistUrl("nl", "*").slice(contractUrl("nl", "*").length);
  // A key term's page is named by its label, never a number: [a-z]* leaves out the matrix's own page 2, 3, ….
  return `{${both("contracts")}/*/{index.html,[0-9]*/index.html,${checklist}index.html},${both("clauseTypes")}/*/index.html,${both("keyTerms")}/[a-z]*/index.html,${both("glossary")}/index.html,${both("learningPath")}/**/index.html}`;
}
