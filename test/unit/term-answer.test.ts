import { describe, expect, it } from "vitest";
import { answerDisagreements } from "../../scripts/validate/term-answer.ts";

const answer = (nl: string, en: string) => ({ nl, en });

describe("answerDisagreements", () => {
  it("accepts a period's answer that names its number as a number, not as part of another", () => {
    const term = { value: { amount: 1, unit: "years" as const }, answer: answer("maximaal 1 keer per jaar", "at most 1 audit a year") };
    expect(answerDisagreements("auditMaxFrequency", term)).toEqual([]);
    const twelve = { ...term, answer: answer("maximaal 1 keer per 12 maanden", "once every 12 months") };
    expect(answerDisagreements("auditMaxFrequency", twelve).map((problem) => problem.lang)).toEqual(["en"]);
  });

  it("reads a fraction as each language writes it", () => {
    const term = { value: { amount: 1.5, unit: "days" as const }, answer: answer("binnen 1,5 dag", "within 1.5 days") };
    expect(answerDisagreements("breachNotificationDeadline", term)).toEqual([]);
    expect(answerDisagreements("breachNotificationDeadline", { ...term, answer: answer("binnen 1.5 dag", "within 1,5 days") })).toHaveLength(2);
  });

  it("wants a yes/no answer to start with the value's word, whole", () => {
    const term = { value: false, answer: answer("nee — alleen met toestemming", "no — only with consent") };
    expect(answerDisagreements("subprocessorObjection", term)).toEqual([]);
    const other = { value: false, answer: answer("ja, mogelijk", "nowhere") };
    expect(answerDisagreements("subprocessorObjection", other).map((problem) => problem.message)).toEqual([
      'the answer (nl) of key term "subprocessorObjection" does not start with "nee", though its value is false',
      'the answer (en) of key term "subprocessorObjection" does not start with "no", though its value is false',
    ]);
  });

  it("leaves free the answers of terms without a value and of text, country and payer terms", () => {
    expect(answerDisagreements("breachNotificationDeadline", { value: null, answer: answer("onverwijld, geen vaste termijn", "without delay, no fixed deadline") })).toEqual([]);
    expect(answerDisagreements("courtVenue", { value: "Rechtbank Amsterdam", answer: answer("Rechtbank Amsterdam", "Amsterdam District Court") })).toEqual([]);
    expect(answerDisagreements("auditCosts", { value: "controller", answer: answer("de klant", "the customer") })).toEqual([]);
  });
});
