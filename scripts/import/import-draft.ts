// Turns a source text into a draft contract: segments it, suggests each clause's types from
// the annotated library, finds key-term candidates, and writes the Markdown. Pure (no files):
// the command (scripts/cli/import.ts) reads and writes, the benchmark calls this directly.
import type { KeyTermName } from "../model/key-terms.ts";
import type { Block, ClauseType, Contract } from "../model/types.ts";
import { loadCues, type Cues } from "./cues.ts";
import { keyTermCandidates } from "./key-term-candidates.ts";
import { segment, type Part, type Segment } from "./segment.ts";
import { TypeSuggester, type LabelledText, type Suggestion } from "./suggest-types.ts";
import { clauseIds, draftMarkdown, type DraftMeta, type ImportedClause } from "./write-draft.ts";

/** How many types each clause is suggested. */
export const SUGGESTIONS = 3;
/** The clause types per GDPR article they rest on (their `gdpr` in clauses/), Article 28 left out: every type rests on it. */
export type ArticleTypes = ReadonlyMap<string, readonly string[]>;

export function articleTypes(clauseTypes: readonly ClauseType[]): ArticleTypes {
  const byArticle = new Map<string, string[]>();
  for (const type of clauseTypes) {
    for (const reference of type.gdpr) {
      const article = reference.match(/^\d+/)![0];
      if (article !== "28") byArticle.set(article, [...new Set([...(byArticle.get(article) ?? []), type.id])]);
    }
  }
  return byArticle;
}

/** The types of the GDPR articles a clause cites ("artikel 32 AVG", "art. 33 lid 2 GDPR"). */
function citedTypes(text: string, articles: ArticleTypes): Set<string> {
  const types = new Set<string>();
  for (const match of text.matchAll(/\b(?:artikel|art\.)\s*(\d{1,2})\b[^.;]{0,25}?\b(?:AVG|GDPR)\b/gi)) for (const type of articles.get(match[1]!) ?? []) types.add(type);
  return types;
}

/** What the GDPR articles a clause cites add, shared by the types resting on them: a hint, weaker than the clause's words. Chosen on the development contracts. */
const CITED_ARTICLE_WEIGHT = 0.15;

/** What a clause without data-protection words adds to its type's score (the scores add up to 1): enough to rank it, not to overrule close neighbours. Chosen on the development contracts. */
const NOT_DATA_PROTECTION_WEIGHT = 0.3;

/** The library's annotated clauses as examples for the suggester: each with the section heading it stands under. */
export function examplesFrom(contracts: readonly Contract[], language: string): LabelledText[] {
  return contracts
    .filter((contract) => contract.status === "complete" && contract.language === language)
    .flatMap((contract) => {
      let section = "";
      return contract.blocks.flatMap((block: Block) => {
        if (block.kind === "heading") section = block.text;
        if (block.kind !== "clause" || !block.clause.types.length) return [];
        return [{ text: suggestionText(section, block.clause.heading, block.clause.text), types: block.clause.types }];
      });
    });
}

/**
 * Each clause type's own description as one more example of it: its name and its explanation
 * in the language (what the law requires, what to look for). A type the other contracts
 * seldom use ("general-commercial": prices, licences, force majeure) is then still found.
 */
export function typeExamples(clauseTypes: readonly ClauseType[], language: "nl" | "en"): LabelledText[] {
  const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&[a-z]+;|&#\d+;/g, " ");
  return clauseTypes.map((type) => ({ text: [type.name[language], text(type.body[language].law), text(type.body[language].rest)].join("\n"), types: [type.id] }));
}

/** What the suggestions learn from: the complete contracts' clauses and the clause types' descriptions, in one language. */
export function learningExamples(contracts: readonly Contract[], clauseTypes: readonly ClauseType[], language: "nl" | "en"): LabelledText[] {
  return [...examplesFrom(contracts, language), ...typeExamples(clauseTypes, language)];
}

/** What a clause is compared on: its section's heading, its own heading and its text. */
export function suggestionText(section: string, heading: string | undefined, text: string): string {
  return [section, heading ?? "", text].join("\n");
}

export interface ImportedDraft {
  markdown: string;
  segments: Segment[];
  clauses: ImportedClause[];
}

/**
 * The share of a clause's type scores that comes from the other clauses of its section. A
 * contract groups its provisions by topic ("Artikel 7: Datalekken", "Doelbinding"): where a
 * clause's own words are few or general ("Partijen treden zo snel mogelijk in overleg"), its
 * neighbours under the same heading say what it is about. Chosen on the five contracts
 * (bench:import, leave-one-contract-out), where 0.25 to 0.4 do about as well.
 */
const SECTION_SHARE = 0.3;

/**
 * Every clause type's score for each clause of a document, best first: its own (its
 * neighbours' and the types' votes, TypeSuggester) and a share of the mean of the other
 * clauses under the same heading. `section` tells the sections apart; clauses before any
 * heading (undefined) are read on their own.
 */
