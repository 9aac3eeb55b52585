// Naming the parts of a long contract after the sections they hold, for the pager.
import { describe, expect, it } from "vitest";
import type { Block, Clause } from "../../scripts/model/types.ts";
import { partNames, rangeName } from "../../scripts/site/parts.ts";

const heading = (text: string, level = 2): Block => ({ kind: "heading", level, text, line: 1 });
const clause = (): Block => ({ kind: "clause", clause: {} as Clause });

describe("rangeName", () => {
  it("reads a run of one kind of section as a range of its numbers", () => {
    expect(rangeName("Artikel 6 – Bekendmaking", "Artikel 13 – Inbreuk in verband met Persoonsgegevens")).toBe("Artikel 6–13");
    expect(rangeName("BIJLAGE 1 · VERWERKINGSSPECIFICATIE", "BIJLAGE 3 · BEVEILIGINGSMAATREGELEN")).toBe("BIJLAGE 1–3");
  });

  it("names the first and last section by their labels where they differ in kind", () => {
    expect(rangeName("Artikel 11: Slotbepalingen", "Bijlage 2: Beveiligingsmaatregelen")).toBe("Artikel 11 – Bijlage 2");
    expect(rangeName("Partijen", "Artikel 10: Inschakeling van sub-verwerkers")).toBe("Partijen – Artikel 10");
  });

  it("keeps whole titles where a heading has no word-and-number label", () => {
    expect(rangeName("01 · PARTIJEN & DEFINITIES", "04 · SUBVERWERKERS")).toBe("01 · PARTIJEN & DEFINITIES – 04 · SUBVERWERKERS");
    expect(rangeName("1. Definities", "5. Het Platform")).toBe("1. Definities – 5. Het Platform");
  });
});

describe("partNames", () => {
  it("names each part after the top-level sections it holds, a single one by its whole title", () => {
    const parts = [
      [clause(), heading("Artikel 1: Definities"), heading("1.1 Begrippen", 3), clause(), heading("Artikel 5: Beveiliging"), clause()],
      [heading("Deel 2: Standaardclausules voor verwerking"), clause()],
    ];
    expect(partNames(parts)).toEqual(["Artikel 1–5", "Deel 2: Standaardclausules voor verwerking"]);
  });

  it("names a part that continues a section after that section", () => {
    const parts = [[heading("Artikel 6 – Audits"), clause()], [clause(), heading("6.2 Kosten", 3), clause()], [heading("Artikel 7 – Slot"), clause()]];
    expect(partNames(parts)).toEqual(["Artikel 6 – Audits", "Artikel 6 – Audits", "Artikel 7 – Slot"]);
  });

  it("uses the contract's top heading level, whichever it is, and leaves a part with nothing to go by unnamed", () => {
    expect(partNames([[clause()], [heading("Bijlage A – Gegevens", 3), clause(), heading("Bijlage C – Charter", 3)]])).toEqual([undefined, "Bijlage A–C"]);
  });
});
