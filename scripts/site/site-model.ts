// What the templates render: the validated library, cross-linked, with one entry per
// page and language for Eleventy's pagination.
import { clausesByType, equivalentsOf } from "../build/cross-links.ts";
import { exportLibrary } from "../build/export.ts";
import type { LibraryExport } from "../model/export-schema.ts";
import type { Clause, ClauseType, Contract, Library } from "../model/types.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";

export interface SiteModel {
  contracts: Contract[];
  clauseTypes: ClauseType[];
  typeById: Record<string, ClauseType>;
  contractBySlug: Record<string, Contract>;
  clausesOfType: Record<string, Clause[]>;
  /** How many clauses of other vendors share each clause's main type, keyed `contract#id`. */
  equivalentCounts: Record<string, number>;
  langs: readonly Lang[];
  contractPages: { lang: Lang; contract: Contract }[];
  clauseTypePages: { lang: Lang; type: ClauseType }[];
  export: LibraryExport;
}

export const clauseKey = (clause: Pick<Clause, "contract" | "id">) => `${clause.contract}#${clause.id}`;

export function buildSiteModel(library: Library): SiteModel {
  const byType = clausesByType(library);
  const equivalentCounts: Record<string, number> = {};
  for (const contract of library.contracts) {
    for (const clause of contract.clauses) equivalentCounts[clauseKey(clause)] = equivalentsOf(clause, byType).length;
  }
  return {
    contracts: library.contracts,
    clauseTypes: library.clauseTypes,
    typeById: Object.fromEntries(library.clauseTypes.map((type) => [type.id, type])),
    contractBySlug: Object.fromEntries(library.contracts.map((contract) => [contract.slug, contract])),
    clausesOfType: Object.fromEntries(byType),
    equivalentCounts,
    langs: LANGS,
    contractPages: LANGS.flatMap((lang) => library.contracts.map((contract) => ({ lang, contract }))),
    clauseTypePages: LANGS.flatMap((lang) => library.clauseTypes.map((type) => ({ lang, type }))),
    export: exportLibrary(library),
  };
}
