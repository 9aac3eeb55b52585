// Parses clauses/search-terms.yaml, the stop words and synonyms of the site's search, and
// checks them (scripts/validate/validate-search-terms.ts); the glossary's terms join the
// synonyms (glossary-synonyms.ts). Without the file, search has no stop words and only the
// glossary's synonyms.
import { SearchTerms } from "../model/schema.ts";
import { checkSchema } from "../validate/check-schema.ts";
import type { Problems } from "../validate/problems.ts";
import { validateSearchTerms } from "../validate/validate-search-terms.ts";
import { GDPR_TERMS } from "../model/glossary.ts";
import { withGlossary } from "./glossary-synonyms.ts";
import { parseYaml } from "./yaml-source.ts";

export const NO_SEARCH_TERMS: SearchTerms = { stopWords: { nl: [], en: [] }, synonyms: [] };

/** `raw` is undefined when the file does not exist. */
export function parseSearchTerms(file: string, raw: string | undefined, clauseTypeIds: ReadonlySet<string>, problems: Problems): SearchTerms {
  return withGlossary(readSearchTerms(file, raw, clauseTypeIds, problems), GDPR_TERMS);
}

function readSearchTerms(file: string, raw: string | undefined, clauseTypeIds: ReadonlySet<string>, problems: Problems): SearchTerms {
  if (raw === undefined) return NO_SEARCH_TERMS;
  const yaml = parseYaml(raw, 1);
  for (const error of yaml.errors) problems.add("field", file, error.line, `the file is not valid YAML: ${error.message}`, "fix the YAML syntax; quote values containing `: `");
  const terms = yaml.errors.length ? undefined : checkSchema(SearchTerms, yaml, file, problems, "the search terms");
  if (!terms) return NO_SEARCH_TERMS;
  return validateSearchTerms(terms, { file, lineOf: (path) => yaml.lineOf(path), clauseTypeIds }, problems) ? terms : NO_SEARCH_TERMS;
}
