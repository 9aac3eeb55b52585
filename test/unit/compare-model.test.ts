// The compare page's decisions, as its script makes them (_includes/assets/compare-model.js):
// which contracts an address names, and which topics the chosen contracts agree on.
import { describe, expect, it } from "vitest";
import { clausesAgree, criterionRows, fill, resolveChoices, valuesAgree } from "../../_includes/assets/compare-model.js";

const LIBRARY = [
  { slug: "axiops", vendor: "AxiOps" },
  { slug: "aiono", vendor: "Aiono (Bepromptly B.V.)" },
  { slug: "belco", vendor: "Belco" },
  { slug: "smartlockr", vendor: "Smartlockr" },
  { slug: "acme-dpa", vendor: "Acme" },
  { slug: "acme-terms", vendor: "Acme" },
  { slug: "foo-inc", vendor: "Foo, Inc." },
];

describe("resolveChoices", () => {
  it("takes slugs and vendor names as the site shows them, in any case", () => {
    expect(resolveChoices(["AxiOps", "belco"], LIBRARY)).toEqual({ slugs: ["axiops", "belco"], unknown: [], ambiguous: [] });
    expect(resolveChoices(["AXIOPS", " aiono (bepromptly  b.v.) ", "SmartLockr"], LIBRARY).slugs).toEqual(["axiops", "aiono", "smartlockr"]);
  });

  it("reads the first form of compare addresses, ?c=belco,smartlockr", () => {
    expect(resolveChoices(["belco,smartlockr"], LIBRARY).slugs).toEqual(["belco", "smartlockr"]);
    expect(resolveChoices(["Belco, AxiOps"], LIBRARY).slugs).toEqual(["belco", "axiops"]);
  });

  it("keeps a vendor name with a comma in it whole", () => {
    expect(resolveChoices(["foo, inc.", "belco"], LIBRARY)).toEqual({ slugs: ["foo-inc", "belco"], unknown: [], ambiguous: [] });
  });

  it("names each contract once, in the order chosen, and skips empty values", () => {
    expect(resolveChoices(["belco", "", "Belco", "axiops,belco", " "], LIBRARY).slugs).toEqual(["belco", "axiops"]);
  });

  it("names the values that match no contract, as typed", () => {
    expect(resolveChoices(["AxiOpz", "belco", "nope,axiops", "AxiOpz"], LIBRARY)).toEqual({ slugs: ["belco", "axiops"], unknown: ["AxiOpz", "nope"], ambiguous: [] });
  });

  it("does not guess between contracts of one vendor; their slugs tell them apart", () => {
    expect(resolveChoices(["acme", "belco"], LIBRARY)).toEqual({ slugs: ["belco"], unknown: [], ambiguous: ["acme"] });
    expect(resolveChoices(["acme-dpa", "ACME-TERMS"], LIBRARY).slugs).toEqual(["acme-dpa", "acme-terms"]);
  });
});

describe("clausesAgree", () => {
  const rated = (rating: string) => ({ assessment: { rating } });
  const unrated = {};

  it("agrees where every contract has a clause and the assessments rate them the same", () => {
    expect(clausesAgree([[rated("gunstig")], [rated("gunstig"), rated("gunstig")]])).toBe(true);
    expect(clausesAgree([[unrated], [unrated, unrated], [unrated]])).toBe(true);
    expect(clausesAgree([[rated("let-op"), unrated], [unrated, rated("let-op")]])).toBe(true);
  });

  it("agrees where none has a clause: nothing to compare", () => {
    expect(clausesAgree([[], [], []])).toBe(true);
  });

  it("differs where one has no clause, or the ratings differ", () => {
    expect(clausesAgree([[rated("gunstig")], []])).toBe(false);
    expect(clausesAgree([[rated("gunstig")], [rated("ongunstig")]])).toBe(false);
    expect(clausesAgree([[rated("gunstig")], [unrated]])).toBe(false);
    expect(clausesAgree([[rated("gunstig")], [rated("gunstig"), rated("let-op")]])).toBe(false);
  });
});

describe("valuesAgree", () => {
  it("agrees where a key term reads the same for every contract", () => {
    expect(valuesAgree(["48 uur", "48 uur", "48 uur"])).toBe(true);
    expect(valuesAgree(["48 uur", "24 uur"])).toBe(false);
    expect(valuesAgree(["niet geregeld", "niet geregeld"])).toBe(true);
  });
});

describe("fill", () => {
  it("fills an interface text's placeholders as the templates do", () => {
    expect(fill("{n} van {total} onderwerpen getoond", { n: 3, total: 41 })).toBe("3 van 41 onderwerpen getoond");
    expect(fill("U koos {vendor}.", { vendor: "Belco" })).toBe("U koos Belco.");
  });
});

describe("criterionRows", () => {
  const finding = (criterion: string, result: string) => ({ criterion, result, nl: `${criterion} nl`, en: `${criterion} en` });
  const criteria = [
    { ref: "audits/inspections", name: "Audits en inspecties" },
    { ref: "audits/frequency", name: "Frequentie" },
    { ref: "audits/costs", name: "Kosten" },
  ];

  it("gives a row per criterion any chosen contract has a finding on, in the type's order, with each contract's findings and clauses", () => {
    const a1 = { id: "6-1", assessment: { findings: [finding("audits/frequency", "partly"), finding("audits/inspections", "met")] } };
    const a2 = { id: "6-3", assessment: { findings: [finding("audits/costs", "partly")] } };
    const b1 = { id: "7", assessment: { findings: [finding("audits/inspections", "not-met")] } };
    const rows = criterionRows(criteria, [[a1, a2], [b1], []]);
    const id = (clause: object) => (clause as { id: string }).id;
    expect(rows.map((row) => [row.ref, row.cells.map((cell) => cell.map(({ clause, finding }) => `${id(clause)}:${finding.result}`))])).toEqual([
      ["audits/inspections", [["6-1:met"], ["7:not-met"], []]],
      ["audits/frequency", [["6-1:partly"], [], []]],
      ["audits/costs", [["6-3:partly"], [], []]],
    ]);
  });

  it("leaves out criteria none of them has a finding on, and contracts without findings add none", () => {
    expect(criterionRows(criteria, [[{ assessment: { findings: [finding("audits/costs", "met")] } }], [{ assessment: null }, {}]]).map((row) => row.ref)).toEqual(["audits/costs"]);
    expect(criterionRows(criteria, [[{}], []])).toEqual([]);
  });
});
