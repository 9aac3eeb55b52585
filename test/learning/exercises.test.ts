// Exercises: how a module page names and links their options (scripts/learning/exercises.ts),
// and, the point of checking them at all, that a change to a contract which makes an
// exercise's answer wrong stops the build at the exercise's line.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exerciseViews, firstWords, optionLabel } from "../../scripts/learning/exercises.ts";
import type { ExampleContract } from "../../scripts/learning/examples.ts";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import type { Exercise } from "../../scripts/model/schema.ts";
import type { Clause } from "../../scripts/model/types.ts";
import { formatProblem } from "../../scripts/validate/problems.ts";
import { buildSite, ROOT } from "../support/build.ts";
import { editedLibrary } from "../support/fixture-library.ts";

const clause = (id: string, fields: Partial<Clause>): Clause => ({ id, contract: "acme", types: ["security"], summary: { nl: "-", en: "-" }, text: "", html: "", level: 2, line: 1, part: 1, ...fields });
const encryption = clause("bijlage-2", { text: "Encryptie van persoonsgegevens tijdens opslag en verzending, met sleutelbeheer door de verwerker.", part: 2 });
const audit = clause("art-6-1", { number: "6.1", heading: "Audit", text: "Opdrachtgever mag jaarlijks een audit laten uitvoeren." });
const acme: ExampleContract = { slug: "acme", vendor: "Acme", language: "nl", clauses: [encryption, audit] };
const bilingual = (nl: string, en: string) => ({ nl, en });

describe("an exercise option's label", () => {
  it("is the vendor, with a clause's number and heading, or its first words where it has no heading", () => {
    expect(optionLabel(acme)).toEqual({ vendor: "Acme" });
    expect(optionLabel(acme, audit)).toEqual({ vendor: "Acme", number: "6.1", title: "Audit", titleLang: "nl" });
    expect(optionLabel(acme, encryption)).toEqual({ vendor: "Acme", number: undefined, title: "Encryptie van persoonsgegevens tijdens opslag en verzending, met …", titleLang: "nl" });
  });

  it("keeps a short text whole", () => {
    expect(firstWords("Versleuteling: TLS.")).toBe("Versleuteling: TLS.");
    expect(firstWords(" een  twee\ndrie vier ", 3)).toBe("een twee drie …");
  });
});

describe("a module's exercises on its page", () => {
  const exercises: Exercise[] = [
    {
      kind: "choice",
      question: bilingual("Vraag?", "Question?"),
      options: [
        { text: bilingual("Ja", "Yes"), correct: true, feedback: bilingual("Omdat.", "Because.") },
        { text: bilingual("Nee", "No"), correct: false, feedback: bilingual("Daarom niet.", "That is why not.") },
      ],
      sources: ["gdpr-32"],
    },
    {
      kind: "find",
      question: bilingual("Welke?", "Which?"),
      options: [
        { contract: "acme", clause: "bijlage-2", correct: true, feedback: bilingual("Hier.", "Here.") },
        { contract: "acme", correct: false, feedback: bilingual("Te ruim.", "Too broad.") },
      ],
      check: { wording: "tijdens opslag" },
      explanation: bilingual("Zo zit het.", "That is how it is."),
    },
  ];
  const views = exerciseViews(exercises, new Map([["acme", acme]]), "en");

  it("are numbered from 1 and given in the page's language", () => {
    expect(views.map((view) => [view.number, view.kind, view.question])).toEqual([[1, "choice", "Question?"], [2, "find", "Which?"]]);
    expect(views[0]!.options).toEqual([
      { correct: true, feedback: "Because.", text: "Yes" },
      { correct: false, feedback: "That is why not.", text: "No" },
    ]);
    expect(views[0]!.sources).toEqual(["gdpr-32"]);
    expect(views[1]!.explanation).toBe("That is how it is.");
  });

  it("link a find option to its clause on the contract page it is on, or to the contract, and list the correct ones as the answers", () => {
    expect(views[1]!.options.map((option) => option.url)).toEqual(["/en/contracts/acme/2/#bijlage-2", "/en/contracts/acme/"]);
    expect(views[1]!.answers).toEqual([views[1]!.options[0]]);
    expect(views[0]!.answers).toEqual([]);
  });
});

