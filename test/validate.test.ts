import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../scripts/load/load-library.ts";
import { formatProblem } from "../scripts/validate/problems.ts";
import { RULES } from "../scripts/validate/rules.ts";
import { BAD_INPUTS, VERSIONED } from "./fixtures/bad-inputs.ts";
import { editedLibrary, FIXTURE_LIBRARY } from "./support/fixture-library.ts";
import { LIBRARY } from "./support/build.ts";

describe("validator", () => {
  it("accepts the valid fixture library", () => {
    const { library, problems } = loadLibrary(FIXTURE_LIBRARY);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(library.contracts.map((contract) => contract.clauses.map((clause) => clause.id))).toEqual([["art-6-1", "art-6-2", "art-7-1"]]);
  });

  it.each(BAD_INPUTS)("reports $name at its line, with a fix", ({ edits, expected, warnings: expectedWarnings = [], rule }) => {
    const { problems, warnings } = loadLibrary(editedLibrary(edits));
    expect(problems.map(formatProblem)).toEqual(expected);
    expect(warnings.map(formatProblem)).toEqual(expectedWarnings);
    expect([...problems, ...warnings].map((problem) => problem.rule)).toContain(rule);
  });

  it("accepts a contract with an older version, and keeps the older one out of the contracts", () => {
    const { library, problems, warnings } = loadLibrary(editedLibrary(VERSIONED));
    expect([...problems, ...warnings].map(formatProblem)).toEqual([]);
    expect(library.contracts.map((contract) => `${contract.slug} ${contract.version}`)).toEqual(["mini 1.0"]);
    expect(Object.entries(library.versions).map(([slug, older]) => `${slug}: ${older.map((contract) => `${contract.version} ${contract.file}`).join(", ")}`)).toEqual(["mini: 0.9 contracts/mini/versions/0-9.md"]);
  });

  it("has a bad-input fixture for every rule", () => {
    const covered = new Set(BAD_INPUTS.map((bad) => bad.rule));
    expect(Object.keys(RULES).filter((rule) => !covered.has(rule as keyof typeof RULES))).toEqual([]);
  });

  it("reports every problem at once, in file and line order", () => {
    const { problems } = loadLibrary(editedLibrary(BAD_INPUTS.filter((bad) => ["unknown clause type", "missing English summary", "invalid duration unit"].includes(bad.name)).flatMap((bad) => bad.edits)));
    expect(problems.map((problem) => `${problem.line}:${problem.rule}`)).toEqual(["19:field", "38:unknown-clause-type", "65:missing-summary"]);
  });

  it("reports a source that is not UTF-8 once, however many contracts name it", () => {
    const root = editedLibrary(BAD_INPUTS.find((bad) => bad.name === "a source saved as Latin-1")!.edits);
    const contract = readFileSync(path.join(root, "contracts/mini.md"), "utf8");
    writeFileSync(path.join(root, "contracts/mini-copy.md"), contract.replace("slug: mini", "slug: mini-copy"));
    expect(loadLibrary(root).problems.map((problem) => `${problem.file}:${problem.line} ${problem.rule}`)).toEqual(["contracts/sources/mini-dpa.txt:3 encoding"]);
  });

  it("accepts links to the contract's own clauses, to allowed hosts, to addresses the source gives, and from clause types to pages", () => {
    const gdpr = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679";
    const { library, problems } = loadLibrary(
      editedLibrary([
        { file: "contracts/mini.md", find: "over een inbreuk in verband met persoonsgegevens.", replace: `over een [inbreuk in verband met persoonsgegevens](${gdpr}).` },
        { file: "contracts/mini.md", find: "Geschillen gaan naar de Rechtbank Amsterdam.", replace: "[Geschillen](#art-6-1) gaan naar de Rechtbank Amsterdam." },
        { file: "contracts/mini.md", find: "Kort gezegd: u hoort het binnen 48 uur.\n", replace: "Kort gezegd: u hoort het binnen 48 uur. Zie [www.mini.nl](https://www.mini.nl).\n" },
        { file: "contracts/sources/mini-dpa.txt", find: "Kort gezegd: u hoort het binnen 48 uur.", replace: "Kort gezegd: u hoort het binnen 48 uur. Zie www.mini.nl." },
        { file: "clauses/breach-notification.md", find: "Uitleg in het Nederlands.", replace: "Uitleg bij [Mini](/contracten/mini/) en de [AVG](https://eur-lex.europa.eu/eli/reg/2016/679/oj)." },
        { file: "clauses/breach-notification.md", find: "Explanation in English.", replace: "See [governing law](/en/clause-types/governing-law-forum/) and the [EDPB](https://www.edpb.europa.eu/)." },
      ]),
    );
    expect(problems.map(formatProblem)).toEqual([]);
    const [breach, law] = library.contracts[0]!.clauses;
    expect(breach!.html).toContain(`<a href="${gdpr.replace(/&/g, "&amp;")}">inbreuk in verband met persoonsgegevens</a>`);
    expect(law!.html).toContain('<a href="#art-6-1">Geschillen</a>');
    expect(library.contracts[0]!.blocks.find((block) => block.kind === "note")).toMatchObject({ kind: "note", html: expect.stringContaining('<a href="https://www.mini.nl">www.mini.nl</a>') });
    expect(Object.values(library.clauseTypes.find((type) => type.id === "breach-notification")!.body.en).join("")).toContain('<a href="/en/clause-types/governing-law-forum/">governing law</a>');
  });

  it("derives a clause's rating from its findings, and refuses a written one even where it agrees", () => {
    expect(loadLibrary(FIXTURE_LIBRARY).library.contracts[0]!.clauses[0]!.assessment!.rating).toBe("neutraal");
    const agreeing = loadLibrary(editedLibrary([{ file: "contracts/mini.md", find: "  nl: Vaste termijn van 48 uur.\n", replace: "  rating: neutraal\n  nl: Vaste termijn van 48 uur.\n" }]));
    expect(agreeing.problems.map(formatProblem)).toEqual([
      'contracts/mini.md:46: the rating "neutraal" is written, but it follows from the findings — remove `rating:`; the site shows the rating the findings give',
    ]);
  });

  it("refuses an assessment without findings, a written rating in their place included", () => {
    const findings = /  findings:\n(?: {4}.*\n)+/;
    const mini = readFileSync(path.join(FIXTURE_LIBRARY, "contracts/mini.md"), "utf8");
    const neither = loadLibrary(editedLibrary([{ file: "contracts/mini.md", find: mini.match(findings)![0], replace: "" }]));
    expect(neither.problems.map((problem) => `${problem.line}:${problem.rule}`)).toEqual(["45:missing-findings"]);
    expect(neither.library.contracts[0]!.clauses[0]!.assessment).toBeUndefined();
  });

  it("accepts the library in this repository", () => {
    const { library, problems } = loadLibrary(LIBRARY);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(library.contracts.length).toBeGreaterThan(0);
  });
});
