import { describe, expect, it } from "vitest";
import { defaultClauseId } from "../../scripts/model/clause-id.ts";
import { parseContract } from "../../scripts/load/parse-contract.ts";
import { Problems } from "../../scripts/validate/problems.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { FIXTURE_LIBRARY } from "../support/fixture-library.ts";

describe("clause ids", () => {
  it("derive from the source number", () => {
    expect(defaultClauseId("6.1")).toBe("art-6-1");
    expect(defaultClauseId("3.3 a")).toBe("art-3-3-a");
    expect(defaultClauseId("1.1 1°")).toBe("art-1-1-1");
    expect(defaultClauseId("Bijlage 1")).toBe("bijlage-1");
  });
});

describe("contract parser", () => {
  const raw = readFileSync(path.join(FIXTURE_LIBRARY, "contracts/mini.md"), "utf8");
  const problems = new Problems();
  const parsed = parseContract("contracts/mini.md", raw, problems);

  it("keeps headings, clauses and notes in source order with their lines", () => {
    expect(problems.list).toEqual([]);
    expect(parsed.blocks.map((block) => block.kind)).toEqual(["heading", "clause", "clause", "note", "heading", "clause"]);
    expect(parsed.clauses[0]).toMatchObject({ id: "art-6-1", number: "6.1", level: 3, line: 38, types: ["breach-notification"] });
  });

  it("gives each clause its plain text and rendered HTML", () => {
    expect(parsed.clauses[1]!.text).toBe("Op deze overeenkomst is Nederlands recht van toepassing. Geschillen gaan naar de Rechtbank Amsterdam.");
    expect(parsed.clauses[1]!.html).toBe("<p>Op deze overeenkomst is Nederlands recht van toepassing. Geschillen gaan naar de Rechtbank Amsterdam.</p>\n");
  });

  it("marks the vendor's own summary as source text", () => {
    expect(parsed.blocks[3]).toMatchObject({ kind: "note", vendorSummary: true, text: "Kort gezegd: u hoort het binnen 48 uur." });
  });

  it("keeps ordered-list numbers in the plain text", () => {
    const withList = raw.replace("Op deze overeenkomst is Nederlands recht van toepassing. Geschillen gaan naar de Rechtbank Amsterdam.", "1. Eerste.\n2. Tweede.");
    const listed = parseContract("contracts/mini.md", withList, new Problems());
    expect(listed.clauses[1]!.text).toBe("1. Eerste.\n2. Tweede.");
  });

  it("lists the wordings in file order for the source check, each clause's first with its number", () => {
    const withHeading = raw.replace('number: "6.2"', 'number: "6.2"\nheading: Recht');
    const { wordings } = parseContract("contracts/mini.md", withHeading, new Problems());
    expect(wordings.map(({ what, clause }) => `${what}${clause ? ` ${JSON.stringify(clause)}` : ""}`)).toEqual([
      "heading",
      'clause text {"number":"6.1"}',
      'clause heading {"number":"6.2"}',
      "clause text",
      "note",
      "heading",
      'clause text {"number":"7.1"}',
    ]);
  });

  it("reads on after a container that is not closed: the next block on its own, the rest as usual", () => {
    const problems = new Problems();
    const unclosed = parseContract("contracts/mini.md", raw.replace("De melding bevat de aard van de inbreuk.\n:::\n", "De melding bevat de aard van de inbreuk.\n"), problems);
    expect(problems.list.map((problem) => `${problem.line} ${problem.rule}`)).toEqual(["38 unclosed-container"]);
    expect(unclosed.blocks.map((block) => block.kind)).toEqual(["heading", "clause", "clause", "note", "heading", "clause"]);
    expect(unclosed.clauses.map((clause) => clause.text)).toEqual(parsed.clauses.map((clause) => clause.text));
  });

  it("reports a container left open at the end of the file", () => {
    const problems = new Problems();
    parseContract("contracts/mini.md", raw.replace(/:::\n$/, ""), problems);
    expect(problems.list.map((problem) => `${problem.line} ${problem.rule}: ${problem.message}`)).toEqual([
      "78 unclosed-container: the `::: clause` container opened on this line is not closed before the end of the file",
    ]);
  });

  it("knows the id of a clause whose annotation is not valid YAML, so that what cites it is not reported as well", () => {
    const broken = parseContract("contracts/mini.md", raw.replace("  en: Dutch law; disputes", "  en: Dutch law: disputes"), new Problems());
    expect([...broken.invalidClauseIds]).toEqual(["art-6-2"]);
  });
});
