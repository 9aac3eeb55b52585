import { describe, expect, it } from "vitest";
import { LANGS } from "../../scripts/model/vocabulary.ts";
import { clauseTypeUrl, clauseUrl, contractUrl, homeUrl, pageOfUrl, translateUrl } from "../../scripts/site/urls.ts";

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

  it("tells which contract or clause type page an address names", () => {
    for (const lang of LANGS) {
      expect(pageOfUrl(contractUrl(lang, "belco"))).toEqual({ lang, section: "contracts", id: "belco" });
      expect(pageOfUrl(clauseTypeUrl(lang, "audits"))).toEqual({ lang, section: "clauseTypes", id: "audits" });
      expect(pageOfUrl(contractUrl(lang, "belco", 2))).toBeUndefined();
    }
    expect(pageOfUrl("/contracten/belco")).toBeUndefined();
    expect(pageOfUrl("/en/contracten/belco/")).toBeUndefined();
    expect(pageOfUrl(homeUrl("en"))).toBeUndefined();
  });
});
