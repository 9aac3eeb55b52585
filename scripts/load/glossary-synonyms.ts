// The glossary's terms (scripts/model/glossary.ts) as synonyms: each term's Dutch and English
// name mean the same, so that "consent" typed on a Dutch page searches for "toestemming". A
// name already in a group of clauses/search-terms.yaml brings its translation into that group;
// a term with neither name in a group becomes a group of its own, after those of the file. A
// name stays in one group: a term whose names are in two groups is left as the file has it.
import { createMatcher } from "../../_includes/assets/search-words.js";
import type { GlossaryTerm } from "../model/glossary.ts";
import type { SearchTerms } from "../model/schema.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";

/** A glossary name without its explanation in brackets: "subverwerker (AVG: andere verwerker)" is "subverwerker". */
const plain = (name: string) => name.replace(/\s*\(.*?\)\s*/g, " ").trim();

export function withGlossary(terms: SearchTerms, glossary: readonly GlossaryTerm[]): SearchTerms {
  const matcher = createMatcher(terms);
  const synonyms = terms.synonyms.map((group) => ({ ...group, nl: [...group.nl], en: [...group.en] }));
  /** The index of the group that has `name` as one of its terms, if any. */
  const groupOf = (name: string) => {
    const keys = matcher.contentKeys(name);
    const found = matcher.find(keys);
    return found.length === 1 && found[0]!.start === 0 && found[0]!.end === keys.length ? found[0]!.group : undefined;
  };
  for (const term of glossary) {
    const names: Record<Lang, string> = { nl: plain(term.nl), en: plain(term.en) };
    if (LANGS.some((lang) => !matcher.contentKeys(names[lang]).length)) continue;
    const [nl, en] = [groupOf(names.nl), groupOf(names.en)];
    if (nl === undefined && en === undefined) synonyms.push({ nl: [names.nl], en: [names.en] });
    else if (nl === undefined) synonyms[en!]!.nl.push(names.nl);
    else if (en === undefined) synonyms[nl]!.en.push(names.en);
  }
  return { ...terms, synonyms };
}
