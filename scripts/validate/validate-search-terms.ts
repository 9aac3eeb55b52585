// What the schema cannot check in clauses/search-terms.yaml: that a synonym group's clause
// types exist, that every term has a word search can see (not only stop words), that a word
// or phrase belongs to one group only, and that stop words are single words.
import { createMatcher, vocabularyOf, wordKey, words } from "../../_includes/assets/search-words.js";
import type { SearchTerms } from "../model/schema.ts";
import type { Path } from "../load/yaml-source.ts";
import { didYouMean } from "./did-you-mean.ts";
import type { Problems } from "./problems.ts";

interface Where {
  file: string;
  lineOf(path: Path): number;
  clauseTypeIds: ReadonlySet<string>;
}

/** True when the terms are usable (no problem found). */
export function validateSearchTerms(terms: SearchTerms, { file, lineOf, clauseTypeIds }: Where, problems: Problems): boolean {
  const before = problems.list.length;
  for (const lang of ["nl", "en"] as const) {
    terms.stopWords[lang].forEach((word, index) => {
      if (words(word).length !== 1 || wordKey(word) !== wordKey(words(word)[0]!.text)) {
        problems.add("search-term", file, lineOf(["stopWords", lang, index]), `the stop word "${word}" is not a single word`, "write one word per stop word; a phrase belongs in a synonym group");
      }
    });
  }
  const matcher = createMatcher(vocabularyOf(terms));
  // The group each word or phrase was first seen in; lines are looked up only for a problem, as
  // finding them parses the file a second time, in every (re)build.
  const seen = new Map<string, number>();
  terms.synonyms.forEach((group, index) => {
    group.types?.forEach((type, at) => {
      if (clauseTypeIds.has(type)) return;
      const guess = didYouMean(type, clauseTypeIds);
      problems.add("unknown-clause-type", file, lineOf(["synonyms", index, "types", at]), `unknown clause type "${type}"`, guess ? `did you mean "${guess}"? Clause types are the file names in clauses/` : "use an id from clauses/ (file name without .md)");
    });
    const inGroup = new Set<string>();
    for (const lang of ["nl", "en"] as const) {
      group[lang].forEach((term, at) => {
        const line = () => lineOf(["synonyms", index, lang, at]);
        const keys = matcher.contentKeys(term).join(" ");
        if (!keys) {
          problems.add("search-term", file, line(), `"${term}" has only stop words, which search drops`, "add a word that carries the meaning, or remove the term");
          return;
        }
        if (inGroup.has(keys)) return; // the same word in both languages ("audit") is one term
        inGroup.add(keys);
        const other = seen.get(keys);
        if (other !== undefined) problems.add("search-term", file, line(), `"${term}" is also in the synonym group at line ${lineOf(["synonyms", other])}`, "keep each word or phrase in one group, or merge the two groups");
        else seen.set(keys, index);
      });
    }
  });
  return problems.list.length === before;
}
