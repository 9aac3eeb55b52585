// How a key term's value reads in a table cell.
import type { KeyTerm } from "../../model/schema.ts";
import { KEY_TERMS, type KeyTermName } from "../../model/key-terms.ts";
import { COST_BEARERS, YES_NO, type DurationUnit, type Lang } from "../../model/vocabulary.ts";
import { duration } from "./duration.ts";
import { countryName, t } from "./i18n.ts";

/** The value alone, as a short label ("48 uur", "ja"); the matrix and term pages show the term's answer, which says more. */
export function termValue(term: Pick<KeyTerm, "value" | "clause">, name: KeyTermName, lang: Lang): string {
  const { value } = term;
  if (value === null) return t(term.clause === null ? "notAddressed" : "noFigure", lang);
  switch (KEY_TERMS[name].kind) {
    case "duration": {
      const { amount, unit } = value as { amount: number; unit: DurationUnit };
      return duration(amount, unit, lang);
    }
    case "boolean":
      return YES_NO[String(value) as "true" | "false"][lang];
    case "payer":
      return COST_BEARERS[value as keyof typeof COST_BEARERS][lang];
    case "country":
      return countryName(value as string, lang);
    default:
      return String(value);
  }
}

/** A sortable key for a duration: its length in hours, roughly (months of 30 days, working days as days). */
export function termSortKey(term: Pick<KeyTerm, "value">): number | string {
  const { value } = term;
  if (value === null) return Number.POSITIVE_INFINITY;
  if (typeof value === "object") {
    const hours = { hours: 1, days: 24, "working-days": 24, months: 720, years: 8760 }[value.unit];
    return value.amount * hours;
  }
  return String(value);
}
