// Where a library's files are, relative to its root.
export const CONTRACTS_DIR = "contracts";
export const SOURCES_DIR = "contracts/sources";
export const CLAUSE_TYPES_DIR = "clauses";
