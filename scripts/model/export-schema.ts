// The shape of the library's public export, version 2: _site/api/library.json, an index of
// every contract and clause, and _site/api/contracts/<slug>.json, everything the library knows
// of one contract. The build test checks the built files against it.
//
// Version 1 put every clause in full (wording, summaries, assessments, notes) in library.json
// as well: 119 MB at 1,000 contracts, downloaded whole by anyone who wanted one contract. From
// version 2 on, library.json is the index (contracts, key-term values, clause ids, types and
// places) and names each contract's own file, which has the rest.
import { z } from "zod";
import { Bilingual, Criterion, Duration, Finding, KeyTerms, Party, Review, SuggestedType } from "./schema.ts";
import { FINDING_RESULTS, RATINGS, keysOf } from "./vocabulary.ts";
import { KEY_TERM_NAMES } from "./key-terms.ts";

const SiteUrl = z.string().startsWith("/").describe("Site-relative URL");
const Urls = z.strictObject({ nl: SiteUrl, en: SiteUrl }).describe("The page in Dutch (nl) and in English (en)");

/** What library.json and the contract's own file both say of a contract. */
const contractHeader = {
  slug: z.string().describe("The contract's id, in its URLs and its file's name"),
  vendor: z.string(),
  status: z.enum(["draft", "complete"]).describe("`draft` while the contract is not yet fully annotated: it may lack key terms, clause types and summaries"),
  title: z.string().describe("The document's own title"),
  documentType: z.string(),
  jurisdiction: z.string().length(2).describe("ISO 3166-1 alpha-2"),
  source: z.string().startsWith("contracts/sources/").describe("The source extraction the text was checked against, in the repository"),
  urls: Urls.describe("The contract's (first) page"),
};

export const LibraryExport = z.strictObject({
  version: z.literal(2).describe("The export's format"),
  contracts: z.array(
    z.strictObject({
      ...contractHeader,
      json: SiteUrl.endsWith(".json").describe("The contract's own file: /api/contracts/<slug>.json"),
      terms: z
        .strictObject(
          Object.fromEntries(
            KEY_TERM_NAMES.map((name) => [
              name,
              z
                .strictObject({
                  value: z.union([Duration, z.string(), z.boolean()]).nullable().describe("The key term's value; null when the contract does not state it"),
                  clause: z.string().nullable().describe("The id of the clause it comes from"),
                })
                .optional(),
            ]),
          ),
        )
        .describe("Every key term's value (a draft's confirmed ones); answers, wording and notes are in the contract's own file"),
      clauses: z.array(
        z.strictObject({
          id: z.string().describe("The clause's anchor on its page, unique in the contract"),
          types: z.array(z.string()).describe("Clause type ids, main type first"),
          href: z.string().includes("#").describe("Where the clause is, relative to the contract's urls (either language): #art-6-1, 2/#art-6-1"),
          review: Review.optional(),
        }),
      ),
    }),
  ),
  clauseTypes: z.array(z.strictObject({ id: z.string(), name: Bilingual, gdpr: z.array(z.string()), criteria: z.array(Criterion).min(1) })),
  keyTerms: z.array(z.strictObject({ name: z.enum(KEY_TERM_NAMES as [string, ...string[]]), label: Bilingual })).describe("The key terms in the site's order, with their names in both languages"),
}).superRefine((data, ctx) => {
  data.contracts.forEach((contract, c) => {
    everyTermUnlessDraft(contract, ctx, ["contracts", c, "terms"]);
    contract.clauses.forEach((clause, index) => completeUnlessDraft(contract.status, clause, ctx, ["contracts", c, "clauses", index]));
  });
});

/** Only a draft may lack key terms. */
function everyTermUnlessDraft(contract: { status: string; terms: Record<string, unknown> }, ctx: z.RefinementCtx, path: (string | number)[]): void {
  if (contract.status === "complete" && KEY_TERM_NAMES.some((name) => !contract.terms[name])) ctx.addIssue({ code: "custom", path, message: "a complete contract has every key term" });
}

/** Only a draft's clause or one new in a version (review: added) may lack its types or a summary, or carry suggested types. */
function completeUnlessDraft(
  status: string,
  clause: { types: string[]; suggestedTypes?: unknown; summary?: { nl?: string; en?: string }; review?: string },
  ctx: z.RefinementCtx,
  path: (string | number)[],
): void {
  if (status === "draft" || clause.review === "added") return;
  if (!clause.types.length || clause.suggestedTypes || (clause.summary && (!clause.summary.nl || !clause.summary.en))) {
    ctx.addIssue({ code: "custom", path, message: "a clause has types, both summaries and no suggestions, unless its contract is a draft or it is new in a version (review: added)" });
  }
}

export const ContractExport = z.strictObject({
  ...contractHeader,
  terms: KeyTerms.partial().describe("Every key term (a draft's confirmed ones): value, clause, the contract's own wording, the answer and the annotator's note in both languages"),
  keyTerms: z
    .array(
      z.strictObject({
        name: z.enum(KEY_TERM_NAMES as [string, ...string[]]),
        display: z.strictObject({ nl: z.string(), en: z.string() }).describe("The value as a cell of the matrix shows it"),
      }),
    )
    .describe("The key terms in the site's order, each value as the site shows it; the answer, wording and clause are in terms, the label in library.json's keyTerms"),
  version: z.string().nullable().describe("The document's version as it states it"),
  date: z.string().nullable(),
  language: z.enum(["nl", "en"]).describe("The language of the document's wording"),
  parties: z.array(Party),
  remarks: z.array(Bilingual),
  clauses: z.array(
    z.strictObject({
      id: z.string(),
      number: z.string().nullable(),
      heading: z.string().nullable(),
      types: z.array(z.string()),
      suggestedTypes: z.array(SuggestedType).min(1).optional().describe("A draft's clause whose types are not confirmed yet: the import's suggestions, best first"),
      text: z.string().min(1).describe("The original wording, as plain text"),
      href: z.string().includes("#").describe("Where the clause is, relative to the contract's urls (either language): #art-6-1, 2/#art-6-1"),
      summary: Bilingual.partial(),
      // As the site shows it: with findings, the rating they give.
      assessment: z.strictObject({ rating: z.enum(keysOf(RATINGS)), nl: z.string(), en: z.string(), findings: z.array(Finding).optional() }).optional(),
      note: Bilingual.optional(),
      review: Review.optional().describe("What a new version's author still has to check: `changed` or `added` (an added clause may lack its types and summary)"),
    }),
  ),
  negotiationPoints: z
    .array(
      z.strictObject({
        clause: z.string().describe("The clause's id; its finding on the criterion (result and reason) is in its assessment"),
        criterion: z.string().describe("The criterion, as <clause type>/<criterion id>; its name and weight are in library.json's clauseTypes"),
        result: z.enum(keysOf(FINDING_RESULTS)),
      }),
    )
    .optional()
    .describe("The criteria the contract does not meet, weightiest first; a draft has none until it is complete"),
}).superRefine((data, ctx) => {
  everyTermUnlessDraft(data, ctx, ["terms"]);
  if (data.status === "complete" && !data.negotiationPoints) ctx.addIssue({ code: "custom", path: ["negotiationPoints"], message: "a complete contract has its negotiation points" });
  data.clauses.forEach((clause, index) => completeUnlessDraft(data.status, clause, ctx, ["clauses", index]));
});

export type LibraryExport = z.infer<typeof LibraryExport>;
export type ContractExport = z.infer<typeof ContractExport>;
