// The judged query set (bench/search-queries.yaml): read, checked against its schema and against
// the library (every answer must be a clause or clause type that exists), each problem reported
// as `file:line: what is wrong — how to fix it`.
import { z } from "zod";
import { parseYaml } from "../../scripts/load/yaml-source.ts";
import { LANGS, type Lang } from "../../scripts/model/vocabulary.ts";
import type { Library } from "../../scripts/model/types.ts";

export const QUERY_KINDS = ["question", "keyword", "synonym", "vendor", "number", "misspelling"] as const;

const AnswerRef = z.string().regex(/^[a-z0-9-]+#[A-Za-z0-9_-]+$/, "is not `contract-slug#clause-id`");

const JudgedQuery = z.strictObject({
  q: z.string().trim().min(1),
  lang: z.enum(LANGS),
  page: z.enum(LANGS).optional(),
  kind: z.enum(QUERY_KINDS),
  answers: z.array(AnswerRef).min(1),
  types: z.array(z.string()).default([]),
  heldOut: z.boolean().default(false),
  // Was held out until its set had been run once; now part of the tuning set.
  seen: z.boolean().default(false),
});

export interface Query {
  q: string;
  /** The query's language: results are reported per language. */
  lang: Lang;
  /** The language of the page the query is typed on. */
  page: Lang;
  kind: (typeof QUERY_KINDS)[number];
  /** `slug#clause-id` of each clause that answers it. */
  answers: string[];
  /** Clause type pages that count as an answer too. */
  types: string[];
  /** Held out and not yet run (`heldOut` without `seen`): only with --held-out. */
  heldOut: boolean;
  line: number;
}

export interface QuerySet {
  queries: Query[];
  problems: string[];
}

export function readQueries(file: string, text: string, library: Library): QuerySet {
  const yaml = parseYaml(text, 1);
  const problems = yaml.errors.map((error) => `${file}:${error.line}: the file is not valid YAML: ${error.message} — fix the YAML syntax`);
  if (problems.length) return { queries: [], problems };
  if (!Array.isArray(yaml.data)) return { queries: [], problems: [`${file}:1: the query set is not a list — write each query as a \`- q: …\` item`] };

  const clauses = new Set(library.contracts.flatMap((contract) => contract.clauses.map((clause) => `${contract.slug}#${clause.id}`)));
  const types = new Set(library.clauseTypes.map((type) => type.id));
  const seen = new Map<string, number>();
  const queries: Query[] = [];
  yaml.data.forEach((item: unknown, index: number) => {
    const line = yaml.lineOf([index]);
    const parsed = JudgedQuery.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".");
        problems.push(`${file}:${yaml.lineOf([index, ...issue.path])}: query ${index + 1}${field ? ` field "${field}"` : ""}: ${issue.message} — see the field list at the top of the file`);
      }
      return;
    }
    const query = parsed.data;
    const key = `${query.lang}:${query.q.toLowerCase()}`;
    if (seen.has(key)) problems.push(`${file}:${line}: "${query.q}" is already judged at line ${seen.get(key)} — remove one of the two`);
    seen.set(key, line);
    query.answers.forEach((answer, at) => {
      if (!clauses.has(answer)) problems.push(`${file}:${yaml.lineOf([index, "answers", at])}: "${answer}" is not a clause of the library — write contract-slug#clause-id as in contracts/<slug>.md`);
    });
    query.types.forEach((type, at) => {
      if (!types.has(type)) problems.push(`${file}:${yaml.lineOf([index, "types", at])}: "${type}" is not a clause type — use the id of a file in clauses/`);
    });
    // A seen query was held out once; its set has been run, so it tunes like any other.
    queries.push({ ...query, page: query.page ?? query.lang, heldOut: query.heldOut && !query.seen, line });
  });
  return { queries, problems };
}
