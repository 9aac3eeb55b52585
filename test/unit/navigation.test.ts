import { describe, expect, it } from "vitest";
import { mainNav } from "../../scripts/site/navigation.ts";

const current = (lang: "nl" | "en", url: string) => mainNav(lang, url).filter((item) => item.current).map((item) => [item.label, item.current]);

describe("mainNav", () => {
  it("leads to the six sections, in the page's language", () => {
    expect(mainNav("nl", "/").map((item) => [item.label, item.href])).toEqual([
      ["Contracten", "/contracten/"],
      ["Clausuletypen", "/clausuletypen/"],
      ["Kerntermen", "/kerntermen/"],
      ["Vergelijken", "/vergelijken/"],
      ["Begrippen", "/begrippen/"],
      ["Leerroute", "/leerroute/"],
    ]);
    expect(mainNav("en", "/en/").map((item) => item.href)).toEqual(["/en/contracts/", "/en/clause-types/", "/en/key-terms/", "/en/compare/", "/en/glossary/", "/en/learning-path/"]);
  });

  it("marks a section's own page as the current page, and a page below it as in the section", () => {
    expect(current("nl", "/kerntermen/")).toEqual([["Kerntermen", "page"]]);
    expect(current("nl", "/kerntermen/meldtermijn-datalek/")).toEqual([["Kerntermen", "true"]]);
    expect(current("en", "/en/contracts/axiops/2/")).toEqual([["Contracts", "true"]]);
    expect(current("en", "/en/learning-path/audits/")).toEqual([["Learning path", "true"]]);
  });

  it("marks nothing on the home page or a page outside the sections", () => {
    expect(current("nl", "/")).toEqual([]);
    expect(current("en", "/en/")).toEqual([]);
    expect(current("nl", "/404.html")).toEqual([]);
  });
});
