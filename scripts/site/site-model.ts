// What the templates render: the validated library, cross-linked and laid out into pages,
// one entry per page and language for Eleventy's pagination.
import { clausesPerType, equivalentCount, typeTotals } from "../build/cross-links.ts";
import { contractIndexJson, keyTermsCsv, keyTermsCsvRow, libraryJson, negotiationCsv } from "../build/export.ts";
import { learningPathData, type LearningPathData } from "../learning/data.ts";
import { ART28_REQUIREMENTS } from "../model/art28.ts";
import { criteriaByRef, criterionRef, type PlacedCriterion } from "../model/criteria.ts";
import { GDPR_TERMS, type GlossaryTerm } from "../model/glossary.ts";
import type { Bilingual, Block, Clause, ClauseType, Contract, Library } from "../model/types.ts";
import { KEY_TERM_NAMES, KEY_TERMS, type KeyTermName } from "../model/key-terms.ts";
import { CLAUSE_TYPE_GROUPS, FINDING_RESULTS, LANGS, RATINGS, type Lang } from "../model/vocabulary.ts";
import { checklistRow, negotiationPoints, type ChecklistRow, type PlacedFinding } from "./findings.ts";
import { UI_TEXT } from "./ui-text.ts";
import { clauseTypeUrl } from "./urls.ts";
import { definedTerms, termKey, type DefinedTerm } from "./defined-terms.ts";
import { linkClausesAcrossParts } from "./clause-links.ts";
import { slugify } from "./filters/slugify.ts";
import { PART_BUDGET, partNames, splitIntoParts } from "./parts.ts";
import { searchIndex, type SearchIndex } from "./search-index.ts";
import { buildVersions, type VersionsModel } from "../versions/site.ts";

/** Rows per page where a list grows with the number of contracts. */
export const CONTRACTS_PER_PAGE = 50;

/**
 * Contracts per page of the key-terms matrix: each has a row of one-line answers in the table
 * and the same again as a list for phones, about 5.5 KB together, so 50 would exceed the page
 * budget (150 KB, README).
 */
export const MATRIX_CONTRACTS_PER_PAGE = 20;

/** Markup around each clause on a clause type page (heading link, badge, paragraphs), in characters. */
const TYPE_CLAUSE_MARKUP = 400;

export interface ContractPage {
  lang: Lang;
  contract: Contract;
  part: number;
  parts: number;
  /** Every part's name (parts.ts), for the pager; in the contract's language. */
  partNames: (string | undefined)[];
  blocks: Block[];
}

export interface TypeColumn {
  contract: Contract;
  clauses: Clause[];
}

export interface Chunk<T> {
  lang: Lang;
  page: number;
  pages: number;
  items: T[];
}

export interface GlossaryEntry {
  term: GlossaryTerm;
  definitions: DefinedTerm[];
}

/** One page of the glossary: every AVG term, with the definitions of this page's contracts. */
export interface GlossaryPage extends Chunk<GlossaryEntry> {
  /** Slugs of the contracts on this page. */
  slugs: string[];
  /** Defined terms that are not AVG terms, per contract of this page. */
  otherDefinitions: { contract: Contract; definitions: DefinedTerm[] }[];
}

/** One page of a key term's answers: this chunk's contracts, and the clause type whose page shows the term. */
export interface KeyTermPage extends Chunk<Contract> {
  name: KeyTermName;
  home: ClauseType | undefined;
}

