// Every contract reproduces its source: at least 99% of the source's word 5-grams appear in
// the contract's wording, and every clause's text is found in the source.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../scripts/load/load-library.ts";
import { contractWording, fidelity } from "../scripts/validate/fidelity.ts";
import { SourceMatcher } from "../scripts/validate/verbatim.ts";
import { ROOT } from "./support/build.ts";

const { library } = loadLibrary(ROOT);

describe("fidelity to the source", () => {
  it("covers all five source documents", () => {
    expect(library.contracts.map((contract) => contract.source).sort()).toEqual([
      "aiono-verwerkersovereenkomst.txt",
      "axiops-verwerkersovereenkomst.txt",
      "belco-data-processor-agreement.txt",
      "dienstverlener-be-verwerkersovereenkomst.txt",
      "smartlockr-algemene-voorwaarden.txt",
    ]);
  });

  describe.each(library.contracts.map((contract) => [contract.slug, contract] as const))("%s", (_slug, contract) => {
    const source = readFileSync(path.join(ROOT, contract.sourcePath), "utf8");

    it("has at least 99% of the source's word 5-grams", () => {
      const result = fidelity(source, contractWording(contract));
      console.log(`${contract.slug}: ${(result.ratio * 100).toFixed(2)}% of ${result.total} source 5-grams`);
      expect(result.ratio, `missing for example: ${result.missing.join(" | ")}`).toBeGreaterThanOrEqual(0.99);
    });

    it("has every clause's text in the source", () => {
      const matcher = SourceMatcher.of(source);
      expect(contract.clauses.filter((clause) => !matcher.contains(clause.text)).map((clause) => clause.id)).toEqual([]);
    });
  });
});

describe("fidelity measure", () => {
  it("notices a dropped sentence", () => {
    const source = "Een twee drie vier vijf zes zeven acht negen tien elf twaalf.";
    expect(fidelity(source, source).ratio).toBe(1);
    expect(fidelity(source, "Een twee drie vier vijf zes zeven.").ratio).toBeLessThan(0.5);
  });
});
