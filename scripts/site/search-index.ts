// What the pages give Pagefind beyond their visible text, and what the search box needs:
// - each clause's hidden search words: the first word (in the page's language) of every
//   synonym group its clause types or its text call for, and the names of its key terms,
//   so that "beveiligingsincident" finds a clause that says "inbreuk in verband met
//   persoonsgegevens" (the query is rewritten to "datalek", which the clause now carries);
// - each clause's result card (vendor, clause types, key terms with their values and the
//   contract's own wording of them, summary),
//   which Pagefind keeps with the page as the clause heading's sub-result title, so that a
//   result shows them without loading the page;
// - the stop words, synonyms and interface texts the browser reads (/assets/search.json).
import { createMatcher, wordKeys } from "../../_includes/assets/search-words.js";
import { KEY_TERMS, type KeyTermName } from "../model/key-terms.ts";
import type { SearchTerms } from "../model/schema.ts";
import type { Clause, ClauseType, Contract } from "../model/types.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";
import { termValue } from "./filters/key-terms.ts";
import { t } from "./filters/i18n.ts";

export interface SearchIndex {
  /** Words a clause is found by that its text may not have, in the page's language. */
  clauseWords(clause: Clause, lang: Lang): string;
  /** Words a clause type page is found by besides its text. */
  typeWords(type: ClauseType, lang: Lang): string;
  /** The clause's result card, as JSON. */
  clauseCard(clause: Clause, lang: Lang): string;
  /** /assets/search.json. */
  browserJson: string;
}

/** The interface texts of the search box (scripts/site/ui-text.ts). */
const BROWSER_TEXTS = [
  "contract",
  "searchFilterKind",
  "searchFilterAll",
  "searchSearching",
  "searchResults",
  "searchResult",
  "searchNoResults",
  "searchMore",
  "searchInterpreted",
  "searchOtherLanguage",
  "kindClause",
  "kindClauseType",
  "kindKeyTerm",
  "kindLesson",
  "kindTerm",
  "kindContract",
  "kindChecklist",
] as const;

export function searchIndex(terms: SearchTerms, typeById: Record<string, ClauseType>, contractBySlug: Record<string, Contract>): SearchIndex {
  const matcher = createMatcher(terms);
  const groupsOfType = new Map<string, number[]>();
  terms.synonyms.forEach((group, index) => {
    for (const type of group.types ?? []) groupsOfType.set(type, [...(groupsOfType.get(type) ?? []), index]);
  });
  const first = (group: number, lang: Lang) => terms.synonyms[group]![lang][0]!;
  const groupsIn = (text: string) => matcher.find(wordKeys(text).filter((key) => !matcher.isStopWord(key))).map((match) => match.group);

  // Per clause once: the groups its types and its words call for, in the library's order.
  const clauseGroups = new WeakMap<Clause, number[]>();
  const groupsOf = (clause: Clause) => {
    let groups = clauseGroups.get(clause);
    if (!groups) {
      const found = new Set([...clause.types.flatMap((type) => groupsOfType.get(type) ?? []), ...groupsIn([clause.heading ?? "", clause.text, clause.summary.nl, clause.summary.en].join("\n"))]);
      groups = [...found].sort((a, b) => a - b);
      clauseGroups.set(clause, groups);
    }
    return groups;
  };
  const keyTermsOf = (clause: Clause) => {
    const contract = contractBySlug[clause.contract]!;
    return (Object.entries(contract.terms) as [KeyTermName, Contract["terms"][KeyTermName]][]).filter(([, term]) => term.clause === clause.id);
  };

  return {
    clauseWords(clause, lang) {
      const words = [...groupsOf(clause).map((group) => first(group, lang)), ...keyTermsOf(clause).map(([name]) => KEY_TERMS[name].label[lang])];
      return [...new Set(words)].join(" ");
    },
    typeWords(type, lang) {
      const groups = new Set([...(groupsOfType.get(type.id) ?? []), ...groupsIn(`${type.name.nl}\n${type.name.en}`)]);
      return [...groups].map((group) => first(group, lang)).join(" ");
    },
    clauseCard(clause, lang) {
      const contract = contractBySlug[clause.contract]!;
      return JSON.stringify({
        vendor: contract.vendor,
        types: clause.types.map((type) => typeById[type]?.name[lang] ?? type),
        terms: keyTermsOf(clause).map(([name, term]) => ({ label: KEY_TERMS[name].label[lang], value: termValue(term, name, lang), ...(term.wording ? { wording: term.wording } : {}) })),
        language: contract.language,
        summary: clause.summary[lang],
      });
    },
    browserJson: JSON.stringify({
      stopWords: terms.stopWords,
      synonyms: terms.synonyms.map(({ nl, en }) => ({ nl, en })),
      texts: Object.fromEntries(LANGS.map((lang) => [lang, Object.fromEntries(BROWSER_TEXTS.map((name) => [name, t(name, lang, placeholders)]))])),
    }),
  };
}

/** The search box fills these in itself. */
const placeholders = { n: "{n}", query: "{query}", words: "{words}", lang: "{lang}" };
