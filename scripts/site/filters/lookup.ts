// Finding model entries from a template.
import type { Clause, ClauseType, Contract } from "../../model/types.ts";
import type { Lang } from "../../model/vocabulary.ts";
import { firstWords } from "./clause-heading.ts";

export function clauseById(contract: Contract, id: string | null): Clause | undefined {
  return id === null ? undefined : contract.clauses.find((clause) => clause.id === id);
}

/** What a clause is called in headings and links: its number and its own heading or main type's name. */
export function clauseTitle(clause: Clause, types: Record<string, ClauseType>, lang: Lang): string {
  const name = clause.heading ?? types[clause.types[0]!]?.name[lang] ?? (clause.number ? "" : firstWords(clause.text));
  return [clause.number, name].filter(Boolean).join(" ");
}
