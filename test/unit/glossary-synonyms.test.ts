// The glossary's terms as synonyms (scripts/load/glossary-synonyms.ts).
import { describe, expect, it } from "vitest";
import { createMatcher, words } from "../../_includes/assets/search-words.js";
import { withGlossary } from "../../scripts/load/glossary-synonyms.ts";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { GDPR_TERMS } from "../../scripts/model/glossary.ts";
import { ROOT } from "../support/build.ts";

const TERMS = {
  stopWords: { nl: ["van", "de"], en: ["of"] },
  synonyms: [
    { nl: ["datalek", "inbreuk"], en: ["breach"] },
    { nl: ["toestemming"], en: ["permission"] },
    { nl: ["derde land"], en: ["third country"] },
  ],
};
const term = (nl: string, en: string) => ({ nl, en, article: "4", match: [] });

describe("the glossary as synonyms", () => {
  it("makes a term whose names are in no group a group of its own, without the explanation in brackets", () => {
    const { synonyms } = withGlossary(TERMS, [term("pseudonimisering (AVG)", "pseudonymisation")]);
    expect(synonyms.at(-1)).toEqual({ nl: ["pseudonimisering"], en: ["pseudonymisation"] });
    expect(synonyms).toHaveLength(TERMS.synonyms.length + 1);
  });

  it("brings a name's translation into the group that has the name", () => {
    const { synonyms } = withGlossary(TERMS, [term("toestemming", "consent"), term("inbreuk in verband met persoonsgegevens (datalek)", "breach")]);
    expect(synonyms[1]).toEqual({ nl: ["toestemming"], en: ["permission", "consent"] });
    expect(synonyms[0]).toEqual({ nl: ["datalek", "inbreuk", "inbreuk in verband met persoonsgegevens"], en: ["breach"] });
    expect(TERMS.synonyms[1]!.en).toEqual(["permission"]);
  });

  it("leaves a term whose names are in two groups as the file has it, so that a word stays in one group", () => {
    expect(withGlossary(TERMS, [term("derde land", "permission")]).synonyms).toEqual(TERMS.synonyms);
  });

  it("puts both names of every term of the library's glossary in one group", () => {
    const { searchTerms } = loadLibrary(ROOT).library;
    const matcher = createMatcher(searchTerms);
    const groupOf = (name: string) => matcher.find(words(name.replace(/\(.*?\)/g, "")).map((word) => word.key).filter((key) => !matcher.isStopWord(key))).map((match) => match.group);
    for (const { nl, en } of GDPR_TERMS) {
      expect(groupOf(nl), nl).toHaveLength(1);
      expect(groupOf(en), en).toEqual(groupOf(nl));
    }
  });
});
