import { afterAll, describe, expect, it } from "vitest";

// West of UTC, a date read as local midnight is the evening before in UTC, and a date read as
// UTC midnight is the day before in local time: the filter must not depend on where it runs.
const zone = process.env.TZ;
process.env.TZ = "America/Los_Angeles";
const { longDate } = await import("../../scripts/site/filters/date.ts");
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("longDate", () => {
  it("writes the date out in the page's language", () => {
    expect(longDate("2026-03-01", "nl")).toBe("1 maart 2026");
    expect(longDate("2026-03-01", "en")).toBe("1 March 2026");
    expect(longDate("2025-12-31", "nl")).toBe("31 december 2025");
  });

  it("keeps the calendar day whatever the machine's time zone", () => {
    expect(longDate("2026-01-01", "en")).toBe("1 January 2026");
    expect(longDate("2026-12-31", "en")).toBe("31 December 2026");
  });

  it("refuses what is not a date instead of printing “Invalid Date”", () => {
    expect(() => longDate("1 maart", "nl")).toThrow(/not a date/);
  });
});
