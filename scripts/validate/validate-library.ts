// Checks across files: clause types exist, ids and slugs are unique, key terms cite real
// clauses with their real words and answer as their values say, every wording is found in the source document, and links
// go only where they may (links.ts).
import path from "node:path";
import type { ClauseType, ParsedClause } from "../model/types.ts";
import { KEY_TERMS, type KeyTermName } from "../model/key-terms.ts";
import { frontMatterLine, type ParsedContract } from "../load/parse-contract.ts";
import { fieldLine } from "../load/field-lines.ts";
import { reportNotUtf8, type TextFile } from "../load/read-text.ts";
import { didYouMean } from "./did-you-mean.ts";
import { checkBodyLinks, checkContractLinks, type LinkedBody } from "./links.ts";
import { Problems, type Problem } from "./problems.ts";
import { answerDisagreements } from "./term-answer.ts";
import { checkAgainstSource, type SourceFinding } from "./source-check.ts";
import { skeleton } from "./verbatim.ts";

export interface ValidationInput {
  contracts: ParsedContract[];
  clauseTypes: ClauseType[];
  /** Ids of all clause type files, valid or not: a broken type file is reported once, not at every use. */
  clauseTypeFiles: string[];
  /** Their intros' links are checked like a clause type's explanation. */
  lessons: LinkedBody[];
  /** A source file's text by file name, or why there is none. */
  readSource: (name: string) => TextFile;
  /** Older versions of contracts: each checked on its own as a contract is (how they chain: validate-versions.ts). */
  older?: ParsedContract[];
}

export function validateLibrary({ contracts, clauseTypes, clauseTypeFiles, lessons, readSource, older = [] }: ValidationInput, problems: Problems): void {
  const typeIds = new Set<string>();
  const knownTypes = new Set(clauseTypeFiles.map((file) => path.basename(file, ".md")));
  for (const type of clauseTypes) {
    if (path.basename(type.file, ".md") !== type.id) {
      problems.add("duplicate-slug", type.file, 2, `the clause type id "${type.id}" does not match its file name`, `rename the file to clauses/${type.id}.md or correct the id`);
    }
    if (typeIds.has(type.id)) problems.add("duplicate-slug", type.file, 2, `the clause type id "${type.id}" is used twice`);
    typeIds.add(type.id);
  }
  checkTermHomes(clauseTypes, problems);
  checkConfusions(clauseTypes, knownTypes, problems);

  const slugs = new Map<string, string>();
  // A source that is not UTF-8 is reported once, however many contracts name it.
  const notUtf8Sources = new Set<string>();
  for (const contract of contracts) {
    const { file, frontMatter } = contract;
    if (frontMatter) {
      if (path.basename(file, ".md") !== frontMatter.slug) {
        problems.add("duplicate-slug", file, 2, `the slug "${frontMatter.slug}" does not match the file name`, `rename the file to contracts/${frontMatter.slug}.md or correct the slug`);
      }
      const other = slugs.get(frontMatter.slug);
      if (other) problems.add("duplicate-slug", file, 2, `the slug "${frontMatter.slug}" is also used by ${other}`);
      slugs.set(frontMatter.slug, file);
    }
    validateContract(contract, { knownTypes, readSource, notUtf8Sources }, problems);
  }
  for (const contract of older) validateContract(contract, { knownTypes, readSource, notUtf8Sources }, problems);
  const pages = { contracts: new Set(slugs.keys()), clauseTypes: knownTypes };
  for (const type of clauseTypes) checkBodyLinks(type, "explanation", pages, problems);
  for (const lesson of lessons) checkBodyLinks(lesson, "intro", pages, problems);
}

/** What the checks of one contract file need from the library: the clause type ids, its source, and the sources reported already. */
interface ContractContext {
  knownTypes: ReadonlySet<string>;
  readSource: (name: string) => TextFile;
  /** A source that is not UTF-8 is reported once, however many contracts name it. */
  notUtf8Sources: Set<string>;
}

