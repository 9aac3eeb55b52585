// The rubric's rules (scripts/model/rubric.ts) and what the site derives from findings
// (scripts/site/findings.ts): a clause's rating, a requirement's verdict, the negotiation list.
import { describe, expect, it } from "vitest";
import { ART28_REQUIREMENTS } from "../../scripts/model/art28.ts";
import type { PlacedCriterion } from "../../scripts/model/criteria.ts";
import { decisiveFinding, ratingOf, verdictOf } from "../../scripts/model/rubric.ts";
import type { Clause } from "../../scripts/model/types.ts";
import type { FindingResult } from "../../scripts/model/vocabulary.ts";
import { checklistRow, negotiationPoints } from "../../scripts/site/findings.ts";

const central = (result: FindingResult) => ({ result, central: true });
const other = (result: FindingResult) => ({ result, central: false });

describe("the rating rule", () => {
  it("rates a clause whose findings are all met favourable", () => {
    expect(ratingOf([central("met"), other("met")])).toBe("gunstig");
  });

  it("weighs a central criterion more than another", () => {
    expect(ratingOf([central("partly")])).toBe("let-op");
    expect(ratingOf([other("partly")])).toBe("neutraal");
    expect(ratingOf([central("not-met")])).toBe("ongunstig");
    expect(ratingOf([other("not-met")])).toBe("let-op");
  });

  it("gives the worst rating any finding gives, whatever the order", () => {
    expect(ratingOf([other("partly"), central("met"), other("not-met")])).toBe("let-op");
    expect(ratingOf([central("not-met"), other("partly")])).toBe("ongunstig");
    expect(ratingOf([other("partly"), central("partly")])).toBe("let-op");
  });

  it("names the finding that decides, the first of the worst", () => {
    const findings = [{ id: "a", ...other("partly") }, { id: "b", ...central("partly") }, { id: "c", ...other("not-met") }];
    expect(decisiveFinding(findings).id).toBe("b");
  });

  it("refuses to rate without findings", () => {
    expect(() => ratingOf([])).toThrow(/at least one finding/);
  });
});

describe("the verdict rule", () => {
  it("complies when every finding is met, is missing when none is met even partly, partly otherwise", () => {
    expect(verdictOf(["met", "met"])).toBe("voldoet");
    expect(verdictOf(["not-met"])).toBe("ontbreekt");
    expect(verdictOf(["not-met", "partly"])).toBe("deels");
    expect(verdictOf(["met", "not-met"])).toBe("deels");
    expect(verdictOf(["partly"])).toBe("deels");
  });
});

/** A rubric of three criteria: two count towards Art. 28(4), one is central. */
const criteria = new Map<string, PlacedCriterion>(
  (
    [
      ["subprocessor-flow-down/full-liability", true, ["28-4"]],
      ["liability/sub-processors", true, ["28-4"]],
      ["liability/cap-level", false, undefined],
    ] as const
  ).map(([ref, isCentral, checklist]) => [ref, { ref, type: {} as PlacedCriterion["type"], criterion: { central: isCentral, checklist } as unknown as PlacedCriterion["criterion"] }]),
);

function clause(id: string, types: string[], findings?: [string, FindingResult][]): Clause {
  return {
    id,
    contract: "c",
    types,
    summary: { nl: id, en: id },
    text: id,
    html: id,
    level: 3,
    line: 1,
    part: 1,
    ...(findings ? { assessment: { rating: "gunstig", nl: id, en: id, findings: findings.map(([criterion, result]) => ({ criterion, result, nl: `${id} nl`, en: `${id} en` })) } } : {}),
  };
}

const fullLiability = ART28_REQUIREMENTS.find((requirement) => requirement.id === "28-4")!;
const infringing = ART28_REQUIREMENTS.find((requirement) => requirement.id === "28-3-slot")!;

describe("a checklist row", () => {
  it("counts the findings of every clause whose criterion names the requirement, general terms included", () => {
    const row = checklistRow(fullLiability, [
      clause("dpa-9", ["subprocessor-flow-down"], [["subprocessor-flow-down/full-liability", "met"]]),
      clause("terms-15", ["liability"], [["liability/sub-processors", "partly"], ["liability/cap-level", "not-met"]]),
    ], criteria);
    expect(row.verdict).toBe("deels");
    expect(row.findings.map(({ clause, finding }) => `${clause.id} ${finding.criterion}`)).toEqual(["dpa-9 subprocessor-flow-down/full-liability", "terms-15 liability/sub-processors"]);
  });

  it("complies when all the findings that count are met, whatever other findings say", () => {
    const row = checklistRow(fullLiability, [clause("dpa-9", ["subprocessor-flow-down"], [["subprocessor-flow-down/full-liability", "met"], ["liability/cap-level", "not-met"]])], criteria);
    expect(row.verdict).toBe("voldoet");
  });

  it("is missing in a contract with findings that has no clause of the requirement's types", () => {
    const row = checklistRow(infringing, [clause("dpa-9", ["subprocessor-flow-down"], [["subprocessor-flow-down/full-liability", "met"]])], criteria);
    expect(row).toMatchObject({ verdict: "ontbreekt", clauses: [], findings: [] });
  });

  it("has no verdict where there is nothing to judge by: a contract without findings, or clauses without findings on it", () => {
    expect(checklistRow(fullLiability, [clause("dpa-9", ["subprocessor-flow-down"])], criteria).verdict).toBeUndefined();
    expect(checklistRow(infringing, [clause("dpa-9", ["subprocessor-flow-down"])], criteria).verdict).toBeUndefined();
    const row = checklistRow(fullLiability, [clause("dpa-9", ["subprocessor-flow-down"]), clause("terms-15", ["liability"], [["liability/cap-level", "partly"]])], criteria);
    expect(row.verdict).toBeUndefined();
    expect(row.clauses.map((own) => own.id)).toEqual(["dpa-9"]);
  });
});

describe("the negotiation list", () => {
  it("lists the findings not met, the weightiest first and in clause order within", () => {
    const points = negotiationPoints(
      [
        clause("a", ["liability"], [["liability/cap-level", "not-met"], ["liability/sub-processors", "met"]]),
        clause("b", ["subprocessor-flow-down"], [["subprocessor-flow-down/full-liability", "partly"]]),
        clause("c", ["liability"], [["liability/sub-processors", "not-met"], ["liability/cap-level", "partly"]]),
      ],
      criteria,
    );
    // ongunstig (central not met), then let-op (central partly, other not met, in clause order), then neutraal.
    expect(points.map(({ clause, finding }) => `${clause.id} ${finding.criterion} ${finding.result}`)).toEqual([
      "c liability/sub-processors not-met",
      "a liability/cap-level not-met",
      "b subprocessor-flow-down/full-liability partly",
      "c liability/cap-level partly",
    ]);
  });
});