export function typeScores(suggester: TypeSuggester, clauses: readonly { text: string; section: number | undefined }[]): Suggestion[][] {
  const own = clauses.map((clause) => suggester.suggest(clause.text, Infinity));
  return own.map((scores, index) => {
    const { section } = clauses[index]!;
    const others = own.filter((_scores, other) => other !== index && section !== undefined && clauses[other]!.section === section);
    if (!others.length) return scores;
    const mean = new Map<string, number>();
    for (const list of others) for (const { type, score } of list) mean.set(type, (mean.get(type) ?? 0) + score / others.length);
    return scores
      .map(({ type, score }) => ({ type, score: (1 - SECTION_SHARE) * score + SECTION_SHARE * (mean.get(type) ?? 0) }))
      .sort((a, b) => b.score - a.score || a.type.localeCompare(b.type));
  });
}

/**
 * A clause's suggested types from its scores (typeScores), and, where it has no
 * data-protection word at all, the type such clauses have (a general terms' prices, licences).
 */
export function suggestTypes(ranked: readonly Suggestion[], text: string, cues: Cues, articles: ArticleTypes = new Map(), max = SUGGESTIONS): Suggestion[] {
  const { type, words } = cues.notDataProtection;
  const dataProtection = words.some((word) => new RegExp(word, "iu").test(text));
  const cited = citedTypes(text, articles);
  // Every type the library knows is ranked (its description is an example), so a type it does not know is never suggested.
  const scored = ranked.map((suggestion) => ({
    ...suggestion,
    score: suggestion.score + (!dataProtection && suggestion.type === type ? NOT_DATA_PROTECTION_WEIGHT : 0) + (cited.has(suggestion.type) ? CITED_ARTICLE_WEIGHT / cited.size : 0),
  }));
  const total = scored.reduce((sum, suggestion) => sum + suggestion.score, 0) || 1;
  return scored
    .map((suggestion) => ({ ...suggestion, score: Math.round((suggestion.score / total) * 100) / 100 }))
    .sort((a, b) => b.score - a.score || a.type.localeCompare(b.type))
    .slice(0, max)
    .filter((suggestion, index) => index === 0 || suggestion.score > 0);
}

/** Each key term's home: the clause type whose page shows it (its `terms` in clauses/). */
export function keyTermHomes(clauseTypes: readonly ClauseType[]): Partial<Record<KeyTermName, string>> {
  return Object.fromEntries(clauseTypes.flatMap((type) => type.terms.map((name) => [name, type.id])));
}

export function importDraft(source: string, meta: DraftMeta, examples: readonly LabelledText[], homes: Partial<Record<KeyTermName, string>>, articles: ArticleTypes, cues: Cues = loadCues()): ImportedDraft {
  const segments = segment(source);
  const suggester = new TypeSuggester(examples);
  const ids = clauseIds(segments);
  const clauses: ImportedClause[] = [];
  const sections: string[] = [];
  const texts: { text: string; section: number | undefined }[] = [];
  let section = "";
  let headingCount: number | undefined;
  for (const entry of segments) {
    if (entry.kind === "heading") {
      section = entry.text;
      headingCount = (headingCount ?? 0) + 1;
    }
    if (entry.kind !== "clause") continue;
    sections.push(section);
    texts.push({ text: suggestionText(section, entry.heading, partsText(entry.parts)), section: headingCount });
  }
  const scores = typeScores(suggester, texts);
  for (const entry of segments) {
    if (entry.kind !== "clause") continue;
    const index = clauses.length;
    const { id, explicit } = ids[index]!;
    clauses.push({ segment: entry, id, explicitId: explicit, suggestedTypes: suggestTypes(scores[index]!, texts[index]!.text, cues, articles) });
  }
  const terms = keyTermCandidates(
    clauses.map((clause, index) => ({
      id: clause.id,
      text: [clause.segment.heading ?? "", partsText(clause.segment.parts)].join("\n"),
      section: sections[index]!,
      types: clause.suggestedTypes.map((suggestion) => suggestion.type),
    })),
    homes,
    cues,
  );
  return { markdown: draftMarkdown(meta, segments, clauses, terms), segments, clauses };
}

/** A block's text as a reader sees it, one paragraph, item or table row per line. */
export function partsText(parts: readonly Part[]): string {
  return parts.map((part) => (part.kind === "table" ? part.rows.map((row) => row.join(" ")).join("\n") : part.text)).join("\n");
}

const DUTCH = /\b(de|het|een|van|en|is|zijn|wordt|verwerker|persoonsgegevens)\b/gi;
const ENGLISH = /\b(the|of|and|is|are|be|processor|personal|data)\b/gi;

/** What the import can tell of the document from its text alone; the author checks it. */
export function guessedMeta(source: string, segments: readonly Segment[]): Pick<DraftMeta, "title" | "language" | "jurisdiction" | "documentType"> {
  const language = (source.match(DUTCH)?.length ?? 0) >= (source.match(ENGLISH)?.length ?? 0) ? "nl" : "en";
  const belgian = /belgisch recht|ondernemingsrechtbank|\bBTW BE|\bKBO\b/i.test(source);
  const first = segments.find((entry) => entry.kind !== "clause");
  const title = first ? (first.kind === "heading" ? first.text : partsText(first.parts).split("\n")[0]!) : "";
  return {
    title: title.slice(0, 200) || "Verwerkersovereenkomst",
    language,
    jurisdiction: belgian ? "BE" : "NL",
    documentType: /algemene voorwaarden/i.test(source.slice(0, 2000)) && !/verwerkersovereenkomst/i.test(title) ? "general-terms" : "dpa",
  };
}
