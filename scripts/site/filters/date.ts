// A calendar date written out in the page's language ("1 maart 2026", "1 March 2026"). The
// content model's dates are calendar days (YYYY-MM-DD) without a time zone: read and written
// in UTC, a date is the same day on every machine, and two builds stay identical.
import type { Lang } from "../../model/vocabulary.ts";

const formats: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

export function longDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`"${isoDate}" is not a date written YYYY-MM-DD`);
  return formats[lang].format(date);
}
