// What the pages give Pagefind beyond their visible text, and what the search box needs:
// - each clause's hidden search words: the first word (in the page's language) of every
//   synonym group its clause types, its text or its key terms call for, and the names of its
//   key terms,
//   so that "beveiligingsincident" finds a clause that says "inbreuk in verband met
//   persoonsgegevens" (the query is rewritten to "datalek", which the clause now carries);
// - each clause's result card (its clause types, key terms with their one-line answers in the
//   page's language and, where the contract is in the other language, its own wording of them:
//   an English page shows the Dutch words the clause uses), which Pagefind keeps with the page as the clause
//   heading's sub-result title, so that a result shows them without loading the page (the
//   summary, by its paragraph's id, and the vendor, a filter, are in what Pagefind keeps too);
//   type and term ids, named with /assets/search.json, as every clause carries one;
// - each vendor's answer on a key term's page as a card of its own (the answer and the clause
//   that states it), so that a key-term result shows the answers that match and links to
//   their clauses;
// - what the search box reads: the interface texts, names and each synonym group's first words
//   (/assets/search.json), and the stop words and synonyms by initial
//   (/assets/search-words/<initial>.json), of which a query loads those of its words.
import { byInitial, createMatcher, vocabularyOf, wordKeys } from "../../_includes/assets/search-words.js";
import { KEY_TERMS, type KeyTermName } from "../model/key-terms.ts";
import type { KeyTerm, SearchTerms } from "../model/schema.ts";
import type { Clause, ClauseType, Contract } from "../model/types.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";
import { t } from "./filters/i18n.ts";
import { clauseById, clauseTitle } from "./filters/lookup.ts";
import { clauseUrl } from "./urls.ts";

export interface SearchIndex {
  /** Words a clause is found by that its text may not have, in the page's language. */
  clauseWords(clause: Clause, lang: Lang): string;
  /** Words a clause type page is found by besides its text. */
  typeWords(type: ClauseType, lang: Lang): string;
  /** Words a key term's page is found by besides its text: its name's and question's synonyms, and those of the clause types it belongs to. */
  keyTermWords(name: KeyTermName, lang: Lang): string;
  /** The clause's result card, as JSON: its clause types' ids and its key terms. */
  clauseCard(clause: Clause, lang: Lang): string;
  /** A vendor's answer on a key term's page as a result card, as JSON: vendor, answer (with the contract's wording, as on a clause's card) and the clause (site-relative URL and title) that states it. */
  keyTermCard(contract: Contract, name: KeyTermName, lang: Lang): string;
  /** /assets/search.json. */
  browserJson: string;
  /** /assets/search-words/<initial>.json: the stop words and synonyms of each initial. */
  browserWords: { initial: string; json: string }[];
}