describe("a contract change under an exercise", () => {
  /** The line of `text` in a file of this project. */
  const lineOf = (file: string, text: string) => readFileSync(path.join(ROOT, file), "utf8").split("\n").findIndex((line) => line.includes(text)) + 1;
  const FIX = "bring the exercise (options, check, feedback, explanation) in line with the library as it now is, or correct the contract if it changed by mistake";

  it("is reported at the exercise's line when a clause is retyped, a wording changes or a key term changes", () => {
    // The Aiono annex stops promising encryption at rest (in the contract and, as contracts are verbatim, its source);
    // AxiOps's clause on connected services is no longer about roles; Belco's sub-processors are all in the EEA.
    const at = "Encryptie van persoonsgegevens tijdens opslag (data at rest)";
    const root = editedLibrary(
      [
        { file: "contracts/aiono.md", find: at, replace: "Encryptie van persoonsgegevens tijdens verzending" },
        { file: "contracts/sources/aiono-verwerkersovereenkomst.txt", find: at, replace: "Encryptie van persoonsgegevens tijdens verzending" },
        { file: "contracts/axiops.md", find: "types: [roles, controller-obligations, subprocessors]", replace: "types: [controller-obligations, subprocessors]" },
        { file: "contracts/belco.md", find: "subprocessorsOutsideEEA:\n    value: true", replace: "subprocessorsOutsideEEA:\n    value: false" },
      ],
      ROOT,
    );
    const { library } = loadLibrary(ROOT);
    const clauseLine = (slug: string, id: string) => library.contracts.find((contract) => contract.slug === slug)!.clauses.find((candidate) => candidate.id === id)!.line;
    const [aiono, axiops] = [clauseLine("aiono", "bijlage-2-2"), clauseLine("axiops", "art-4-5-a")];
    // Other exercises on the same clauses and terms are reported too, and the changed key term's own answers.
    expect(loadLibrary(root).problems.map(formatProblem)).toEqual(expect.arrayContaining([
      `lessons/confidentiality-security.md:${lineOf("lessons/confidentiality-security.md", `wording: "${at}"`)}: check.wording "${at}" is not in the text of option 1 (Aiono (Bepromptly B.V.) bijlage-2-2, contracts/aiono.md:${aiono}), a correct option — ${FIX}`,
      `lessons/processor-duties.md:${lineOf("lessons/processor-duties.md", "term: { name: subprocessorsOutsideEEA")}: check.term does not hold: option 1 (Belco) is correct, but Belco's key term subprocessorsOutsideEEA is false, not true — ${FIX}`,
      `lessons/roles-in-depth.md:${lineOf("lessons/roles-in-depth.md", "type: roles")}: check.type "roles" does not hold: option 1 (AxiOps art-4-5-a, contracts/axiops.md:${axiops}) is correct but its clause types are controller-obligations, subprocessors — ${FIX}`,
    ]));
  });

  it("stops the build: the report alone, nothing written", () => {
    const root = editedLibrary([{ file: "contracts/axiops.md", find: "types: [roles, controller-obligations, subprocessors]", replace: "types: [controller-obligations, subprocessors]" }], ROOT);
    const output = mkdtempSync(path.join(tmpdir(), "dpa-exercise-"));
    let failure: { status: number | null; stderr: string } | undefined;
    try {
      buildSite(output, { LIBRARY_ROOT: root });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toMatch(/^lessons\/roles-in-depth\.md:\d+: check\.type "roles" does not hold: option 1 \(AxiOps art-4-5-a, contracts\/axiops\.md:\d+\) is correct but its clause types are controller-obligations, subprocessors — /m);
    // The clause's finding on a criterion of the type it lost is reported with it.
    expect(failure?.stderr).toMatch(/^contracts\/axiops\.md:\d+: the finding on "roles\/roles-match" is on a criterion of roles, which is not one of this clause's types/m);
    expect(failure?.stderr).toContain("The library has 2 problems; nothing was built.");
    expect(readdirSync(output)).toEqual([]);
  }, 120_000);
});
