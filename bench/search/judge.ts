// Judging what a user sees for a query against the clauses that answer it: at which of the
// first five results an answer is linked (the result's own link or a sub-result shown under
// it), and recall@5 and MRR over a set of queries. Pure functions.
import { LANGS } from "../../scripts/model/vocabulary.ts";
import type { SiteModel } from "../../scripts/site/site-model.ts";
import { clauseTypeUrl, clauseUrl } from "../../scripts/site/urls.ts";
import type { Query } from "./queries.ts";

/** The results counted: the first five. */
export const DEPTH = 5;

/** One result as shown: the addresses it links to (its own and its sub-results'). */
export interface ShownResult {
  title: string;
  links: string[];
}

export interface Judged {
  query: Query;
  /** 1-based rank of the first result linking to an answering clause or clause type page. */
  rank: number | null;
  /** The same, counting only links to the answering clauses themselves. */
  clauseRank: number | null;
  shown: ShownResult[];
}

export interface Targets {
  clauses: Set<string>;
  types: Set<string>;
}

/**
 * The site-relative addresses (path and fragment, both languages) that answer `query`: of the
 * site as laid out into pages, since a long contract's clauses are on its later pages.
 */
export function answerTargets(query: Query, site: SiteModel): Targets {
  const clauses = new Set<string>();
  for (const answer of query.answers) {
    const [slug, id] = answer.split("#") as [string, string];
    const clause = site.contractBySlug[slug]?.clauses.find((candidate) => candidate.id === id);
    if (!clause) throw new Error(`${answer} is not a clause of the library`);
    for (const lang of LANGS) clauses.add(clauseUrl(lang, clause));
  }
  const types = new Set(query.types.flatMap((type) => LANGS.map((lang) => clauseTypeUrl(lang, type))));
  return { clauses, types };
}

/** A link as the judge compares it: path and fragment, without origin or query (?highlight=…). */
export function linkKey(href: string, base: string): string {
  const url = new URL(href, base);
  return `${url.pathname}${url.hash}`;
}

export function judge(query: Query, shown: ShownResult[], targets: Targets, base: string): Judged {
  const firstRank = (accept: (key: string) => boolean) => {
    const index = shown.slice(0, DEPTH).findIndex((result) => result.links.some((href) => accept(linkKey(href, base))));
    return index < 0 ? null : index + 1;
  };
  return {
    query,
    rank: firstRank((key) => targets.clauses.has(key) || targets.types.has(key)),
    clauseRank: firstRank((key) => targets.clauses.has(key)),
    shown,
  };
}

export interface Scores {
  queries: number;
  /** Share of queries with an answer among the first five results. */
  recall: number;
  /** Mean reciprocal rank of the first answer (0 when none is shown). */
  mrr: number;
  /** Share of queries whose answering clause itself is linked among the first five. */
  clauseRecall: number;
}

export function score(judged: readonly Judged[]): Scores {
  const n = judged.length;
  const mean = (value: (entry: Judged) => number) => (n ? judged.reduce((sum, entry) => sum + value(entry), 0) / n : 0);
  return {
    queries: n,
    recall: mean((entry) => (entry.rank ? 1 : 0)),
    mrr: mean((entry) => (entry.rank ? 1 / entry.rank : 0)),
    clauseRecall: mean((entry) => (entry.clauseRank ? 1 : 0)),
  };
}
