import { describe, expect, it } from "vitest";
import { duration } from "../../scripts/site/filters/duration.ts";
import { DURATION_UNITS, type DurationUnit, type Lang } from "../../scripts/model/vocabulary.ts";

// What a reader expects to see for one and for two of every unit, in both languages.
const EXPECTED: Record<DurationUnit, Record<Lang, [one: string, two: string]>> = {
  hours: { nl: ["1 uur", "2 uur"], en: ["1 hour", "2 hours"] },
  days: { nl: ["1 dag", "2 dagen"], en: ["1 day", "2 days"] },
  "working-days": { nl: ["1 werkdag", "2 werkdagen"], en: ["1 working day", "2 working days"] },
  months: { nl: ["1 maand", "2 maanden"], en: ["1 month", "2 months"] },
  years: { nl: ["1 jaar", "2 jaar"], en: ["1 year", "2 years"] },
};

describe("duration", () => {
  it("covers every unit of the content model", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(DURATION_UNITS).sort());
  });

  for (const [unit, langs] of Object.entries(EXPECTED) as [DurationUnit, Record<Lang, [string, string]>][]) {
    for (const [lang, [one, two]] of Object.entries(langs) as [Lang, [string, string]][]) {
      it(`writes 1 and 2 ${unit} in ${lang} as “${one}” and “${two}”`, () => {
        expect(duration(1, unit, lang)).toBe(one);
        expect(duration(2, unit, lang)).toBe(two);
      });
    }
  }

  it("uses the plural for zero and fractions, and the language's digit grouping", () => {
    expect(duration(0, "days", "en")).toBe("0 days");
    expect(duration(1.5, "months", "nl")).toBe("1,5 maanden");
    expect(duration(1000, "hours", "en")).toBe("1,000 hours");
  });
});
