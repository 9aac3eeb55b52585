// A module's exercises as its pages show them, in one language: the texts of that language,
// and each find option labelled from the library ("AxiOps 6.1 — <heading or first words>")
// with a link to its clause on the contract page it is on. Pure: the validator has checked
// that every contract and clause an option names exists (rule exercise-reference).
import type { Exercise } from "../model/schema.ts";
import type { Clause } from "../model/types.ts";
import type { Lang } from "../model/vocabulary.ts";
import { clauseUrl, contractUrl } from "../site/urls.ts";
import type { ExampleContract } from "./examples.ts";

/** Words of a clause's text that name it where it has no heading of its own. */
export const LABEL_WORDS = 8;

/** What a find option is called: the vendor, and for a clause its number and its heading or first words. */
export interface OptionLabel {
  vendor: string;
  number?: string;
  title?: string;
  /** Language of the title: the contract's own wording. */
  titleLang?: string;
}

export interface OptionView {
  correct: boolean;
  feedback: string;
  /** A choice option's answer text. */
  text?: string;
  /** A find option's label and where its clause (or contract) is. */
  label?: OptionLabel;
  url?: string;
}

export interface ExerciseView {
  /** 1-based position in the module, the exercise's id on the page and in stored progress. */
  number: number;
  kind: Exercise["kind"];
  question: string;
  options: OptionView[];
  /** A find exercise's explanation. */
  explanation?: string;
  /** A find exercise's correct options, to link from the explanation. */
  answers: OptionView[];
  sources?: string[];
}

/** The first `count` words of a text, with an ellipsis where it goes on. */
export function firstWords(text: string, count = LABEL_WORDS): string {
  const words = text.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(" ")} …` : words.join(" ");
}

export function optionLabel(contract: Pick<ExampleContract, "vendor" | "language">, clause?: Pick<Clause, "number" | "heading" | "text">): OptionLabel {
  if (!clause) return { vendor: contract.vendor };
  return { vendor: contract.vendor, number: clause.number, title: clause.heading ?? firstWords(clause.text), titleLang: contract.language };
}

export function exerciseViews(exercises: readonly Exercise[], contracts: ReadonlyMap<string, ExampleContract>, lang: Lang): ExerciseView[] {
  return exercises.map((exercise, index) => {
    const common = { number: index + 1, question: exercise.question[lang], sources: exercise.sources };
    if (exercise.kind === "choice") {
      const options = exercise.options.map((option) => ({ correct: option.correct, feedback: option.feedback[lang], text: option.text[lang] }));
      return { ...common, kind: exercise.kind, options, answers: [] };
    }
    const options = exercise.options.map((option): OptionView => {
      const contract = contracts.get(option.contract)!;
      const clause = option.clause === undefined ? undefined : contract.clauses.find((candidate) => candidate.id === option.clause)!;
      return {
        correct: option.correct,
        feedback: option.feedback[lang],
        label: optionLabel(contract, clause),
        url: clause ? clauseUrl(lang, clause) : contractUrl(lang, contract.slug),
      };
    });
    return { ...common, kind: exercise.kind, options, explanation: exercise.explanation[lang], answers: options.filter((option) => option.correct) };
  });
}
