// The loaded library: what the loader builds from the files and everything downstream reads.
import type { Bilingual, Lang } from "./vocabulary.ts";
import type { ClauseAnnotation, ClauseTypeFrontMatter, ContractFrontMatter, LawSource, LessonFrontMatter } from "./schema.ts";

export interface Clause extends Omit<ClauseAnnotation, "id"> {
  /** Anchor on the contract page, unique within the contract. */
  id: string;
  contract: string;
  /** The original wording as plain text. */
  text: string;
  /** The original wording rendered from its Markdown. */
  html: string;
  /** Heading level on the contract page: one below the section it sits in. */
  level: number;
  line: number;
  /** The page (1, 2, …) of the contract the clause is shown on; long contracts span several. */
  part: number;
}

export type Block =
  | { kind: "heading"; level: number; text: string; line: number; /** Anchor, unique in the contract (set when the site is laid out). */ id?: string }
  | { kind: "clause"; clause: Clause }
  | { kind: "note"; vendorSummary: boolean; text: string; html: string; line: number };

export interface Contract extends ContractFrontMatter {
  file: string;
  /** Path of the provenance file, relative to the project root. */
  sourcePath: string;
  blocks: Block[];
  clauses: Clause[];
}

export interface ClauseType extends ClauseTypeFrontMatter {
  file: string;
  /**
   * Explanation per language, rendered HTML: its first section, what the law requires (which
   * the site follows with the type's lawSources), and the rest.
   */
  body: Record<Lang, { law: string; rest: string }>;
}

/** A module of the learning path (lessons/<id>.md). */
export interface Lesson extends LessonFrontMatter {
  file: string;
  /** The opening paragraphs per language, rendered HTML. */
  intro: Record<Lang, string>;
}

export interface Library {
  contracts: Contract[];
  clauseTypes: ClauseType[];
  /** The learning path's modules, in order. */
  lessons: Lesson[];
  /** The legal sources lessons and clause types cite, by id (lessons/sources.yaml). */
  lawSources: Record<string, LawSource>;
}

export type { Bilingual, Lang };
