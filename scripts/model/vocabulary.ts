// Closed vocabularies of the content model, each value with its label in both site languages.
// Schemas, templates and the authoring docs all read these lists.

export const LANGS = ["nl", "en"] as const;
export type Lang = (typeof LANGS)[number];
export type Bilingual = Record<Lang, string>;

/**
 * Interface text `name` of `table` in `lang`, its {placeholders} filled from `values`. An
 * unknown name or a placeholder without a value throws, so a template's typo fails the build
 * instead of showing a blank or "{n}"; a placeholder meant for the browser's script is passed
 * through as itself (`{ n: "{n}" }`).
 */
export function interfaceText(table: Record<string, Bilingual>, name: string, lang: Lang, values: Record<string, string | number> = {}, what = "interface text"): string {
  const entry = table[name];
  if (!entry) throw new Error(`unknown ${what} "${name}"`);
  return entry[lang].replace(/\{(\w+)\}/g, (_whole, placeholder: string) => {
    if (!(placeholder in values)) throw new Error(`${what} "${name}" needs a value for {${placeholder}}`);
    return String(values[placeholder]);
  });
}

/** Labels for a closed list of values, in both languages. */
export type Vocabulary<K extends string> = Record<K, Bilingual>;

/**
 * The words for a count, by the plural category Intl.PluralRules gives the count in a
 * language: Dutch and English have "one" (1) and "other" (0, 2, 1.5…).
 */
export type PluralWords = { one: string; other: string };

/** Units of a duration, with their words for one and for more ("1 maand", "2 maanden"). */
export const DURATION_UNITS = {
  hours: { nl: { one: "uur", other: "uur" }, en: { one: "hour", other: "hours" } },
  days: { nl: { one: "dag", other: "dagen" }, en: { one: "day", other: "days" } },
  "working-days": { nl: { one: "werkdag", other: "werkdagen" }, en: { one: "working day", other: "working days" } },
  months: { nl: { one: "maand", other: "maanden" }, en: { one: "month", other: "months" } },
  years: { nl: { one: "jaar", other: "jaar" }, en: { one: "year", other: "years" } },
} satisfies Record<string, Record<Lang, PluralWords>>;
export type DurationUnit = keyof typeof DURATION_UNITS;

export const RATINGS = {
  gunstig: { nl: "gunstig", en: "favourable" },
  neutraal: { nl: "neutraal", en: "neutral" },
  ongunstig: { nl: "ongunstig", en: "unfavourable" },
  "let-op": { nl: "let op", en: "watch out" },
} satisfies Vocabulary<string>;
export type Rating = keyof typeof RATINGS;

/** How a clause measures up on one criterion of its clause type's rubric (a finding's `result`). */
export const FINDING_RESULTS = {
  met: { nl: "voldaan", en: "met" },
  partly: { nl: "deels voldaan", en: "partly met" },
  "not-met": { nl: "niet voldaan", en: "not met" },
} satisfies Vocabulary<string>;
export type FindingResult = keyof typeof FINDING_RESULTS;

/** A contract's verdict on one requirement of the Art. 28 checklist, derived from its findings. */
export const VERDICTS = {
  voldoet: { nl: "voldoet", en: "complies" },
  deels: { nl: "deels", en: "partly" },
  ontbreekt: { nl: "ontbreekt", en: "missing" },
} satisfies Vocabulary<string>;
export type Verdict = keyof typeof VERDICTS;

/** Who bears a cost, as a contract assigns it (the key term auditCosts). */
export const COST_BEARERS = {
  controller: { nl: "verwerkingsverantwoordelijke", en: "controller" },
  processor: { nl: "verwerker", en: "processor" },
  "each-own": { nl: "ieder de eigen kosten", en: "each party its own" },
} satisfies Vocabulary<string>;

/** What a yes/no key term reads as, and the word its answer starts with. */
export const YES_NO = {
  true: { nl: "ja", en: "yes" },
  false: { nl: "nee", en: "no" },
} satisfies Vocabulary<"true" | "false">;

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
export function keysOf<K extends string>(vocabulary: Record<K, unknown>): [K, ...K[]] {
  return Object.keys(vocabulary) as [K, ...K[]];
}
