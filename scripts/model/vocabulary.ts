// Closed vocabularies of the content model, each value with its label in both site languages.
// Schemas, templates and the authoring docs all read these lists.

export const LANGS = ["nl", "en"] as const;
export type Lang = (typeof LANGS)[number];
export type Bilingual = Record<Lang, string>;

/** Labels for a closed list of values, in both languages. */
export type Vocabulary<K extends string> = Record<K, Bilingual>;

export const DURATION_UNITS = {
  hours: { nl: "uur", en: "hours" },
  days: { nl: "dagen", en: "days" },
  "working-days": { nl: "werkdagen", en: "working days" },
  months: { nl: "maanden", en: "months" },
  years: { nl: "jaar", en: "years" },
} satisfies Vocabulary<string>;

export const RATINGS = {
  gunstig: { nl: "gunstig", en: "favourable" },
  neutraal: { nl: "neutraal", en: "neutral" },
  ongunstig: { nl: "ongunstig", en: "unfavourable" },
  "let-op": { nl: "let op", en: "watch out" },
} satisfies Vocabulary<string>;
export type Rating = keyof typeof RATINGS;

export const DOCUMENT_TYPES = {
  dpa: { nl: "verwerkersovereenkomst", en: "data processing agreement" },
  "general-terms": { nl: "algemene voorwaarden", en: "general terms and conditions" },
} satisfies Vocabulary<string>;

export const PARTY_ROLES = {
  controller: { nl: "verwerkingsverantwoordelijke", en: "controller" },
  processor: { nl: "verwerker", en: "processor" },
} satisfies Vocabulary<string>;

export const CLAUSE_TYPE_GROUPS = {
  art28: { nl: "Artikel 28 AVG", en: "GDPR Article 28" },
  gdpr: { nl: "Overige AVG-onderwerpen", en: "Other GDPR topics" },
  contract: { nl: "Contractuele kaders", en: "Contract frame" },
} satisfies Vocabulary<string>;

/** Keys of a vocabulary as the non-empty tuple zod's enum wants. */
export function keysOf<K extends string>(vocabulary: Vocabulary<K>): [K, ...K[]] {
  return Object.keys(vocabulary) as [K, ...K[]];
}
