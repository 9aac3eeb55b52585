import { describe, expect, it } from "vitest";
import { clauseTypeUrl, clauseUrl, contractUrl, homeUrl, translateUrl } from "../../scripts/site/urls.ts";

describe("urls", () => {
  it("gives each page a Dutch and an English address", () => {
    expect(contractUrl("nl", "axiops")).toBe("/contracten/axiops/");
    expect(contractUrl("en", "axiops")).toBe("/en/contracts/axiops/");
    expect(clauseTypeUrl("en", "audits")).toBe("/en/clause-types/audits/");
    expect(clauseUrl("nl", { contract: "axiops", id: "art-6-1", part: 1 })).toBe("/contracten/axiops/#art-6-1");
    expect(clauseUrl("en", { contract: "smartlockr", id: "annex-2-art-8-1", part: 3 })).toBe("/en/contracts/smartlockr/3/#annex-2-art-8-1");
  });

  it("translates every page's address to the other language and back", () => {
    for (const url of [homeUrl("nl"), contractUrl("nl", "belco"), clauseTypeUrl("nl", "audits")]) {
      const english = translateUrl(url, "en");
      expect(english.startsWith("/en/")).toBe(true);
      expect(translateUrl(english, "nl")).toBe(url);
    }
    expect(translateUrl("/contracten/belco/", "en")).toBe("/en/contracts/belco/");
  });
});
