import { describe, expect, it } from "vitest";
import { slugify } from "../../scripts/site/filters/slugify.ts";

describe("slugify", () => {
  it("keeps Dutch readable", () => {
    expect(slugify("10 · DUUR, BEËINDIGING & VERWIJDERING")).toBe("10-duur-beeindiging-en-verwijdering");
    expect(slugify("Rechtbank 's-Hertogenbosch")).toBe("rechtbank-s-hertogenbosch");
    expect(slugify("Artikel 1 – Definities")).toBe("artikel-1-definities");
  });
});
