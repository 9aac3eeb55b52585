// What a dev-mode rebuild renders after contracts were edited: the pages that show those
// contracts, not the whole site. The other pages on disk are still right as long as the
// edit moved nothing they link to or count, so when it did (a clause moved to another part,
// a heading or clause id changed, a clause changed type, a type page's chunks shifted, a
// contract came or went) the answer is "everything" (undefined).
import type { Contract } from "../model/types.ts";
import type { SiteModel } from "./site-model.ts";

/** Where a contract's clauses and headings are, and what other pages count of it. */
function layoutOf(model: SiteModel, slug: string): string {
  const contract = model.contractBySlug[slug];
  return JSON.stringify([model.contents[slug], contract?.clauses.map((clause) => [clause.id, clause.part, clause.types])]);
}

/**
 * What a contract's column on a clause type page shows: its name, key terms, and of each clause
 * of the type what the page prints or links to. Not the whole clause: an edit that adds a line
 * moves the source line numbers of every clause after it, which no type page shows.
 */
function columnOf(model: SiteModel, slug: string, type: string): string {
  const contract = model.contractBySlug[slug]!;
  const clauses = contract.clauses
    .filter((clause) => clause.types.includes(type))
    .map(({ id, part, number, heading, types, summary, assessment }) => [id, part, number, heading, types, summary, assessment]);
  return JSON.stringify([contract.vendor, contract.terms, clauses]);
}

/** Which contracts each clause type page shows. */
function typeChunks(model: SiteModel): string {
  return JSON.stringify(model.clauseTypePages.map((page) => [page.type.id, page.page, page.items.map((column) => column.contract.slug)]));
}

export function scopeToContracts(previous: SiteModel, next: SiteModel, slugs: ReadonlySet<string>): SiteModel | undefined {
  const sameContracts =
    previous.contracts.length === next.contracts.length && previous.contracts.every((contract, index) => contract.slug === next.contracts[index]!.slug);
  if (!sameContracts || [...slugs].some((slug) => layoutOf(previous, slug) !== layoutOf(next, slug)) || typeChunks(previous) !== typeChunks(next)) {
    return undefined;
  }
  const shows = (contract: Contract) => slugs.has(contract.slug);
  const changedColumn = (type: string, contract: Contract) => shows(contract) && columnOf(previous, contract.slug, type) !== columnOf(next, contract.slug, type);
  return {
    ...next,
    contractPages: next.contractPages.filter((page) => shows(page.contract)),
    checklistPages: next.checklistPages.filter((page) => shows(page.contract)),
    contractExports: next.contractExports.filter((contract) => slugs.has(contract.slug)),
    negotiationExports: next.negotiationExports.filter((contract) => slugs.has(contract.slug)),
    clauseTypePages: next.clauseTypePages.filter((page) => page.items.some((column) => changedColumn(page.type.id, column.contract))),
    contractListPages: next.contractListPages.filter((page) => page.items.some(shows)),
    matrixPages: next.matrixPages.filter((page) => page.items.some(shows)),
    keyTermPages: next.keyTermPages.filter((page) => page.items.some(shows)),
    glossaryPages: next.glossaryPages.filter((page) => page.slugs.some((slug) => slugs.has(slug))),
  };
}