/**
 * The problems of a contract file's own checks, kept with its parse while the clause type ids
 * and its source text are the ones they were found with. A watch-mode rebuild reuses the parses
 * of unchanged files (scripts/load/parse-cache.ts), so it checks only the edited file again:
 * at 1,000 contracts checking them all again took half a second of every rebuild.
 */
const checked = new WeakMap<ParsedContract, { types: string; source: string | undefined; problems: Problem[] }>();

/** The checks of one contract file on its own: its clauses, key terms, source and links (an older version's file as well as a latest). */
function validateContract(contract: ParsedContract, { knownTypes, readSource, notUtf8Sources }: ContractContext, problems: Problems): void {
  const source = contract.source === undefined ? undefined : readSource(contract.source);
  const text = source?.kind === "text" ? source.text : undefined;
  const types = [...knownTypes].join(" ");
  const known = checked.get(contract);
  if (known && known.types === types && known.source === text && (source === undefined || text !== undefined)) {
    problems.list.push(...known.problems);
    return;
  }
  const own = new Problems();
  checkClauses(contract, knownTypes, own);
  checkTerms(contract, own);
  checkSource(contract, source, notUtf8Sources, own);
  checkContractLinks(contract, text, own);
  // A source that cannot be read is reported once for all the contracts that name it: not kept.
  if (source === undefined || text !== undefined) checked.set(contract, { types, source: text, problems: own.list });
  problems.list.push(...own.list);
}

/** A key term's figure is shown on the page of the one clause type that claims it. */
function checkTermHomes(clauseTypes: readonly ClauseType[], problems: Problems): void {
  // Where each term was first claimed; lines are looked up only for a problem (a second parse of the file).
  const homes = new Map<string, { type: ClauseType; index: number }>();
  for (const type of clauseTypes) {
    type.terms.forEach((name, index) => {
      const home = homes.get(name);
      if (home) problems.add("duplicate-term-home", type.file, fieldLine(type, ["terms", index]), `the key term "${name}" is also claimed by ${home.type.file}:${fieldLine(home.type, ["terms", home.index])}`);
      else homes.set(name, { type, index });
    });
  }
}

/** A clause type is told apart from other clause types that exist. */
function checkConfusions(clauseTypes: readonly ClauseType[], typeIds: Set<string>, problems: Problems): void {
  for (const type of clauseTypes) {
    type.confusedWith.forEach(({ type: other }, index) => {
      if (typeIds.has(other) && other !== type.id) return;
      const line = fieldLine(type, ["confusedWith", index, "type"]);
      if (other === type.id) problems.add("unknown-clause-type", type.file, line, `the clause type "${other}" is said to be confused with itself`, "name another clause type, from clauses/");
      else {
        const guess = didYouMean(other, typeIds);
        problems.add("unknown-clause-type", type.file, line, `unknown clause type "${other}"`, guess ? `did you mean "${guess}"? Clause types are the file names in clauses/` : undefined);
      }
    });
  }
}

function checkClauses({ file, clauses }: ParsedContract, typeIds: ReadonlySet<string>, problems: Problems): void {
  const seen = new Map<string, number>();
  for (const clause of clauses) {
    const first = seen.get(clause.id);
    if (first !== undefined) problems.add("duplicate-clause-id", file, clause.line, `the clause id "${clause.id}" is already used by the clause on line ${first}`);
    else seen.set(clause.id, clause.line);
    for (const type of [...clause.types, ...(clause.suggestedTypes ?? []).map((suggestion) => suggestion.type)]) {
      if (typeIds.has(type)) continue;
      const guess = didYouMean(type, typeIds);
      problems.add(
        "unknown-clause-type",
        file,
        clause.line,
        `unknown clause type "${type}"`,
        guess ? `did you mean "${guess}"? Clause types are the file names in clauses/` : "use an id from clauses/ (file name without .md), or add a clause type there",
      );
    }
  }
}

