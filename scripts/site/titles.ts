// Every page's title, as plain text, by the template it comes from (pages/<name>.njk). The
// layouts escape it once where they print it: <title>, and Pagefind's result title on contract
// pages. Titles used to be eleventyComputed templates in the pages' front matter; Nunjucks
// escaped what those printed and the layout escaped it again, so a vendor "AxiOps & Co" read
// "AxiOps &amp; Co" in the browser tab and in search results.
import type { Contract, ClauseType, Lesson } from "../model/types.ts";
import type { Lang } from "../model/vocabulary.ts";
import { KEY_TERMS, type KeyTermName } from "../model/key-terms.ts";
import { learningText } from "../learning/ui-text.ts";
import { t } from "./filters/i18n.ts";
import { versionPageTitles } from "../versions/titles.ts";

/** What titles are made of: the page's pagination entry (the fields that a title reads), or the language of a page paginated by language. */
export interface TitleData {
  lang: Lang;
  entry: { lang: Lang; contract: Contract; part: number; parts: number; type: ClauseType; module: Lesson; name: KeyTermName; page: number; pages: number };
}

const moduleTitle = ({ entry }: TitleData) => `${entry.module.title[entry.lang]} · ${learningText("overviewTitle", entry.lang)}`;

const PAGE_TITLES: Record<string, (data: TitleData) => string> = {
  "404": () => `${t("notFoundTitle", "nl")} / ${t("notFoundTitle", "en")}`,
  index: ({ lang }) => t("siteName", lang),
  compare: ({ lang }) => t("compareTitle", lang),
  contracts: ({ entry }) => t("allContracts", entry.lang),
  "clause-types": ({ lang }) => t("clauseTypes", lang),
  "key-terms": ({ entry }) => t("keyTermsMatrix", entry.lang),
  "key-term": ({ entry }) => `${KEY_TERMS[entry.name].label[entry.lang]}${entry.pages > 1 ? ` (${entry.page}/${entry.pages})` : ""} · ${t("keyTerms", entry.lang)}`,
  glossary: ({ entry }) => t("glossary", entry.lang),
  search: ({ lang }) => t("search", lang),
  contract: ({ entry }) => `${entry.contract.vendor}: ${entry.contract.title}${entry.parts > 1 ? ` (${entry.part}/${entry.parts})` : ""}`,
  checklist: ({ entry }) => `${t("checklist", entry.lang)}: ${entry.contract.vendor}`,
  "clause-type": ({ entry }) => entry.type.name[entry.lang],
  "learning-path": ({ lang }) => learningText("overviewTitle", lang),
  "learning-module": moduleTitle,
  "learning-print": moduleTitle,
  ...versionPageTitles,
};

/** Pages that are not HTML although they have a layout: a contract's JSON, which its layout writes (pages/api-contract.njk says why). */
const NOT_HTML = new Set(["api-contract"]);

/**
 * The title of a page made from pages/<template>.njk, given the page's data. Pages that are not
 * HTML (the JSON and CSV exports, robots.txt) have none; any other page with a layout must have one.
 */
export function pageTitle(template: string, data: Partial<TitleData> & { layout?: string }): string | undefined {
  const title = PAGE_TITLES[template];
  if (title) return title(data as TitleData);
  if (data.layout && !NOT_HTML.has(template)) throw new Error(`pages/${template}.njk has no title — add one to PAGE_TITLES in scripts/site/titles.ts`);
  return undefined;
}
