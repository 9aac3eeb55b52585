// Choosing a module's examples from the assessed clauses (scripts/learning/examples.ts).
import { describe, expect, it } from "vitest";
import { selectExamples, type ExampleContract } from "../../scripts/learning/examples.ts";
import type { Clause } from "../../scripts/model/types.ts";
import type { Rating } from "../../scripts/model/vocabulary.ts";

function clause(contract: string, id: string, types: string[], rating?: Rating): Clause {
  return {
    contract,
    id,
    number: id,
    types,
    summary: { nl: `samenvatting ${id}`, en: `summary ${id}` },
    ...(rating ? { assessment: { rating, nl: `reden ${id}`, en: `reason ${id}` } } : {}),
  } as Clause;
}

function contract(slug: string, clauses: Clause[]): ExampleContract {
  return { slug, vendor: slug.toUpperCase(), language: "nl", clauses };
}

const ids = (examples: { clause: Clause }[]) => examples.map((example) => `${example.clause.contract}#${example.clause.id}`);

describe("selectExamples", () => {
  it("puts gunstig on the favourable side and ongunstig and let-op on the other; neutraal and unrated nowhere", () => {
    const library = [
      contract("a", [
        clause("a", "1", ["audits"], "gunstig"),
        clause("a", "2", ["audits"], "ongunstig"),
        clause("a", "3", ["audits"], "let-op"),
        clause("a", "4", ["audits"], "neutraal"),
        clause("a", "5", ["audits"]),
      ]),
    ];
    const examples = selectExamples(["audits"], library);
    expect(ids(examples.favourable)).toEqual(["a#1"]);
    expect(ids(examples.unfavourable)).toEqual(["a#2", "a#3"]);
  });

  it("only takes clauses of the module's types", () => {
    const library = [contract("a", [clause("a", "1", ["liability"], "gunstig"), clause("a", "2", ["definitions", "audits"], "gunstig")])];
    expect(ids(selectExamples(["audits"], library).favourable)).toEqual(["a#2"]);
    expect(selectExamples(["breach-notification"], library)).toEqual({ favourable: [], unfavourable: [] });
  });

  it("gives at most `max` per side", () => {
    const clauses = Array.from({ length: 6 }, (_, index) => clause("a", String(index + 1), ["audits"], "gunstig"));
    expect(selectExamples(["audits"], [contract("a", clauses)], 3).favourable).toHaveLength(3);
    expect(selectExamples(["audits"], [contract("a", clauses)], 5).favourable).toHaveLength(5);
  });

  it("shows ongunstig before let-op", () => {
    const library = [contract("a", [clause("a", "1", ["audits"], "let-op")]), contract("b", [clause("b", "1", ["audits"], "ongunstig")])];
    expect(ids(selectExamples(["audits"], library, 1).unfavourable)).toEqual(["b#1"]);
  });

  it("prefers a vendor not shown yet, then falls back to one already shown", () => {
    const library = [
      contract("a", [clause("a", "1", ["audits"], "gunstig"), clause("a", "2", ["audits"], "gunstig"), clause("a", "3", ["audits"], "gunstig")]),
      contract("b", [clause("b", "1", ["audits"], "gunstig")]),
    ];
    expect(ids(selectExamples(["audits"], library).favourable)).toEqual(["a#1", "b#1", "a#2"]);
  });

  it("prefers clauses whose main type belongs to the module over clauses that only mention it", () => {
    const library = [
      contract("a", [clause("a", "1", ["liability", "audits"], "ongunstig")]),
      contract("b", [clause("b", "1", ["audits"], "let-op")]),
    ];
    expect(ids(selectExamples(["audits"], library).unfavourable)).toEqual(["b#1", "a#1"]);
  });

  it("spreads a side over the module's types, in the module's order", () => {
    const library = [
      contract("a", [clause("a", "1", ["subprocessors"], "ongunstig"), clause("a", "2", ["international-transfers"], "let-op")]),
      contract("b", [clause("b", "1", ["subprocessors"], "ongunstig"), clause("b", "2", ["subprocessor-list"], "let-op")]),
      contract("c", [clause("c", "1", ["subprocessors"], "ongunstig"), clause("c", "2", ["international-transfers"], "let-op")]),
    ];
    const examples = selectExamples(["subprocessors", "subprocessor-list", "international-transfers"], library);
    expect(examples.unfavourable.map((example) => example.type)).toEqual(["subprocessors", "subprocessor-list", "international-transfers"]);
    expect(ids(examples.unfavourable)).toEqual(["a#1", "b#2", "c#2"]);
  });

  it("lists each clause once, under its most specific module type, even if it has several", () => {
    const library = [contract("a", [clause("a", "1", ["deletion-return", "term-termination"], "gunstig")])];
    const examples = selectExamples(["term-termination", "deletion-return"], library);
    expect(ids(examples.favourable)).toEqual(["a#1"]);
    expect(examples.favourable[0]).toMatchObject({ vendor: "A", language: "nl", rating: "gunstig", type: "deletion-return" });
  });

  it("is deterministic and leaves its input alone", () => {
    const library = [
      contract("a", [clause("a", "1", ["audits"], "let-op"), clause("a", "2", ["audits"], "ongunstig")]),
      contract("b", [clause("b", "1", ["audits"], "let-op")]),
    ];
    const before = JSON.stringify(library);
    expect(selectExamples(["audits"], library)).toEqual(selectExamples(["audits"], library));
    expect(JSON.stringify(library)).toBe(before);
  });
});
