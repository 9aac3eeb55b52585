import { describe, expect, it } from "vitest";
import { LANGS } from "../../scripts/model/vocabulary.ts";
import { KEY_TERM_NAMES } from "../../scripts/model/key-terms.ts";
import { changesUrl, clauseTypeUrl, clauseUrl, contractPartHref, contractUrl, feedUrl, homeUrl, keyTermSlug, keyTermUrl, pageOfUrl, sectionUrl, translateUrl, versionUrl } from "../../scripts/site/urls.ts";

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

  it("gives a contract's older versions, their changes and the recent changes an address per language that translates", () => {
    expect(versionUrl("nl", "axiops", "1-0")).toBe("/contracten/axiops/versies/1-0/");
    expect(versionUrl("en", "axiops", "1-0", 2)).toBe("/en/contracts/axiops/versions/1-0/2/");
    expect(changesUrl("nl", "axiops", "1-1")).toBe("/contracten/axiops/wijzigingen/1-1/");
    expect(feedUrl("en")).toBe("/en/recent-changes/atom.xml");
    for (const [nl, en] of [
      [versionUrl("nl", "axiops", "1-0", 2), versionUrl("en", "axiops", "1-0", 2)],
      [changesUrl("nl", "axiops", "1-1"), changesUrl("en", "axiops", "1-1")],
      [sectionUrl("nl", "recentChanges"), sectionUrl("en", "recentChanges")],
    ]) {
      expect(translateUrl(nl!, "en")).toBe(en);
      expect(translateUrl(en!, "nl")).toBe(nl);
    }
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

describe("key term pages", () => {
  it("are named by the term's label in each language", () => {
    expect(keyTermUrl("nl", "breachNotificationDeadline")).toBe("/kerntermen/meldtermijn-datalek/");
    expect(keyTermUrl("en", "breachNotificationDeadline")).toBe("/en/key-terms/breach-notification-deadline/");
    expect(keyTermUrl("en", "subprocessorsOutsideEEA", 2)).toBe("/en/key-terms/sub-processors-outside-the-eea/2/");
  });

  it("have an address of their own per term and language, never a page number of the matrix", () => {
    for (const lang of LANGS) {
      const slugs = KEY_TERM_NAMES.map((name) => keyTermSlug(lang, name));
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it("translate to the same term's page in the other language and back, sub-pages and the matrix too", () => {
    for (const name of KEY_TERM_NAMES) {
      for (const page of [1, 2]) {
        expect(translateUrl(keyTermUrl("nl", name, page), "en")).toBe(keyTermUrl("en", name, page));
        expect(translateUrl(keyTermUrl("en", name, page), "nl")).toBe(keyTermUrl("nl", name, page));
      }
    }
    expect(translateUrl("/kerntermen/2/", "en")).toBe("/en/key-terms/2/");
    expect(translateUrl("/en/key-terms/", "nl")).toBe("/kerntermen/");
  });
});
