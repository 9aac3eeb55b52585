// Registers the site's filters. Each is a pure function with its own unit tests in test/filters.
import type { EleventyConfig } from "./eleventy-types.ts";
import { countryName, inLang, label, otherLang, t } from "../site/filters/i18n.ts";
import { termValue } from "../site/filters/key-terms.ts";
import { clauseById, clauseTitle } from "../site/filters/lookup.ts";
import { slugify } from "../site/filters/slugify.ts";
import { clauseTypeUrl, clauseUrl, contractUrl, homeUrl, learningPathUrl, translateUrl } from "../site/urls.ts";
import type { Lang } from "../model/vocabulary.ts";

export default function filters(eleventyConfig: EleventyConfig): void {
  const add = (name: string, filter: (...args: never[]) => unknown) => eleventyConfig.addFilter(name, filter);
  add("t", t);
  add("label", label);
  add("countryName", countryName);
  add("inLang", inLang);
  add("otherLang", otherLang);
  add("termValue", termValue);
  add("clauseById", clauseById);
  add("clauseTitle", clauseTitle);
  add("slugify", slugify);
  add("homeUrl", homeUrl);
  add("translateUrl", translateUrl);
  // Filters take the piped value first: `{{ slug | contractUrl(lang) }}`.
  add("contractUrl", (slug: string, lang: Lang) => contractUrl(lang, slug));
  add("clauseTypeUrl", (id: string, lang: Lang) => clauseTypeUrl(lang, id));
  add("learningPathUrl", (lang: Lang, module?: string) => learningPathUrl(lang, module));
  add("clauseUrl", (clause: { contract: string; id: string }, lang: Lang) => clauseUrl(lang, clause.contract, clause.id));
}
