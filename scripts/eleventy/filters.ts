// Registers the site's filters. Each is a pure function with its own unit tests in test/filters.
import type { EleventyConfig } from "./eleventy-types.ts";
import { countryName, inLang, label, otherLang, t } from "../site/filters/i18n.ts";
import { termSortKey, termValue } from "../site/filters/key-terms.ts";
import { longDate } from "../site/filters/date.ts";
import { clauseHeading } from "../site/filters/clause-heading.ts";
import { mainNav } from "../site/navigation.ts";
import { clauseById, clauseTitle } from "../site/filters/lookup.ts";
import { inlineJson } from "../site/filters/inline-json.ts";
import { singleQuoted } from "../site/filters/single-quoted.ts";
import { htmlText } from "../site/filters/html-text.ts";
import { contractJson } from "../build/export.ts";
import { slugify } from "../site/filters/slugify.ts";
import { gdprPinpoint } from "../site/filters/gdpr-pinpoint.ts";
import { findingsOn, hasFindings } from "../site/findings.ts";
import { gdprArticleSource } from "../model/law-sources.ts";
import { criterionSources } from "../model/criteria.ts";
import { editUrl } from "../site/edit-link.ts";
import { checklistUrl, clauseTypeUrl, clauseUrl, contractJsonUrl, contractPartHref, negotiationCsvUrl, contractUrl, homeUrl, keyTermUrl, learningPathUrl, sectionUrl, translateUrl, type Section } from "../site/urls.ts";
import type { KeyTermName } from "../model/key-terms.ts";
import type { Lang } from "../model/vocabulary.ts";
import type { Clause } from "../model/types.ts";

export default function filters(eleventyConfig: EleventyConfig): void {
  const add = (name: string, filter: (...args: never[]) => unknown) => eleventyConfig.addFilter(name, filter);
  add("t", t);
  add("label", label);
  add("countryName", countryName);
  add("inLang", inLang);
  add("otherLang", otherLang);
  add("termValue", termValue);
  add("termSortKey", termSortKey);
  add("longDate", longDate);
  add("clauseById", clauseById);
  add("clauseTitle", clauseTitle);
  add("clauseHeading", clauseHeading);
  add("mainNav", mainNav);
  add("slugify", slugify);
  add("inlineJson", inlineJson);
  add("singleQuoted", singleQuoted);
  add("htmlText", htmlText);
  add("contractJson", contractJson);
  add("gdprPinpoint", gdprPinpoint);
  add("articleSource", gdprArticleSource);
  add("criterionSources", criterionSources);
  add("findingsOn", findingsOn);
  add("hasFindings", hasFindings);
  add("editUrl", editUrl);
  add("homeUrl", homeUrl);
  add("translateUrl", translateUrl);
  // Filters take the piped value first: `{{ slug | contractUrl(lang) }}`.
  add("contractUrl", (slug: string, lang: Lang, part?: number) => contractUrl(lang, slug, part));
  // From one part of a contract to another, relative: `{{ entry.part | contractPartHref(heading.part) }}`.
  add("contractPartHref", contractPartHref);
  add("clauseTypeUrl", (id: string, lang: Lang, page?: number) => clauseTypeUrl(lang, id, page));
  add("sectionUrl", (section: Section, lang: Lang, page?: number) => sectionUrl(lang, section, page));
  add("checklistUrl", (slug: string, lang: Lang) => checklistUrl(lang, slug));
  add("keyTermUrl", (name: KeyTermName, lang: Lang, page?: number) => keyTermUrl(lang, name, page));
  add("contractJsonUrl", contractJsonUrl);
  add("negotiationCsvUrl", negotiationCsvUrl);
  add("learningPathUrl", (lang: Lang, module?: string) => learningPathUrl(lang, module));
  add("clauseUrl", (clause: Clause, lang: Lang) => clauseUrl(lang, clause));
}
