// The loaded library: what the loader builds from the files and everything downstream reads.
import type { Token } from "markdown-it";
import type { Bilingual, Lang, Rating } from "./vocabulary.ts";
import type { KeyTermName } from "./key-terms.ts";
import type { ClauseAnnotation, ClauseTypeFrontMatter, ContractFrontMatter, DraftClauseAnnotation, Finding, KeyTerm, LawSource, LessonFrontMatter, Party, SearchTerms, TermCandidate } from "./schema.ts";

/** A clause's assessment as the site shows it: with findings, its rating is the one they give (scripts/model/rubric.ts). */
export interface Assessment {
  rating: Rating;
  nl: string;
  en: string;
  findings?: Finding[];
}

export interface Clause extends Omit<DraftClauseAnnotation, "id" | "assessment" | "types" | "summary"> {
  assessment?: Assessment;
  /** Anchor on the contract page, unique within the contract. */
  id: string;
  /** Confirmed clause types, main type first; empty while a draft's clause, or one new in this version (`review: added`), has none yet (only its `suggestedTypes`). */
  types: string[];
  /** Both languages in a complete clause; in a draft, or a clause new in this version, either or both may still be missing. */
  summary?: Partial<Bilingual>;
  contract: string;
  /** The original wording as plain text. */
  text: string;
  /** The original wording rendered from its Markdown. */
  html: string;
  /** Its Markdown's tokens, kept only where it links to a clause of its contract (`#art-9-9`): see scripts/site/clause-links.ts. */
  linkTokens?: Token[];
  /** Heading level on the contract page: one below the section it sits in. */
  level: number;
  line: number;
  /** The page (1, 2, …) of the contract the clause is shown on; long contracts span several. */
  part: number;
}

/** A clause as its file gives it: its assessment's rating not yet derived from its findings (scripts/load/rate-clauses.ts). */
export interface ParsedClause extends Omit<Clause, "assessment"> {
  assessment?: ClauseAnnotation["assessment"];
}

export type Block<C extends ParsedClause = Clause> =
  | { kind: "heading"; level: number; text: string; line: number; /** Anchor, unique in the contract (set when the site is laid out). */ id?: string }
  | { kind: "clause"; clause: C }
  | { kind: "note"; vendorSummary: boolean; text: string; html: string; line: number; /** As Clause's. */ linkTokens?: Token[] };

export interface Contract extends Omit<ContractFrontMatter, "status" | "parties" | "terms"> {
  /** A draft is published with a badge and kept out of the matrix, checklist, compare and clause type pages until complete. */
  status: "draft" | "complete";
  /** Empty only in a draft that does not name them yet. */
  parties: Party[];
  /** Every key term in a complete contract; a draft's confirmed terms only. */
  terms: Partial<Record<KeyTermName, KeyTerm>>;
  /** A draft's unconfirmed key terms: the import's candidates. */
  termSuggestions: Partial<Record<KeyTermName, TermCandidate>>;
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
  /** The links and images in each explanation, for the validator. */
  links: Record<Lang, ContentLink[]>;
}

/** A link or image in content the site renders, and the file line it stands on. */
export interface ContentLink {
  kind: "link" | "image";
  /** The target as markdown-it resolved it: inline, reference-style or autolink alike. */
  href: string;
  line: number;
}

/** A point to look for, written out in the lesson or taken from a clause type's criterion (`criterion`). */
export interface LookForPoint extends Bilingual {
  sources?: string[];
  criterion?: string;
}

/** A module of the learning path (lessons/<id>.md). */
export interface Lesson extends Omit<LessonFrontMatter, "lookFor"> {
  lookFor: LookForPoint[];
  file: string;
  /** The opening paragraphs per language, rendered HTML. */
  intro: Record<Lang, string>;
  /** The links and images in each intro, for the validator. */
  links: Record<Lang, ContentLink[]>;
}

export interface Library {
  contracts: Contract[];
  clauseTypes: ClauseType[];
  /** The learning path's modules, in order. */
  lessons: Lesson[];
  /** The legal sources lessons and clause types cite, by id (lessons/sources.yaml). */
  lawSources: Record<string, LawSource>;
  /** Stop words and synonyms for search (clauses/search-terms.yaml); empty lists when the file is absent. */
  searchTerms: SearchTerms;
  /**
   * The older versions of contracts, per slug, oldest first (contracts/<slug>/versions/, see
   * scripts/model/versions.ts); the latest version of each is the one in `contracts`.
   */
  versions: Record<string, Contract[]>;
}

export type { Bilingual, Lang };
