// Loads the whole library from a project folder into the typed model and validates it.
// Problems are collected, never thrown, so one run reports all of them.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { criteriaByRef, rubricStamp } from "../model/criteria.ts";
import type { ClauseType, Contract, Lesson, Library } from "../model/types.ts";
import { Problems, sortProblems, type Problem } from "../validate/problems.ts";
import { rememberVerdict, validateLibrary } from "../validate/validate-library.ts";
import { validateExercises } from "../validate/validate-exercises.ts";
import { validateLessons } from "../validate/validate-lessons.ts";
import { validateFindings } from "../validate/validate-findings.ts";
import { validateVersions } from "../validate/validate-versions.ts";
import { CLAUSE_TYPES_DIR, CONTRACTS_DIR, LAW_SOURCES_FILE, LESSONS_DIR, SEARCH_TERMS_FILE, SOURCES_DIR } from "./folders.ts";
import { parseClauseType } from "./parse-clause-type.ts";
import { parseLawSources } from "./parse-law-sources.ts";
import { parseLesson } from "./parse-lesson.ts";
import { parseSearchTerms } from "./parse-search-terms.ts";
import { fileStamp } from "./file-stamp.ts";
import { parseContracts } from "./parse-cache.ts";
import { readContentFile, readTextFile, type TextFile } from "./read-text.ts";
import type { ParsedContract } from "./parse-contract.ts";
import { rateContract } from "./rate-clauses.ts";
import { versionFiles } from "./version-files.ts";

export interface LoadResult {
  library: Library;
  /** Errors: with any, nothing is built. */
  problems: Problem[];
  /** What drafts still lack and what a new version still needs reviewed: printed, and the library is built all the same. */
  warnings: Problem[];
}

function markdownFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `${dir}/${name}`);
}

/** The model of each parse, with the rubric stamp its ratings were derived under. */
const contractOf = new WeakMap<ParsedContract, { stamp: string; model: Contract }>();

// Source texts by path, with the stamp they were read at: neither a load (which may have read
// a source to check a contract on another thread) nor a watch-mode rebuild reads an unchanged
// source again, and the verdicts reached on that same text still hold.
const sourceTexts = new Map<string, { stamp: string; text: string }>();

function readSource(file: string): TextFile {
  const stamp = fileStamp(file);
  if (stamp === undefined) return { kind: "missing" };
  const known = sourceTexts.get(file);
  if (known?.stamp === stamp) return { kind: "text", text: known.text };
  const read = readTextFile(file);
  if (read.kind === "text") sourceTexts.set(file, { stamp, text: read.text });
  return read;
}

/**
 * A parsed contract as the library models it, its ratings derived under the rubric `stamp`; the
 * same object for the same parse and rubric, so what the site derives from it can be kept
 * (scripts/site/site-model.ts).
 */
function modelOf(contract: ParsedContract, stamp: string, criteria: ReturnType<typeof criteriaByRef>): Contract[] {
  if (!contract.frontMatter) return [];
  let known = contractOf.get(contract);
  if (known?.stamp !== stamp) {
    const { file, frontMatter, blocks } = contract;
    known = { stamp, model: { ...frontMatter, file, sourcePath: `${SOURCES_DIR}/${frontMatter.source}`, ...rateContract(blocks, criteria) } };
    contractOf.set(contract, known);
  }
  return [known.model];
}

export function loadLibrary(root: string): LoadResult {
  const problems = new Problems();

  /** A content file's text, or undefined with the problem reported (not UTF-8, a folder). */
  const read = (file: string) => readContentFile(path.join(root, file), file, problems);
  const clauseTypeFiles = markdownFiles(root, CLAUSE_TYPES_DIR);
  const clauseTypes = clauseTypeFiles
    .map((file) => {
      const text = read(file);
      return text === undefined ? undefined : parseClauseType(file, text, problems);
    })
    .filter((type): type is ClauseType => type !== undefined)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const criteria = criteriaByRef(clauseTypes);

  // A sources file that cannot be read (reported) counts as present but empty: not as missing.
  const lawSources = existsSync(path.join(root, LAW_SOURCES_FILE))
    ? parseLawSources(LAW_SOURCES_FILE, read(LAW_SOURCES_FILE) ?? "", problems)
    : parseLawSources(LAW_SOURCES_FILE, undefined, problems);
  const clauseTypeIds = new Set(clauseTypeFiles.map((file) => path.basename(file, ".md")));
  const lessons = markdownFiles(root, LESSONS_DIR)
    .map((file) => {
      const text = read(file);
      return text === undefined ? undefined : parseLesson(file, text, problems, criteria);
    })
    .filter((lesson): lesson is Lesson => lesson !== undefined);
  validateLessons({ lessons, clauseTypes, clauseTypeIds, sourceIds: lawSources.ids }, problems);

  const searchTerms = parseSearchTerms(SEARCH_TERMS_FILE, existsSync(path.join(root, SEARCH_TERMS_FILE)) ? (read(SEARCH_TERMS_FILE) ?? "") : undefined, clauseTypeIds, problems);

  // Watch-mode rebuilds load the library again and again: unchanged contracts are not parsed again.
  // Older versions (contracts/<slug>/versions/) are contract files too, parsed with the others.
  const contractFiles = markdownFiles(root, CONTRACTS_DIR);
  const older = versionFiles(root);
  const entries = parseContracts(root, [...contractFiles, ...older.files]);
  for (const entry of entries) {
    problems.list.push(...entry.problems);
    if (entry.verdict) {
      rememberVerdict(entry.parsed, entry.verdict);
      sourceTexts.set(path.join(root, SOURCES_DIR, entry.parsed.source!), { stamp: entry.verdict.sourceStamp, text: entry.verdict.source });
    }
  }
  const parsed = entries.slice(0, contractFiles.length).map((entry) => entry.parsed);
  const parsedOlder = entries.slice(contractFiles.length).map((entry) => entry.parsed);
  validateLibrary(
    {
      contracts: parsed,
      clauseTypes,
      clauseTypeFiles,
      lessons,
      readSource: (name) => readSource(path.join(root, SOURCES_DIR, name)),
      older: parsedOlder,
    },
    problems,
  );
  const olderVersions = validateVersions({ latest: parsed, older: parsedOlder, misplaced: older.misplaced }, problems);
  // After the contracts: an exercise's answer is checked against them.
  validateExercises({ lessons, contracts: parsed, clauseTypeIds }, problems);
  validateFindings({ contracts: parsed, criteria, clauseTypeIds }, problems);

  const stamp = rubricStamp(clauseTypes);
  const model = (contract: ParsedContract) => modelOf(contract, stamp, criteria);
  const contracts: Contract[] = parsed.flatMap(model);
  const versions = Object.fromEntries(Object.entries(olderVersions).map(([slug, list]) => [slug, list.flatMap(model)]));
  return {
    library: { contracts, clauseTypes, lessons: lessons.sort((a, b) => a.order - b.order), lawSources: lawSources.sources ?? {}, versions, searchTerms },
    problems: sortProblems(problems.list.filter((problem) => !problem.warning)),
    warnings: sortProblems(problems.warnings),
  };
}
