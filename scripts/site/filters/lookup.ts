// Finding model entries from a template.
import type { Clause, ClauseType, Contract } from "../../model/types.ts";
import type { Lang } from "../../model/vocabulary.ts";
import { firstWords } from "./clause-heading.ts";
import { slugify } from "./slugify.ts";

export function clauseById(contract: Contract, id: string | null): Clause | undefined {
  return id === null ? undefined : contract.clauses.find((clause) => clause.id === id);
}

/**
 * What a clause is called in headings and links: its number and its own heading or main type's
 * name. Where a clause type is named already (`named`: its page, a finding's criterion), a
 * numbered clause whose heading is that type's name is called by its number alone: "7.1", not
 * "7.1 Melding van datalekken" in every cell of the breach notification page's grid.
 */
export function clauseTitle(clause: Clause, types: Record<string, ClauseType>, lang: Lang, named?: string): string {
  const name = clause.heading ?? types[clause.types[0]!]?.name[lang] ?? (clause.number ? "" : firstWords(clause.text));
  if (named && clause.number && slugify(name) === slugify(types[named]?.name[lang] ?? "")) return clause.number;
  return [clause.number, name].filter(Boolean).join(" ");
}
