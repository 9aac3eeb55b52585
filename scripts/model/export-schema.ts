// The shape of _site/api/library.json, the library's public export. The build test checks
// the built file against it.
import { z } from "zod";
import { Bilingual, Criterion, Duration, Finding } from "./schema.ts";
import { RATINGS, keysOf } from "./vocabulary.ts";
import { KEY_TERM_NAMES } from "./key-terms.ts";

const Urls = z.strictObject({ nl: z.string().startsWith("/"), en: z.string().startsWith("/") });

export const ExportedTerm = z.strictObject({
  value: z.union([Duration, z.string(), z.boolean()]).nullable(),
  clause: z.string().nullable(),
  wording: z.string().optional(),
  answer: Bilingual,
  note: Bilingual.optional(),
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
      types: z.array(z.string()).min(1),
      text: z.string().min(1),
      url: z.string().includes("#"),
      urls: Urls,
      summary: Bilingual,
      // As the site shows it: with findings, the rating they give.
      assessment: z.strictObject({ rating: z.enum(keysOf(RATINGS)), nl: z.string(), en: z.string(), findings: z.array(Finding).optional() }).optional(),
    }),
  ),
  clauseTypes: z.array(z.strictObject({ id: z.string(), name: Bilingual, gdpr: z.array(z.string()), criteria: z.array(Criterion).min(1) })),
});

export type LibraryExport = z.infer<typeof LibraryExport>;
