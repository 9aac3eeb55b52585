import { describe, expect, it } from "vitest";
import { gdprPinpoint } from "../../scripts/site/filters/gdpr-pinpoint.ts";

describe("gdprPinpoint", () => {
  it("cites an article, a paragraph and a point as the AVG and the GDPR do", () => {
    expect(gdprPinpoint("28(3)(g)", "nl")).toBe("art. 28 lid 3 onder g AVG");
    expect(gdprPinpoint("28(3)(g)", "en")).toBe("Art. 28(3)(g) GDPR");
    expect(gdprPinpoint("33(2)", "nl")).toBe("art. 33 lid 2 AVG");
    expect(gdprPinpoint("82", "nl")).toBe("art. 82 AVG");
    expect(gdprPinpoint("82", "en")).toBe("Art. 82 GDPR");
  });

  it("refuses what is not a reference, so that a typo fails the build", () => {
    expect(() => gdprPinpoint("art 28", "nl")).toThrow(/not a GDPR reference/);
  });
});
