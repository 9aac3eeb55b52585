import { describe, expect, it } from "vitest";
import { skeleton } from "../../scripts/validate/verbatim.ts";

// The skeleton a key term's or an exercise's quote is compared on with a clause's text.
describe("quote skeleton", () => {
  it("drops whitespace, bullets, bold markers and hyphens within words", () => {
    expect(skeleton("6.1** AxiOps informeert Opdracht-\ngever ● zonder")).toBe(skeleton("6.1 AxiOps informeert Opdrachtgever zonder"));
  });

  it("keeps letters, digits and punctuation", () => {
    expect(skeleton("Artikel 2.1: “X”")).toBe("Artikel2.1:“X”");
    expect(skeleton("binnen 48 uur")).not.toBe(skeleton("binnen 24 uur"));
  });
});
