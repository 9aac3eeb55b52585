// The shape of _site/api/library.json, the library's public export. The build test checks
// the built file against it.
import { z } from "zod";
import { Bilingual, Criterion, Duration, Finding, Review } from "./schema.ts";
import { RATINGS, keysOf } from "./vocabulary.ts";
import { KEY_TERM_NAMES } from "./key-terms.ts";

const Urls = z.strictObject({ nl: z.string().startsWith("/"), en: z.string().startsWith("/") });

export const ExportedTerm = z.strictObject({
  value: z.union([Duration, z.string(), z.boolean()]).nullable(),
  clause: z.string().nullable(),
  wording: z.string().optional(),
  answer: Bilingual,
  note: Bilingual.optional(),
  review: Review.optional(),
});

export const LibraryExport = z.strictObject({
  contracts: z.array(
    z.strictObject({
      slug: z.string(),
      vendor: z.string(),
      title: z.string(),
      documentType: z.string(),
      jurisdiction: z.string().length(2),
      source: z.string().startsWith("contracts/sources/"),
      url: z.string().startsWith("/"),
      urls: Urls,
      terms: z.strictObject(Object.fromEntries(KEY_TERM_NAMES.map((name) => [name, ExportedTerm]))),
    }),
  ),
  clauses: z.array(
    z.strictObject({
      id: z.string(),
      contract: z.string(),
      number: z.string().nullable(),
      heading: z.string().nullable(),
      types: z.array(z.string()),
      text: z.string().min(1),
      url: z.string().includes("#"),
      urls: Urls,
      summary: Bilingual.partial(),
      // As the site shows it: with findings, the rating they give.
      assessment: z.strictObject({ rating: z.enum(keysOf(RATINGS)), nl: z.string(), en: z.string(), findings: z.array(Finding).optional() }).optional(),
      review: Review.optional(),
    }),
  ),
  clauseTypes: z.array(z.strictObject({ id: z.string(), name: Bilingual, gdpr: z.array(z.string()), criteria: z.array(Criterion).min(1) })),
}).superRefine((data, ctx) => {
  // Only a clause new in a version and not yet reviewed may lack its types or a summary.
  data.clauses.forEach((clause, index) => {
    if (clause.review !== "added" && (!clause.types.length || !clause.summary.nl || !clause.summary.en)) {
      ctx.addIssue({ code: "custom", path: ["clauses", index], message: "a clause has types and both summaries, unless it is new in a version (review: added)" });
    }
  });
});

export type LibraryExport = z.infer<typeof LibraryExport>;
