// What a clause's heading says on its contract page, and which of its types are listed under
// it, so that a section heading, the clause's heading and its type's name do not repeat the
// same words ("1.1 Definities" → "Definities" → "Definities"). A clause without a heading of
// its own is titled by its main type; the list of types then leaves that type out: the link
// at the foot of the clause leads to the main type's page anyway.
import type { Block, Clause, ClauseType } from "../../model/types.ts";
import type { Lang } from "../../model/vocabulary.ts";
import { slugify } from "./slugify.ts";

export interface ClauseHeading {
  /** The clause's number in the source, if it has one. */
  number: string | undefined;
  /** Its own heading, or else its main type's name. */
  name: string;
  /** Whether `name` is the clause's own wording (in the contract's language) rather than a type name. */
  own: boolean;
  /** Whether the section heading right above already says the same: then the heading is there for screen readers and search only. */
  hidden: boolean;
  /** The clause's types to list under the heading. */
  types: string[];
}

/** The words of a heading, without numbering and punctuation: "1.1 Definities" → "definities". */
function words(text: string): string {
  return slugify(text)
    .split("-")
    .filter((word) => word && !/^\d+$/.test(word))
    .join(" ");
}

const OPENING_WORDS = 8;

/** The first words of a text, "…" where it goes on. */
export function firstWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(" ")} …` : words.join(" ");
}

/** `before` is the block right above the clause on its page. */
export function clauseHeading(clause: Clause, before: Block | undefined, types: Record<string, ClauseType>, lang: Lang): ClauseHeading {
  const [mainType] = clause.types;
  const mainName = types[mainType!]?.name[lang] ?? "";
  // A draft's clause without a confirmed type nor a heading of its own is titled by its first words.
  const opening = clause.heading || mainName ? "" : firstWords(clause.text);
  const name = clause.heading || mainName || opening;
  const section = before?.kind === "heading" ? words(before.text) : undefined;
  const hidden = section !== undefined && words(`${clause.number ?? ""} ${name}`) === section;
  const repeated = words(mainName) === words(name) || words(mainName) === section;
  return {
    number: clause.number || undefined,
    name,
    own: Boolean(clause.heading || opening),
    hidden,
    types: repeated ? clause.types.slice(1) : [...clause.types],
  };
}
