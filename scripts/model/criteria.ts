// The criteria of every clause type by the name findings and lessons give them,
// `<clause type>/<criterion id>` (breach-notification/deadline).
import { gdprArticleSource } from "./law-sources.ts";
import type { Criterion } from "./schema.ts";
import type { ClauseType } from "./types.ts";

export interface PlacedCriterion {
  ref: string;
  type: ClauseType;
  criterion: Criterion;
}

export function criterionRef(typeId: string, criterionId: string): string {
  return `${typeId}/${criterionId}`;
}

/** The clause type id a criterion's name starts with. */
export function typeOfRef(ref: string): string {
  return ref.slice(0, ref.indexOf("/"));
}

export function criteriaByRef(types: readonly ClauseType[]): Map<string, PlacedCriterion> {
  const byRef = new Map<string, PlacedCriterion>();
  for (const type of types) {
    for (const criterion of type.criteria) {
      const ref = criterionRef(type.id, criterion.id);
      if (!byRef.has(ref)) byRef.set(ref, { ref, type, criterion });
    }
  }
  return byRef;
}

/**
 * What of the rubric a contract's ratings, checklist verdicts and exports depend on (ids,
 * names, central, checklist), as one string: a watch-mode rebuild keeps a contract's model
 * only while this stays the same (scripts/load/load-library.ts). The other texts are read
 * from the clause types when pages are rendered.
 */
export function rubricStamp(types: readonly ClauseType[]): string {
  return JSON.stringify(types.map((type) => [type.id, type.criteria.map(({ id, name, central, checklist }) => [id, name, central, checklist])]));
}

/** The sources a criterion rests on: the articles of its GDPR references, then its other sources. */
export function criterionSources(criterion: Criterion): string[] {
  return [...new Set([...(criterion.gdpr ?? []).map(gdprArticleSource), ...(criterion.sources ?? [])])];
}
