// The search benchmark's judged query set and its scoring (bench/search/).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { answerTargets, judge, score, type ShownResult } from "../../bench/search/judge.ts";
import { readQueries, type Query } from "../../bench/search/queries.ts";
import { ROOT } from "../support/build.ts";

const { library } = loadLibrary(ROOT);
const site = buildSiteModel(library);
const FILE = "bench/search-queries.yaml";
const BASE = "http://127.0.0.1:8080/";

describe("the judged query set", () => {
  const { queries, problems } = readQueries(FILE, readFileSync(path.join(ROOT, FILE), "utf8"), library);

  it("is valid: every answer is a clause or clause type of the library", () => {
    expect(problems).toEqual([]);
  });

  it("has at least 100 queries, half Dutch and half English, a quarter held out in each language", () => {
    expect(queries.length).toBeGreaterThanOrEqual(100);
    for (const lang of ["nl", "en"] as const) {
      const ofLang = queries.filter((query) => query.lang === lang);
      expect(ofLang.length).toBe(queries.length / 2);
      const heldOut = ofLang.filter((query) => query.heldOut);
      expect(heldOut.length / ofLang.length).toBeGreaterThanOrEqual(0.25);
      // Held-out queries of several kinds, not only the easy ones.
      expect(new Set(heldOut.map((query) => query.kind)).size).toBeGreaterThanOrEqual(5);
    }
  });

  it("tunes on a held-out query once it is seen, and holds out only the unseen ones", () => {
    const text = ["- q: datalek", "  lang: nl", "  kind: keyword", "  answers: [axiops#art-6-1]", "  heldOut: true", "  seen: true", "- q: audit", "  lang: nl", "  kind: keyword", "  answers: [axiops#art-6-1]", "  heldOut: true"].join("\n");
    expect(readQueries("queries.yaml", text, library).queries.map((query) => [query.q, query.heldOut])).toEqual([
      ["datalek", false],
      ["audit", true],
    ]);
  });

  it("reports a wrong answer, a wrong type and a missing field at their lines", () => {
    const text = ["- q: datalek", "  lang: nl", "  kind: keyword", "  answers: [axiops#art-99]", "  types: [breaches]", "- q: audit", "  kind: keyword", "  answers: [axiops#art-8-2-b]"].join("\n");
    const { problems: found } = readQueries("queries.yaml", text, library);
    expect(found).toEqual([
      expect.stringMatching(/^queries\.yaml:4: "axiops#art-99" is not a clause of the library — /),
      expect.stringMatching(/^queries\.yaml:5: "breaches" is not a clause type — /),
      expect.stringMatching(/^queries\.yaml:6: query 2 field "lang": .* — /),
    ]);
  });
});

describe("judging what a user sees", () => {
  const query: Query = { q: "48 uur", lang: "nl", page: "nl", kind: "number", answers: ["axiops#art-6-1"], types: ["breach-notification"], heldOut: false, line: 1 };
  const targets = answerTargets(query, site);
  const result = (...links: string[]): ShownResult => ({ title: "", links });
  // AxiOps 6.1 is on the second page of the contract.
  const clauseLink = `${BASE}contracten/axiops/2/?highlight=48#art-6-1`;

  it("knows the page of the contract a clause is on", () => {
    expect(judge(query, [result(`${BASE}contracten/axiops/#art-6-1`)], targets, BASE).rank).toBeNull();
    expect(judge(query, [result(clauseLink)], targets, BASE).rank).toBe(1);
  });

  it("counts a sub-result shown under a result, at that result's rank, whatever the query string", () => {
    const judged = judge(query, [result(`${BASE}leerroute/datalekken/`), result(`${BASE}contracten/axiops/`, clauseLink)], targets, BASE);
    expect(judged.rank).toBe(2);
    expect(judged.clauseRank).toBe(2);
  });

  it("counts the clause type page as an answer, but not as the clause itself", () => {
    const judged = judge(query, [result(`${BASE}en/clause-types/breach-notification/`)], targets, BASE);
    expect(judged.rank).toBe(1);
    expect(judged.clauseRank).toBeNull();
  });

  it("does not count a sixth result, the contract's page without the clause, or another clause", () => {
    const five = Array.from({ length: 5 }, () => result(`${BASE}contracten/axiops/#art-6-2`, `${BASE}contracten/axiops/`));
    expect(judge(query, [...five, result(clauseLink)], targets, BASE).rank).toBeNull();
  });

  it("scores recall@5 and MRR over the queries", () => {
    const at = (rank: number | null) => ({ query, rank, clauseRank: null, shown: [] });
    expect(score([at(1), at(2), at(null), at(4)])).toEqual({ queries: 4, recall: 0.75, mrr: (1 + 0.5 + 0.25) / 4, clauseRecall: 0 });
  });
});
