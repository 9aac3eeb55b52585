import { describe, expect, it } from "vitest";
import { LANGS } from "../../scripts/model/vocabulary.ts";
import { clauseTypeUrl, clauseUrl, contractPartHref, contractUrl, homeUrl, pageOfUrl, translateUrl } from "../../scripts/site/urls.ts";

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

  it("leads from any page of a contract to any other, in both languages, with one relative address", () => {
    for (const lang of LANGS) {
      for (const from of [1, 2, 3]) {
        for (const to of [1, 2, 3]) {
          const resolved = new URL(`${contractPartHref(from, to)}#art-9-9`, `http://site${contractUrl(lang, "belco", from)}`);
          expect(resolved.pathname + resolved.hash).toBe(clauseUrl(lang, { contract: "belco", id: "art-9-9", part: to }));
        }
      }
    }
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