export interface SiteModel {
  /** Every contract, drafts included: each has its pages, its entry in the lists and search, and its exports. */
  contracts: Contract[];
  /** The contracts that are not drafts: only these are in the matrix, key term pages, checklists, compare, clause type pages and glossary. */
  complete: Contract[];
  clauseTypes: ClauseType[];
  /** The legal sources lessons and clause types cite, by id. */
  lawSources: Library["lawSources"];
  /** The learning path, from the library's lessons. */
  learningPath: LearningPathData;
  typeById: Record<string, ClauseType>;
  /** Every clause type's criteria by the name findings give them (`breach-notification/deadline`). */
  criteria: Record<string, PlacedCriterion>;
  contractBySlug: Record<string, Contract>;
  /** Each complete contract's negotiation list: the criteria it does not meet (findings.ts); a draft has none until it is complete. */
  negotiation: Record<string, PlacedFinding[]>;
  /** Section headings of each contract with the part they are on, for tables of contents. */
  contents: Record<string, { text: string; level: number; part: number; id: string }[]>;
  /** How many clauses of other vendors share a clause's main type. */
  equivalentCount(clause: Clause): number;
  langs: readonly Lang[];
  contractPages: ContractPage[];
  checklistPages: { lang: Lang; contract: Contract; rows: ChecklistRow[] }[];
  /** Clause type pages: each vendor's clauses of the type side by side, in chunks of contracts. */
  clauseTypePages: (Chunk<TypeColumn> & { type: ClauseType })[];
  contractListPages: Chunk<Contract>[];
  matrixPages: Chunk<Contract>[];
  /** A page per key term (and chunk of contracts): every vendor's answer to its question. */
  keyTermPages: KeyTermPage[];
  /** The glossary, in chunks of contracts: each page lists all AVG terms with those contracts' definitions. */
  glossaryPages: GlossaryPage[];
  keyTerms: typeof KEY_TERMS;
  /** What the compare page's script needs to know, per language. */
  compareData: Record<
    Lang,
    {
      types: { id: string; name: string; url: string; group: string; art28: boolean; criteria: { ref: string; name: string }[] }[];
      gap: string;
      noFinding: string;
      notYetAssessed: string;
      ratings: Record<string, string>;
      results: Record<string, string>;
      keyTerms: string;
      /** Each key term's name in this language. */
      termLabels: Record<string, string>;
      topics: string;
    }
  >;
  /** Contracts with several versions: older versions' pages, what changed, recent changes (scripts/versions/site.ts). */
  versions: VersionsModel;
  /** /api/library.json's text. */
  libraryJson: string;
  /** The contracts whose /api/contracts/<slug>.json to write (the template serialises each). */
  contractExports: Contract[];
  /** /api/negotiation-points/<slug>.csv, per complete contract: its negotiation list. */
  negotiationExports: { slug: string; csv: string }[];
  keyTermsCsv: string;
  /** What pages give Pagefind beyond their text, and the search box's words (search-index.ts). */
  search: SearchIndex;
}

/** Ids the layout uses itself. The contract template's own ids contain "--", which clause and section anchors never do. */
const PAGE_IDS = ["main", "search", "search-input"];

