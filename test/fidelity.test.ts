// Every contract of the library reproduces its source: every word, in order, every clause with
// the number the source prints (scripts/validate/source-check.ts). And on every contract, the
// mistakes that once passed unnoticed are refused: a deleted clause, two swapped clauses, a
// wrong clause number, a dropped last sentence.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../scripts/load/load-library.ts";
import { parseContract } from "../scripts/load/parse-contract.ts";
import { Problems } from "../scripts/validate/problems.ts";
import { compareWithSource } from "../scripts/validate/validate-library.ts";
import { LIBRARY } from "./support/build.ts";

const { library } = loadLibrary(LIBRARY);

/** The clause containers of a contract file, whole, with their number and text. */
function clauseBlocks(raw: string): { block: string; number?: string; text: string }[] {
  return [...raw.matchAll(/::: clause\n```yaml\n([\s\S]*?)\n```\n([\s\S]*?)\n:::\n/g)].map(([block, yaml, text]) => ({
    block: block!,
    number: /^number: (["'])(.+)\1$/m.exec(yaml!)?.[2],
    text: text!,
  }));
}

/** The one nearest the middle of those that qualify: away from the edges of the document. */
function middle<T>(list: readonly T[]): T {
  expect(list.length, "no clause qualifies for this mistake").toBeGreaterThan(0);
  return list[Math.floor(list.length / 2)]!;
}

describe.each(library.contracts.map((contract) => [contract.slug, contract] as const))("%s", (_slug, contract) => {
  const raw = readFileSync(path.join(LIBRARY, contract.file), "utf8");
  const source = readFileSync(path.join(LIBRARY, contract.sourcePath), "utf8");
  const rules = (text: string) => compareWithSource(parseContract(contract.file, text, new Problems()), source).map((finding) => finding.rule);
  const blocks = clauseBlocks(raw);

  it("has every word of its source, in order, each clause with its number", () => {
    expect(compareWithSource(parseContract(contract.file, raw, new Problems()), source).map((finding) => `${contract.file}:${finding.line}: ${finding.message}`)).toEqual([]);
  });

  it("refuses a deleted clause", () => {
    const { block } = middle(blocks.filter(({ text }) => text.split(/\s+/).length >= 8));
    expect(rules(raw.replace(block, ""))).toContain("source-coverage");
  });

  it("refuses two swapped clauses", () => {
    const pairs = blocks.slice(1).map((second, index) => [blocks[index]!, second] as const);
    const [first, second] = middle(pairs.filter(([a, b]) => a.text !== b.text && raw.includes(`${a.block}\n${b.block}`)));
    expect(rules(raw.replace(`${first.block}\n${second.block}`, `${second.block}\n${first.block}`))).toContain("source-order");
  });

  it("refuses a wrong clause number", () => {
    // A clause whose number the source prints right before its text.
    const printed = blocks.filter(({ number, text }) => number && /^\d+(\.\d+)+$/.test(number) && new RegExp(`(^|\\s)${number.replace(/\./g, "\\.")}[.*]*\\s+${text.split(/\s+/)[0]!.replace(/[^\p{L}\p{N}]/gu, "")}`, "u").test(source));
    const { block, number } = middle(printed);
    const wrong = number!.replace(/\d+$/, (last) => String(Number(last) + 1));
    expect(rules(raw.replace(block, block.replace(/^number: .*$/m, `number: "${wrong}"`)))).toContain("clause-number");
  });

  it("refuses a dropped last sentence", () => {
    const lastSentence = / ([A-Z][^.\n]{20,}\.)$/;
    const { block, text } = middle(blocks.filter(({ text }) => !text.includes("\n") && lastSentence.test(text)));
    expect(rules(raw.replace(block, block.replace(text, text.replace(lastSentence, ""))))).toContain("source-coverage");
  });
});