function checkTerms(contract: ParsedContract, problems: Problems): void {
  const { file, frontMatter, clauses, invalidClauseIds } = contract;
  if (!frontMatter) return;
  const byId = new Map<string, ParsedClause>();
  for (const clause of clauses) if (!byId.has(clause.id)) byId.set(clause.id, clause);
  /** A cited clause must exist and hold the quoted words: for a key term, and for each of a draft's suggestions. */
  const checkCitation = (name: KeyTermName, cited: string | null, wording: string | undefined, path: PropertyKey[], what: string) => {
    if (cited === null || invalidClauseIds.has(cited)) return;
    const clause = byId.get(cited);
    if (!clause) {
      const guess = didYouMean(cited, byId.keys());
      problems.add("term-clause", file, frontMatterLine(contract, path), `${what} "${name}" cites clause "${cited}", which this contract does not have`, guess ? `did you mean "${guess}"?` : undefined);
    } else if (wording && !skeleton(clause.text + (clause.heading ?? "")).includes(skeleton(wording))) {
      problems.add("term-wording", file, frontMatterLine(contract, path), `the wording of ${what} "${name}" is not in clause "${cited}"`);
    }
  };
  for (const name of Object.keys(KEY_TERMS) as KeyTermName[]) {
    const term = frontMatter.terms[name];
    if (term) {
      for (const { lang, message, fix } of answerDisagreements(name, term)) {
        problems.add("term-answer", file, frontMatterLine(contract, ["terms", name, "answer", lang]), message, fix);
      }
      checkCitation(name, term.clause, term.wording, ["terms", name], "key term");
    }
    frontMatter.termSuggestions[name]?.forEach((suggestion, index) => checkCitation(name, suggestion.clause, suggestion.wording, ["terms", name, "suggested", index], "the suggestion for key term"));
  }
}

function checkSource(contract: ParsedContract, source: TextFile | undefined, notUtf8Sources: Set<string>, problems: Problems): void {
  const { file, source: name } = contract;
  if (name === undefined || source === undefined) return;
  if (source.kind === "missing") {
    problems.add("source-missing", file, frontMatterLine(contract, ["source"]), `the source file contracts/sources/${name} does not exist`);
  } else if (source.kind === "folder") {
    problems.add("source-missing", file, frontMatterLine(contract, ["source"]), `contracts/sources/${name} is a folder, not a source file`, "name the source extraction's .txt file in contracts/sources/, or rename the folder");
  } else if (source.kind === "not-utf8" && !notUtf8Sources.has(name)) {
    notUtf8Sources.add(name);
    reportNotUtf8(problems, `contracts/sources/${name}`, source);
  }
  if (source.kind !== "text") return;
  for (const finding of findingsAgainst(contract, source.text)) problems.add(finding.rule, file, finding.line, finding.message, finding.fix);
}

/** The source check's result for one contract against one source text. */
export interface Verdict {
  source: string;
  findings: SourceFinding[];
}

/**
 * The last verdict per parsed contract and source text. Watch-mode rebuilds reuse the parse
 * of an unchanged contract (scripts/load/parse-cache.ts), so with its source unchanged too
 * the (costly) comparison is not repeated.
 */
const verdicts = new WeakMap<ParsedContract, Verdict>();

/** Keeps a verdict reached while loading the contract (on whichever thread), so that it is not reached again. */
export function rememberVerdict(contract: ParsedContract, verdict: Verdict): void {
  verdicts.set(contract, verdict);
}

function findingsAgainst(contract: ParsedContract, source: string): SourceFinding[] {
  const known = verdicts.get(contract);
  if (known?.source === source) return known.findings;
  const findings = compareWithSource(contract, source);
  verdicts.set(contract, { source, findings });
  return findings;
}

/** Compares a parsed contract with the text of the source it names (scripts/validate/source-check.ts). */
export function compareWithSource(contract: ParsedContract, source: string): SourceFinding[] {
  return checkAgainstSource(contract.source!, source, contract.wordings, contract.omitted, (index) => frontMatterLine(contract, ["omitted", index, "text"]));
}
