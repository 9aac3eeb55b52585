import { describe, expect, it } from "vitest";
import { pageTitle, type TitleData } from "../../scripts/site/titles.ts";

const entry = (fields: object) => ({ entry: { lang: "en", ...fields } }) as unknown as TitleData;

describe("pageTitle", () => {
  it("is plain text: the layout escapes it once", () => {
    const contract = { vendor: "AxiOps & Co <b>", title: "DPA" };
    expect(pageTitle("checklist", entry({ contract }))).toBe("Article 28 checklist: AxiOps & Co <b>");
    expect(pageTitle("contract", entry({ contract, part: 2, parts: 3 }))).toBe("AxiOps & Co <b>: DPA (2/3)");
    expect(pageTitle("contract", entry({ contract, part: 1, parts: 1 }))).toBe("AxiOps & Co <b>: DPA");
  });
  it("is in the page's language", () => {
    expect(pageTitle("compare", { lang: "nl" })).toBe("Contracten naast elkaar");
    expect(pageTitle("key-terms", entry({}))).toBe("Key terms by contract");
    expect(pageTitle("404", {})).toBe("Pagina niet gevonden / Page not found");
  });
  it("is required of a page with a layout, and absent from the exports", () => {
    expect(() => pageTitle("new-page", { layout: "layouts/base.njk" })).toThrow("pages/new-page.njk has no title — add one to PAGE_TITLES in scripts/site/titles.ts");
    expect(pageTitle("library-json", {})).toBeUndefined();
    expect(pageTitle("api-contract", { layout: "layouts/contract-json.njk" })).toBeUndefined();
  });
});