/** The interface texts of the search box (scripts/site/ui-text.ts). */
const BROWSER_TEXTS = [
  "contract",
  "searchFilters",
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
  const vocabulary = vocabularyOf(terms);
  const matcher = createMatcher(vocabulary);
  const parts = [...byInitial(vocabulary)].sort(([a], [b]) => a.localeCompare(b));
  const groupsOfType = new Map<string, number[]>();
  terms.synonyms.forEach((group, index) => {
    for (const type of group.types ?? []) groupsOfType.set(type, [...(groupsOfType.get(type) ?? []), index]);
  });
  const first = (group: number, lang: Lang) => terms.synonyms[group]![lang][0]!;
  const groupsIn = (text: string) => matcher.find(wordKeys(text).filter((key) => !matcher.isStopWord(key))).map((match) => match.group);

  // Per clause once: the groups its types and the words of its heading and Dutch summary call
  // for, in the library's order. The summary says what the clause says, in the library's words
  // and the contract's; reading the original wording and the English summary too took seconds
  // more at 1,000 contracts, and found nothing more for the judged queries
  // (bench/search-queries.yaml).
  const clauseGroups = new WeakMap<Clause, number[]>();
  const groupsOf = (clause: Clause) => {
    let groups = clauseGroups.get(clause);
    if (!groups) {
      const found = new Set([...clause.types.flatMap((type) => groupsOfType.get(type) ?? []), ...groupsIn(`${clause.heading ?? ""}\n${clause.summary?.nl ?? ""}`)]);
      groups = [...found].sort((a, b) => a - b);
      clauseGroups.set(clause, groups);
    }
    return groups;
  };
  // Per contract once: its key terms by the clause that states them.
  const termsByClause = new WeakMap<Contract, Map<string, [KeyTermName, KeyTerm][]>>();
  const keyTermsOf = (clause: Clause) => {
    const contract = contractBySlug[clause.contract]!;
    let byClause = termsByClause.get(contract);
    if (!byClause) {
      byClause = new Map();
      // A draft has only the key terms confirmed so far.
      for (const [name, term] of Object.entries(contract.terms) as [KeyTermName, KeyTerm | undefined][]) {
        if (term && term.clause !== null) byClause.set(term.clause, [...(byClause.get(term.clause) ?? []), [name, term]]);
      }
      termsByClause.set(contract, byClause);
    }
    return byClause.get(clause.id) ?? [];
  };

  // Per key term: the groups its name and question call for, in both languages ("Audit
  // frequency" → how often), which the clauses stating it and its page are found by too.
  const termGroups = new Map(
    Object.entries(KEY_TERMS).map(([name, term]) => [name as KeyTermName, groupsIn(LANGS.flatMap((lang) => [term.label[lang], term.description[lang]]).join("\n"))]),
  );
  const typesOfTerm = (name: KeyTermName) => Object.values(typeById).filter((type) => type.terms.includes(name));

  return {
    clauseWords(clause, lang) {
      const terms = keyTermsOf(clause).map(([name]) => name);
      const groups = [...groupsOf(clause), ...terms.flatMap((name) => termGroups.get(name) ?? [])];
      return [...new Set([...groups.map((group) => first(group, lang)), ...terms.map((name) => KEY_TERMS[name].label[lang])])].join(" ");
    },
    keyTermWords(name, lang) {
      const groups = new Set([...(termGroups.get(name) ?? []), ...typesOfTerm(name).flatMap((type) => groupsOfType.get(type.id) ?? [])]);
      return [...groups].map((group) => first(group, lang)).join(" ");
    },
    typeWords(type, lang) {
      const groups = new Set([...(groupsOfType.get(type.id) ?? []), ...groupsIn(`${type.name.nl}\n${type.name.en}`)]);
      return [...groups].map((group) => first(group, lang)).join(" ");
    },
    clauseCard(clause, lang) {
      const contract = contractBySlug[clause.contract]!;
      const terms = keyTermsOf(clause).map(([name, term]) => ({ name, answer: term.answer[lang], ...(term.wording && contract.language !== lang ? { wording: term.wording, lang: contract.language } : {}) }));
      return JSON.stringify(terms.length ? { types: clause.types, terms } : { types: clause.types });
    },
    keyTermCard(contract, name, lang) {
      // Key term pages list complete contracts, which have every key term.
      const term = contract.terms[name]!;
      const clause = clauseById(contract, term.clause);
      return JSON.stringify({
        vendor: contract.vendor,
        answer: term.answer[lang],
        ...(term.wording && contract.language !== lang ? { wording: term.wording, lang: contract.language } : {}),
        ...(clause ? { clause: clauseUrl(lang, clause), title: clauseTitle(clause, typeById, lang) } : {}),
      });
    },
    browserJson: JSON.stringify({
      firsts: vocabulary.firsts,
      initials: parts.map(([initial]) => initial).join(""),
      typeNames: Object.fromEntries(LANGS.map((lang) => [lang, Object.fromEntries(Object.values(typeById).map((type) => [type.id, type.name[lang]]))])),
      termLabels: Object.fromEntries(LANGS.map((lang) => [lang, Object.fromEntries(Object.entries(KEY_TERMS).map(([name, term]) => [name, term.label[lang]]))])),
      texts: Object.fromEntries(LANGS.map((lang) => [lang, Object.fromEntries(BROWSER_TEXTS.map((name) => [name, t(name, lang, placeholders)]))])),
    }),
    browserWords: parts.map(([initial, words]) => ({ initial, json: JSON.stringify(words) })),
  };
}

/** The search box fills these in itself. */
const placeholders = { n: "{n}", query: "{query}", words: "{words}", lang: "{lang}" };