/** `base`, or `base-2`, `base-3`… if taken; the id is then taken. */
function uniqueId(base: string, taken: Set<string>): string {
  const start = /^[a-z]/.test(base) ? base : `h-${base}`;
  let id = start;
  for (let n = 2; taken.has(id); n++) id = `${start}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Consecutive groups of at most `size` items whose weights add up to at most `budget`;
 * an item heavier than the budget gets a page of its own. Weights keep pages under the
 * HTML budget where items differ a lot in size (a type's clauses per contract).
 */
export function chunks<T>(items: readonly T[], size: number, weight: (item: T) => number = () => 0, budget = Infinity): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const itemWeight = weight(item);
    if (current.length && (current.length === size || total + itemWeight > budget)) {
      result.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += itemWeight;
  }
  if (current.length || !result.length) result.push(current);
  return result;
}

/**
 * What a contract's column of these clauses adds to a clause type page, in characters (the
 * longer language counts, so both languages paginate alike): the clauses side by side, and its
 * row of the criteria grid.
 */
function columnWeight(clauses: readonly Clause[]): number {
  const longer = (text: Partial<Bilingual> | undefined) => Math.max(text?.nl?.length ?? 0, text?.en?.length ?? 0);
  const findings = (clause: Clause) => (clause.assessment?.findings ?? []).reduce((sum, finding) => sum + TYPE_CLAUSE_MARKUP + longer(finding), 0);
  return TYPE_CLAUSE_MARKUP * 2 + clauses.reduce((sum, clause) => sum + TYPE_CLAUSE_MARKUP + longer(clause.summary) + longer(clause.assessment) + findings(clause), 0);
}

/** What the site derives from one contract alone. */
interface ContractDerived {
  parts: Block[][];
  partNames: (string | undefined)[];
  headings: SiteModel["contents"][string];
  /** Its clauses per clause type (cross-links.ts), and what each type's column weighs on the type's page. */
  byType: Map<string, Clause[]>;
  columnWeights: Map<string, number>;
  /** The contract's definitions by term key (defined-terms.ts), for the glossary's AVG terms. */
  definitionsByKey: Map<string, DefinedTerm[]>;
  /** Its definitions of terms that are not AVG terms. */
  otherDefinitions: DefinedTerm[];
  checklistRows: ChecklistRow[];
  negotiation: PlacedFinding[];
  /** Its negotiation list as CSV. */
  negotiationCsv: string;
  /** Its entry in /api/library.json. */
  libraryJson: string;
  /** Its row of /api/key-terms.csv. */
  keyTermsCsvRow: string;
}

// Watch-mode rebuilds reuse the Contract objects of unchanged files (scripts/load/load-library.ts),
// so what depends on one contract only is worked out once per version of its file.
const derivedCache = new WeakMap<Contract, ContractDerived>();

/**
 * A contract laid out into pages (parts): each clause gets its part, each heading an id, and
 * links between clauses lead across parts. Also an older version's (scripts/versions/site.ts).
 */
export function layOut(contract: Contract): Pick<ContractDerived, "parts" | "partNames" | "headings"> {
  const parts = splitIntoParts(contract.blocks);
  const ids = new Set([...PAGE_IDS, ...contract.clauses.map((clause) => clause.id)]);
  const headings: ContractDerived["headings"] = [];
  parts.forEach((blocks, index) => {
    for (const block of blocks) {
      if (block.kind === "clause") block.clause.part = index + 1;
      else if (block.kind === "heading") {
        block.id = uniqueId(slugify(block.text) || "sectie", ids);
        headings.push({ text: block.text, level: block.level, part: index + 1, id: block.id });
      }
    }
  });
  linkClausesAcrossParts(parts);
  return { parts, partNames: partNames(parts), headings };
}

/**
 * `criteria` are the library's: a contract's model is made anew when what of them its findings
 * depend on changes (scripts/load/load-library.ts), so the cache by contract holds.
 */
function derivedOf(contract: Contract, criteria: ReadonlyMap<string, PlacedCriterion>): ContractDerived {
  let result = derivedCache.get(contract);
  if (result) return result;
  const { parts, partNames, headings } = layOut(contract);
  const byType = clausesPerType(contract.clauses);
  result = {
    parts,
    partNames,
    headings,
    byType,
    columnWeights: new Map([...byType].map(([type, clauses]) => [type, columnWeight(clauses)])),
    ...glossaryDefinitions(definedTerms(contract)),
    checklistRows: ART28_REQUIREMENTS.map((requirement) => checklistRow(requirement, contract.clauses, criteria)),
    negotiation: negotiationPoints(contract.clauses, criteria),
    negotiationCsv: negotiationCsv(contract, criteria),
    // After the parts: the index names the part each clause is on.
    libraryJson: contractIndexJson(contract),
    keyTermsCsvRow: keyTermsCsvRow(contract),
  };
  derivedCache.set(contract, result);
  return result;
}

/** A contract's definitions grouped for the glossary: by the AVG term words they match, and the rest. */
function glossaryDefinitions(definitions: DefinedTerm[]): Pick<ContractDerived, "definitionsByKey" | "otherDefinitions"> {
  const avgWords = new Set(GDPR_TERMS.flatMap((term) => term.match));
  const definitionsByKey = new Map<string, DefinedTerm[]>();
  const otherDefinitions: DefinedTerm[] = [];
  for (const definition of definitions) {
    const key = termKey(definition.term);
    if (!avgWords.has(key)) otherDefinitions.push(definition);
    else definitionsByKey.set(key, [...(definitionsByKey.get(key) ?? []), definition]);
  }
  return { definitionsByKey, otherDefinitions };
}

function perLang<T, E>(groups: T[][], extra: E): (Chunk<T> & E)[] {
  return LANGS.flatMap((lang) => groups.map((items, index) => ({ lang, page: index + 1, pages: groups.length, items, ...extra })));
}

export function buildSiteModel(library: Library): SiteModel {
  const { contracts, clauseTypes, lessons, lawSources, searchTerms } = library;
  // A draft's annotations are not all there yet: what compares or counts across contracts leaves it out until it is complete.
  const complete = contracts.filter((contract) => contract.status === "complete");
  const criteria = criteriaByRef(clauseTypes);
  const derived = (contract: Contract) => derivedOf(contract, criteria);

  const contents: SiteModel["contents"] = {};
  const contractParts = contracts.map((contract) => {
    const { parts, partNames, headings } = derived(contract);
    contents[contract.slug] = headings;
    return { contract, parts, partNames };
  });

  const columnsOf = (type: ClauseType): TypeColumn[] => complete.map((contract) => ({ contract, clauses: derived(contract).byType.get(type.id) ?? [] }));
  const columnWeightIn = (type: ClauseType) => (column: TypeColumn) => derived(column.contract).columnWeights.get(type.id) ?? columnWeight([]);
  const totals = typeTotals(complete.map((contract) => derived(contract).byType));
  const contractBySlug = Object.fromEntries(contracts.map((contract) => [contract.slug, contract]));
  const noGroups = new Map<string, Clause[]>();
  const typeById = Object.fromEntries(clauseTypes.map((type) => [type.id, type]));

  const glossaryChunks = chunks(complete, CONTRACTS_PER_PAGE).map((pageContracts, index, all) => ({
    page: index + 1,
    pages: all.length,
    slugs: pageContracts.map((contract) => contract.slug),
    items: GDPR_TERMS.map((term) => ({
      term,
      definitions: term.match.flatMap((word) => pageContracts.flatMap((contract) => derived(contract).definitionsByKey.get(word) ?? [])),
    })),
    otherDefinitions: pageContracts
      .map((contract) => ({ contract, definitions: derived(contract).otherDefinitions }))
      .filter((entry) => entry.definitions.length),
  }));

  return {
    contracts,
    complete,
    clauseTypes,
    lawSources,
    learningPath: learningPathData(lessons),
    typeById,
    criteria: Object.fromEntries(criteria),
    contractBySlug,
    negotiation: Object.fromEntries(complete.map((contract) => [contract.slug, derived(contract).negotiation])),
    contents,
    // A draft's clauses are not in the totals: nothing of its own to leave out.
    equivalentCount: (clause: Clause) => {
      const contract = contractBySlug[clause.contract]!;
      return equivalentCount(clause, totals, contract.status === "draft" ? noGroups : derived(contract).byType);
    },
    langs: LANGS,
    contractPages: LANGS.flatMap((lang) =>
      contractParts.flatMap(({ contract, parts, partNames }) => parts.map((blocks, index) => ({ lang, contract, part: index + 1, parts: parts.length, partNames, blocks }))),
    ),
    checklistPages: LANGS.flatMap((lang) => complete.map((contract) => ({ lang, contract, rows: derived(contract).checklistRows }))),
    clauseTypePages: clauseTypes.flatMap((type) => perLang(chunks(columnsOf(type), CONTRACTS_PER_PAGE, columnWeightIn(type), PART_BUDGET), { type })),
    contractListPages: perLang(chunks(contracts, CONTRACTS_PER_PAGE), {}),
    matrixPages: perLang(chunks(complete, MATRIX_CONTRACTS_PER_PAGE), {}),
    keyTermPages: KEY_TERM_NAMES.flatMap((name) =>
      perLang(chunks(complete, CONTRACTS_PER_PAGE), { name, home: clauseTypes.find((type) => type.terms.includes(name)) }),
    ),
    glossaryPages: LANGS.flatMap((lang) => glossaryChunks.map((page) => ({ lang, ...page }))),
    keyTerms: KEY_TERMS,
    compareData: Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        {
          types: clauseTypes.map((type) => ({
            id: type.id,
            name: type.name[lang],
            url: clauseTypeUrl(lang, type.id),
            group: CLAUSE_TYPE_GROUPS[type.group][lang],
            art28: type.group === "art28",
            criteria: type.criteria.map((criterion) => ({ ref: criterionRef(type.id, criterion.id), name: criterion.name[lang] })),
          })),
          gap: UI_TEXT.gap[lang],
          noFinding: UI_TEXT.noFinding[lang],
          notYetAssessed: UI_TEXT.notYetAssessed[lang],
          keyTerms: UI_TEXT.keyTerms[lang],
          termLabels: Object.fromEntries(KEY_TERM_NAMES.map((name) => [name, KEY_TERMS[name].label[lang]])),
          topics: UI_TEXT.compareTopics[lang],
          ratings: Object.fromEntries(Object.entries(RATINGS).map(([rating, labels]) => [rating, labels[lang]])),
          results: Object.fromEntries(Object.entries(FINDING_RESULTS).map(([result, labels]) => [result, labels[lang]])),
        },
      ]),
    ) as SiteModel["compareData"],
    versions: buildVersions(library, layOut),
    libraryJson: libraryJson(
      contracts.map((contract) => derived(contract).libraryJson),
      clauseTypes,
    ),
    contractExports: contracts,
    negotiationExports: complete.map((contract) => ({ slug: contract.slug, csv: derived(contract).negotiationCsv })),
    keyTermsCsv: keyTermsCsv(contracts.map((contract) => derived(contract).keyTermsCsvRow)),
    search: searchIndex(searchTerms, typeById, contractBySlug),
  };
}
