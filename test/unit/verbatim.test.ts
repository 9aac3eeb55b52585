import { describe, expect, it } from "vitest";
import { skeleton, SourceMatcher } from "../../scripts/validate/verbatim.ts";

describe("verbatim check", () => {
  const source = "- 6.1** AxiOps informeert Opdracht-\ngever zonder onredelijke\nvertraging.\n\nPagina 3 van 9\n\nDe melding ● bevat back-ups.";

  it("ignores whitespace, bullets, bold markers and line-end hyphenation", () => {
    const matcher = SourceMatcher.of(source);
    expect(matcher.contains("AxiOps informeert Opdrachtgever zonder onredelijke vertraging.")).toBe(true);
  });

  it("ignores page footers between the words of a clause", () => {
    expect(SourceMatcher.of(source).contains("vertraging. De melding bevat back-ups.")).toBe(true);
  });

  it("notices changed words and changed punctuation", () => {
    expect(SourceMatcher.of(source).contains("AxiOps informeert Opdrachtgever zonder vertraging.")).toBe(false);
    expect(SourceMatcher.of(source).contains("AxiOps informeert Opdrachtgever zonder onredelijke vertraging!")).toBe(false);
  });

  it("finds wordings out of order too", () => {
    const matcher = SourceMatcher.of(source);
    expect(matcher.contains("De melding bevat back-ups.")).toBe(true);
    expect(matcher.contains("AxiOps informeert")).toBe(true);
  });

  it("keeps letters, digits and punctuation in the skeleton", () => {
    expect(skeleton("Artikel 2.1: “X”")).toBe("Artikel2.1:“X”");
  });
});
