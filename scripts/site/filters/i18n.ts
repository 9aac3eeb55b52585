// Interface text and vocabulary labels in the page's language.
import { CLAUSE_TYPE_GROUPS, DOCUMENT_TYPES, FINDING_RESULTS, interfaceText, PARTY_ROLES, RATINGS, VERDICTS, type Lang, type Vocabulary } from "../../model/vocabulary.ts";
import { KEY_TERMS } from "../../model/key-terms.ts";
import { UI_TEXT } from "../ui-text.ts";

const VOCABULARIES: Record<string, Vocabulary<string>> = {
  rating: RATINGS,
  result: FINDING_RESULTS,
  verdict: VERDICTS,
  documentType: DOCUMENT_TYPES,
  role: PARTY_ROLES,
  group: CLAUSE_TYPE_GROUPS,
  keyTerm: Object.fromEntries(Object.entries(KEY_TERMS).map(([name, term]) => [name, term.label])),
};

/** `{{ "search" | t(lang) }}`, `{{ "part" | t(lang, { n: 2, total: 3 }) }}`: an interface text (see interfaceText). */
export function t(key: string, lang: Lang, values: Record<string, string | number> = {}): string {
  return interfaceText(UI_TEXT, key, lang, values);
}

/** `{{ clause.assessment.rating | label("rating", lang) }}`: the label of a vocabulary value. */
export function label(value: string, vocabulary: string, lang: Lang): string {
  const entry = VOCABULARIES[vocabulary]?.[value];
  if (!entry) throw new Error(`no label for "${value}" in vocabulary "${vocabulary}"`);
  return entry[lang];
}

const regionNames = { nl: new Intl.DisplayNames(["nl"], { type: "region" }), en: new Intl.DisplayNames(["en"], { type: "region" }) };

export function countryName(code: string, lang: Lang): string {
  return regionNames[lang].of(code) ?? code;
}

/** The text in the page's language from a `{nl, en}` pair. */
export function inLang(text: Record<Lang, string> | undefined, lang: Lang): string {
  return text?.[lang] ?? "";
}

export function otherLang(lang: Lang): Lang {
  return lang === "nl" ? "en" : "nl";
}
