// The learning path's content model: ordered modules, each with the law, what to look for,
// red flags, self-check questions and the clause types its examples are drawn from.
import type { Bilingual } from "../model/vocabulary.ts";

/** One GDPR requirement: the article as the link text names it, and what it says. */
export interface GdprRequirement {
  /** The reference in each language's citation style, e.g. "Art. 28 lid 3 onder a AVG" / "Art. 28(3)(a) GDPR". */
  ref: Bilingual;
  text: Bilingual;
}

/** A self-check question with its explained answer. */
export interface SelfCheck {
  question: Bilingual;
  answer: Bilingual;
}

export interface LearningModule {
  /** URL name, the same in both languages (`/leerroute/<id>/`, `/en/learning-path/<id>/`). */
  id: string;
  title: Bilingual;
  /** One sentence for the overview. */
  summary: Bilingual;
  /** The opening paragraph of the module page. */
  intro: Bilingual;
  /** Clause type ids (files in clauses/), most central first: the examples come from these. */
  clauseTypes: readonly string[];
  requirements: readonly GdprRequirement[];
  lookFor: readonly Bilingual[];
  redFlags: readonly Bilingual[];
  /** Three to five. */
  questions: readonly SelfCheck[];
}
