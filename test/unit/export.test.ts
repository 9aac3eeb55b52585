import { describe, expect, it } from "vitest";
import { contractJson, csvCell } from "../../scripts/build/export.ts";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { ContractExport, LibraryExport } from "../../scripts/model/export-schema.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { ROOT } from "../support/build.ts";
import { FIXTURE_LIBRARY } from "../support/fixture-library.ts";
import { clauseUrl } from "../../scripts/site/urls.ts";

describe("csvCell", () => {
  it("puts a ' before a cell a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil.example\";\"Klik\")")).toBe("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Klik\"\")\"");
    expect(csvCell("+31 20 123")).toBe("'+31 20 123");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe("\"'\r=1+1\"");
    // The rule holds for harmless values too (see csvCell).
    expect(csvCell("-")).toBe("'-");
    expect(csvCell("-5")).toBe("'-5");
  });
  it("leaves other cells as they are, quoting only where CSV needs it", () => {
    expect(csvCell("AxiOps")).toBe("AxiOps");
    expect(csvCell("48 hours")).toBe("48 hours");
    expect(csvCell("/contracten/axiops/#art-6-1")).toBe("/contracten/axiops/#art-6-1");
    expect(csvCell("")).toBe("");
    expect(csvCell("Aiono, B.V.")).toBe("\"Aiono, B.V.\"");
    expect(csvCell("a \"b\" = c")).toBe("\"a \"\"b\"\" = c\"");
    expect(csvCell("a\nb")).toBe("\"a\nb\"");
  });
});

describe("contractJson and the library.json index", () => {
  const library = loadLibrary(FIXTURE_LIBRARY).library;
  // The site model lays the contract out into parts, which the clauses' places name.
  const model = buildSiteModel(library);
  const [contract] = model.contracts;

  it("write a contract in full in its own file, and only its index entry in library.json", () => {
    const own = ContractExport.parse(JSON.parse(contractJson(contract!, model.criteria)));
    expect(own.clauses.map((clause) => [clause.id, clause.summary.en!.length > 0, clause.text.length > 0])).toEqual(contract!.clauses.map((clause) => [clause.id, true, true]));
    const index = LibraryExport.parse(JSON.parse(model.libraryJson));
    expect(index.version).toBe(2);
    expect(index.contracts[0]!.json).toBe(`/api/contracts/${contract!.slug}.json`);
    expect(index.contracts[0]!.clauses).toEqual(contract!.clauses.map((clause) => ({ id: clause.id, types: clause.types, href: `#${clause.id}` })));
  });
});

describe("a contract's own file", () => {
  const library = loadLibrary(ROOT).library;
  const model = buildSiteModel(library);
  const aiono = model.contractBySlug.aiono!;
  const own = ContractExport.parse(JSON.parse(contractJson(aiono, model.criteria)));

  it("says each thing once: a negotiation point names a clause and a criterion whose finding that clause has", () => {
    const points = own.negotiationPoints!;
    expect(points.length).toBeGreaterThan(10);
    for (const point of points) {
      expect(Object.keys(point)).toEqual(["clause", "criterion", "result"]);
      const clause = own.clauses.find((candidate) => candidate.id === point.clause)!;
      expect(clause.assessment!.findings!.find((finding) => finding.criterion === point.criterion)).toMatchObject({ result: point.result });
      // The criterion's name and weight are library.json's.
      expect(model.criteria[point.criterion]).toBeDefined();
    }
  });

  it("places each clause relative to the contract's page, and keeps a key term's answer in its terms only", () => {
    // Clause 8.1 is on the contract's second page.
    const clause = own.clauses.find((candidate) => candidate.id === "art-8-1")!;
    expect(`${own.urls.en}${clause.href}`).toBe("/en/contracts/aiono/2/#art-8-1");
    expect(`${own.urls.en}${clause.href}`).toBe(clauseUrl("en", aiono.clauses.find((candidate) => candidate.id === "art-8-1")!));
    expect(own.keyTerms.map((term) => Object.keys(term))).toEqual(own.keyTerms.map(() => ["name", "display"]));
    expect(own.terms.breachNotificationDeadline!.answer.en).toBe("without delay, no fixed deadline");
    expect(LibraryExport.parse(JSON.parse(model.libraryJson)).keyTerms.find((term) => term.name === "breachNotificationDeadline")!.label.en).toBe("Breach notification deadline");
  });
});
