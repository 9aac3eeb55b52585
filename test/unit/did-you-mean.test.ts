import { describe, expect, it } from "vitest";
import { didYouMean, levenshtein } from "../../scripts/validate/did-you-mean.ts";

describe("did you mean", () => {
  it("counts edits", () => {
    expect(levenshtein("audit", "audits")).toBe(1);
    expect(levenshtein("", "abc")).toBe(3);
  });
  it("suggests the nearest name for a typo and nothing for a different word", () => {
    const types = ["breach-notification", "audits", "liability"];
    expect(didYouMean("breach-notifcation", types)).toBe("breach-notification");
    expect(didYouMean("audit", types)).toBe("audits");
    expect(didYouMean("pricing", types)).toBeUndefined();
  });
});
