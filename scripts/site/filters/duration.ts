// A duration as it reads: the amount in the language's digits and the unit's word in the
// plural form the language wants for it ("1 maand", "2 maanden", "1 year", "2 years").
import { DURATION_UNITS, type DurationUnit, type Lang, type PluralWords } from "../../model/vocabulary.ts";

const pluralRules: Record<Lang, Intl.PluralRules> = { nl: new Intl.PluralRules("nl"), en: new Intl.PluralRules("en") };

export function duration(amount: number, unit: DurationUnit, lang: Lang): string {
  // Dutch and English know only "one" and "other" (Intl gives "other" for 0, 2 and 1.5).
  const form: keyof PluralWords = pluralRules[lang].select(amount) === "one" ? "one" : "other";
  return `${amount.toLocaleString(lang)} ${DURATION_UNITS[unit][lang][form]}`;
}
