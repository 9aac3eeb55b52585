// The terms a contract defines: read from its definition clauses, which start with the
// term ("Subverwerker: een door …", "1.2 \"Clouddienst\": onze …").
import type { Clause, Contract } from "../model/types.ts";

export interface DefinedTerm {
  term: string;
  clause: Clause;
}

const TERM_AT_START = /^[“"'‘]?([^:“”"'‘’\n]{2,60}?)[”"'’]?\s*:\s/;

export function definedTerm(clause: Clause): string | undefined {
  if (!clause.types.includes("definitions")) return undefined;
  const match = TERM_AT_START.exec(clause.text.replace(/^\d+°\s*/, ""));
  return match?.[1]?.trim();
}

export function definedTerms(contract: Contract): DefinedTerm[] {
  return contract.clauses.flatMap((clause) => {
    const term = definedTerm(clause);
    return term ? [{ term, clause }] : [];
  });
}

/** Normalises a term for matching: lower case, quotes and plural -s aside. */
export function termKey(term: string): string {
  return term.toLowerCase().replace(/[“”"'‘’]/g, "").trim();
}
