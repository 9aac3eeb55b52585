// Whether an exercise's answer holds in the library (scripts/validate/exercise-checks.ts).
import { describe, expect, it } from "vitest";
import { answerCountProblem, checkFind, missingKinds, type ResolvedOption } from "../../scripts/validate/exercise-checks.ts";
import type { KeyTerm } from "../../scripts/model/schema.ts";
import type { KeyTermName } from "../../scripts/model/key-terms.ts";

const term = (value: KeyTerm["value"]): KeyTerm => ({ value, clause: null, answer: { nl: "-", en: "-" }, note: { nl: "-", en: "-" } });
function contract(slug: string, vendor: string, terms: Partial<Record<KeyTermName, KeyTerm>> = {}): ResolvedOption["contract"] {
  return { slug, vendor, file: `contracts/${slug}.md`, terms: terms as ResolvedOption["contract"]["terms"] };
}
const axiops = contract("axiops", "AxiOps", { breachNotificationDeadline: term({ amount: 48, unit: "hours" }), subprocessorObjection: term(true) });
const aiono = contract("aiono", "Aiono", { breachNotificationDeadline: term(null), subprocessorObjection: term(false) });
const belco = contract("belco", "Belco", { breachNotificationDeadline: term({ amount: 24, unit: "hours" }), subprocessorObjection: term(true) });

const clause = (id: string, types: string[], text: string, line = 10) => ({ id, types, text, line });
const breach = clause("art-6-1", ["breach-notification"], "AxiOps meldt een datalek uiterlijk binnen 48 uur na\nontdekking.", 120);
const authority = clause("art-6-2", ["breach-notification", "controller-obligations"], "Opdrachtgever meldt aan de AP.", 130);
const security = clause("art-5-1", ["security"], "AxiOps neemt passende maatregelen.", 100);

const option = (index: number, correct: boolean, on: ResolvedOption["contract"], at?: ResolvedOption["clause"]): ResolvedOption => ({ index, correct, contract: on, clause: at });

describe("the kinds of exercise a lesson needs", () => {
  it("names each kind that is missing", () => {
    expect(missingKinds([{ kind: "choice" }, { kind: "find" }])).toEqual([]);
    expect(missingKinds([{ kind: "choice" }, { kind: "choice" }])).toEqual(["find"]);
    expect(missingKinds([])).toEqual(["choice", "find"]);
  });
});

describe("the options marked correct", () => {
  const options = (...correct: boolean[]) => correct.map((value) => ({ correct: value }));
  it("are exactly one in a choice exercise", () => {
    expect(answerCountProblem({ kind: "choice", options: options(false, true, false) } as never)).toBeUndefined();
    expect(answerCountProblem({ kind: "choice", options: options(false, false, false) } as never)).toBe("the choice exercise has no correct options; it needs exactly one");
    expect(answerCountProblem({ kind: "choice", options: options(true, true, false) } as never)).toBe("the choice exercise has 2 correct options; it needs exactly one");
  });

  it("are at least one in a find exercise", () => {
    expect(answerCountProblem({ kind: "find", options: options(true, true) } as never)).toBeUndefined();
    expect(answerCountProblem({ kind: "find", options: options(false, false) } as never)).toBe("the find exercise has no correct option");
  });
});

describe("a find exercise's check", () => {
  it("holds when the correct clause has the type and wording and no wrong clause option has the type", () => {
    const options = [option(0, true, axiops, breach), option(1, false, axiops, security)];
    expect(checkFind({ type: "breach-notification", wording: "uiterlijk binnen 48 uur na ontdekking" }, options)).toEqual([]);
  });

  it("is wanting when empty", () => {
    expect(checkFind({}, [option(0, true, axiops, breach)])).toEqual([{ message: "the find exercise's check is empty: it needs at least one of type, wording and term" }]);
  });

  it("fails on type when a correct clause lost the type, or a wrong clause option has it", () => {
    expect(checkFind({ type: "breach-notification" }, [option(0, true, axiops, security), option(1, false, axiops, authority)])).toEqual([
      { check: "type", message: 'check.type "breach-notification" does not hold: option 1 (AxiOps art-5-1, contracts/axiops.md:100) is correct but its clause types are security' },
      { check: "type", message: 'check.type "breach-notification" does not hold: option 2 (AxiOps art-6-2, contracts/axiops.md:130) is a wrong option but also has clause type "breach-notification"' },
    ]);
  });

  it("ignores options naming only a contract for type and wording", () => {
    expect(checkFind({ type: "breach-notification", wording: "48 uur" }, [option(0, true, axiops, breach), option(1, false, belco)])).toEqual([]);
  });

  it("compares wording whitespace aside, and fails when a correct clause no longer says it", () => {
    expect(checkFind({ wording: "binnen  48 uur na ontdekking" }, [option(0, true, axiops, breach)])).toEqual([]);
    expect(checkFind({ wording: "binnen 72 uur" }, [option(0, true, axiops, breach), option(1, true, axiops, authority)])).toEqual([
      { check: "wording", message: 'check.wording "binnen 72 uur" is not in the text of option 1 (AxiOps art-6-1, contracts/axiops.md:120), a correct option' },
      { check: "wording", message: 'check.wording "binnen 72 uur" is not in the text of option 2 (AxiOps art-6-2, contracts/axiops.md:130), a correct option' },
    ]);
  });

  it("needs a correct clause to check type and wording against", () => {
    expect(checkFind({ type: "subprocessors", wording: "bezwaar" }, [option(0, true, axiops), option(1, false, aiono)])).toEqual([
      { check: "type", message: "check.type checks clauses, but no correct option names a clause" },
      { check: "wording", message: "check.wording checks clauses, but no correct option names a clause" },
    ]);
  });

  it("compares a key term's value deeply: durations, booleans and null", () => {
    expect(checkFind({ term: { name: "breachNotificationDeadline", value: { amount: 48, unit: "hours" } } }, [option(0, true, axiops), option(1, false, belco), option(2, false, aiono)])).toEqual([]);
    expect(checkFind({ term: { name: "breachNotificationDeadline", value: null } }, [option(0, true, aiono), option(1, false, axiops)])).toEqual([]);
    expect(checkFind({ term: { name: "subprocessorObjection", value: false } }, [option(0, true, aiono), option(1, false, belco)])).toEqual([]);
  });

  it("fails on term when a correct contract's value differs, or a wrong contract option has the value", () => {
    expect(checkFind({ term: { name: "breachNotificationDeadline", value: { amount: 48, unit: "days" } } }, [option(0, true, axiops, breach), option(1, true, axiops, authority)])).toEqual([
      { check: "term", message: 'check.term does not hold: option 1 (AxiOps art-6-1, contracts/axiops.md:120) is correct, but AxiOps\'s key term breachNotificationDeadline is {"amount":48,"unit":"hours"}, not {"amount":48,"unit":"days"}' },
    ]);
    expect(checkFind({ term: { name: "subprocessorObjection", value: true } }, [option(0, true, axiops), option(1, false, belco), option(2, false, aiono)])).toEqual([
      { check: "term", message: "check.term does not hold: option 2 (Belco) is a wrong option but its key term subprocessorObjection is also true" },
    ]);
  });

  it("does not hold a wrong clause option to the term: its contract may be the correct one's", () => {
    expect(checkFind({ term: { name: "subprocessorObjection", value: true } }, [option(0, true, axiops, breach), option(1, false, axiops, security)])).toEqual([]);
  });
});
