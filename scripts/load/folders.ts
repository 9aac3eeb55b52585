// Where a library's files are, relative to its root.
export const CONTRACTS_DIR = "contracts";
export const SOURCES_DIR = "contracts/sources";
export const CLAUSE_TYPES_DIR = "clauses";
export const LESSONS_DIR = "lessons";
/** The legal sources that lessons and clause types cite. */
export const LAW_SOURCES_FILE = "lessons/sources.yaml";
/** The words search drops and the words it reads as the same (synonyms). */
export const SEARCH_TERMS_FILE = "clauses/search-terms.yaml";
