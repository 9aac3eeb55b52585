// Parses clauses/search-terms.yaml, the stop words and synonyms of the site's search, and
// checks them (scripts/validate/validate-search-terms.ts). Without the file, search has
// neither: it still works, on the words as typed.
import { SearchTerms } from "../model/schema.ts";
import { checkSchema } from "../validate/check-schema.ts";
import type { Problems } from "../validate/problems.ts";
import { validateSearchTerms } from "../validate/validate-search-terms.ts";
import { parseYaml } from "./yaml-source.ts";

export const NO_SEARCH_TERMS: SearchTerms = { stopWords: { nl: [], en: [] }, synonyms: [] };

/** `raw` is undefined when the file does not exist. */
export function parseSearchTerms(file: string, raw: string | undefined, clauseTypeIds: ReadonlySet<string>, problems: Problems): SearchTerms {
  if (raw === undefined) return NO_SEARCH_TERMS;
  const yaml = parseYaml(raw, 1);
  for (const error of yaml.errors) problems.add("field", file, error.line, `the file is not valid YAML: ${error.message}`, "fix the YAML syntax; quote values containing `: `");
  const terms = yaml.errors.length ? undefined : checkSchema(SearchTerms, yaml, file, problems, "the search terms");
  if (!terms) return NO_SEARCH_TERMS;
  return validateSearchTerms(terms, { file, lineOf: (path) => yaml.lineOf(path), clauseTypeIds }, problems) ? terms : NO_SEARCH_TERMS;
}
