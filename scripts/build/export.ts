// The public exports: _site/api/library.json (an index of the library), one JSON per contract
// (everything the library knows of it), and the key-terms matrix as CSV.
import { KEY_TERM_NAMES, KEY_TERMS } from "../model/key-terms.ts";
import { termValue } from "../site/filters/key-terms.ts";
import type { KeyTerm } from "../model/schema.ts";
import type { PlacedCriterion } from "../model/criteria.ts";
import type { Clause, Contract, Library } from "../model/types.ts";
import { negotiationPoints } from "../site/findings.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";
import { clauseUrl, contractJsonUrl, contractPartHref, contractUrl } from "../site/urls.ts";

const perLang = (url: (lang: Lang) => string) => Object.fromEntries(LANGS.map((lang) => [lang, url(lang)])) as Record<Lang, string>;

/** The export's format (export-schema.ts); version 2 made library.json an index, the clauses' full text and annotations being in the per-contract files. */
export const EXPORT_VERSION = 2;

/** Where a clause is, relative to its contract's first page in either language: `#art-6-1`, `2/#art-6-1`. */
function clauseHref(clause: Clause): string {
  return `${contractPartHref(1, clause.part)}#${clause.id}`;
}

/** What library.json and the contract's own file both say of a contract. */
function contractHeader(contract: Contract) {
  return {
    slug: contract.slug,
    vendor: contract.vendor,
    status: contract.status,
    title: contract.title,
    documentType: contract.documentType,
    jurisdiction: contract.jurisdiction,
    source: contract.sourcePath,
    urls: perLang((lang) => contractUrl(lang, contract.slug)),
  };
}

/** A contract's entry in library.json, as JSON text: its key terms' values and its clauses' ids, types and places, pointing to its own file for the rest. */
export function contractIndexJson(contract: Contract): string {
  return JSON.stringify({
    ...contractHeader(contract),
    json: contractJsonUrl(contract.slug),
    // Every key term of a complete contract; a draft's confirmed ones.
    terms: Object.fromEntries(
      KEY_TERM_NAMES.flatMap((name) => {
        const term = contract.terms[name];
        return term ? [[name, { value: term.value, clause: term.clause }]] : [];
      }),
    ),
    clauses: contract.clauses.map((clause) => ({ id: clause.id, types: clause.types, href: clauseHref(clause), ...(clause.review ? { review: clause.review } : {}) })),
  });
}

/**
 * library.json's text (see export-schema.ts), joined from each contract's own entry: in
 * watch mode that is kept per contract, so only an edited contract is serialised again.
 */
export function libraryJson(contracts: readonly string[], clauseTypes: Library["clauseTypes"]): string {
  const types = clauseTypes.map((type) => ({ id: type.id, name: type.name, gdpr: type.gdpr, criteria: type.criteria }));
  const keyTerms = KEY_TERM_NAMES.map((name) => ({ name, label: KEY_TERMS[name].label }));
  return `{"version":${EXPORT_VERSION},"contracts":[${contracts.join(",")}],"clauseTypes":${JSON.stringify(types)},"keyTerms":${JSON.stringify(keyTerms)}}`;
}

/** /api/contracts/<slug>.json's text; `criteria` are the library's, by the name findings give them (site.criteria). */
export function contractJson(contract: Contract, criteria: Readonly<Record<string, PlacedCriterion>>): string {
  return JSON.stringify(contractExport(contract, new Map(Object.entries(criteria))));
}

/**
 * One contract with everything the library knows of it: /api/contracts/<slug>.json. Each thing
 * once: a clause's place is `href`, relative to the contract's `urls` (as in library.json); a
 * key term's answer, wording and clause are in `terms`; a negotiation point names its clause
 * and criterion, whose finding (result and reason) is the clause's and whose name and weight
 * are library.json's clause types'. At 1,000 contracts writing these out again in full made
 * the files a fifth larger.
 */
export function contractExport(contract: Contract, criteria: ReadonlyMap<string, PlacedCriterion>) {
  return {
    ...contractHeader(contract),
    terms: contract.terms,
    // How the matrix shows each key term's value, in both languages, for pages that compare contracts; a draft's confirmed ones only.
    keyTerms: KEY_TERM_NAMES.flatMap((name) => {
      const term = contract.terms[name];
      return term ? [{ name, display: perLang((lang) => termValue(term, name, lang)) }] : [];
    }),
    version: contract.version,
    date: contract.date,
    language: contract.language,
    parties: contract.parties,
    remarks: contract.remarks ?? [],
    clauses: contract.clauses.map((clause) => ({
      id: clause.id,
      number: clause.number ?? null,
      heading: clause.heading ?? null,
      types: clause.types,
      // A draft's clause whose types are not confirmed yet carries the import's suggestions.
      ...(!clause.types.length && clause.suggestedTypes ? { suggestedTypes: clause.suggestedTypes } : {}),
      text: clause.text,
      href: clauseHref(clause),
      summary: clause.summary ?? {},
      ...(clause.assessment ? { assessment: clause.assessment } : {}),
      ...(clause.note ? { note: clause.note } : {}),
      // A clause a new version still has to review: an added one may lack its types and summary.
      ...(clause.review ? { review: clause.review } : {}),
    })),
    // A draft's assessments are not all there yet: it has a negotiation list once it is complete.
    ...(contract.status === "complete"
      ? { negotiationPoints: negotiationPoints(contract.clauses, criteria).map(({ clause, finding }) => ({ clause: clause.id, criterion: finding.criterion, result: finding.result })) }
      : {}),
  };
}

/** A contract's negotiation list as CSV: one row per criterion it does not meet, in the list's order, with the criterion's name, the result and the reason. */
export function negotiationCsv(contract: Contract, criteria: ReadonlyMap<string, PlacedCriterion>): string {
  const header = ["slug", "vendor", "clause", "clauseUrl", "criterion", "criterionNl", "criterionEn", "central", "result", "reasonNl", "reasonEn"];
  const rows = negotiationPoints(contract.clauses, criteria).map(({ clause, finding }) => {
    const placed = criteria.get(finding.criterion);
    return [
      contract.slug,
      contract.vendor,
      clause.id,
      clauseUrl("nl", clause),
      finding.criterion,
      placed?.criterion.name.nl ?? "",
      placed?.criterion.name.en ?? "",
      String(placed?.criterion.central ?? false),
      finding.result,
      finding.nl,
      finding.en,
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\n") + "\n";
}

/**
 * One CSV field. A spreadsheet runs a cell that starts with =, +, -, @, tab or CR as a
 * formula (=HYPERLINK(…) in a vendor's name), so such a cell gets a leading ' (OWASP's rule
 * against CSV injection). That includes a harmless "-" or "-5", which then reads "'-5": telling
 * them from a formula would mean parsing what each spreadsheet parses, and a number that is
 * read as text is the lesser harm. Then the usual quoting (RFC 4180).
 */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** A key term as one machine-readable cell: "48 hours", "true", "NL", or empty when not stated. */
export function termCell(term: KeyTerm): string {
  const { value } = term;
  if (value === null) return "";
  if (typeof value === "object") return `${value.amount} ${value.unit}`;
  return String(value);
}

/** A key term's columns, by the suffix of their header after the term's name: its value, where it comes from, its answer, the clause's words and the annotator's note. */
const TERM_COLUMNS: [suffix: string, cell: (term: KeyTerm, clause: Clause | undefined) => string][] = [
  ["", termCell],
  ["Clause", (_term, clause) => (clause ? clauseUrl("nl", clause) : "")],
  ["AnswerNl", (term) => term.answer.nl],
  ["AnswerEn", (term) => term.answer.en],
  ["Wording", (term) => term.wording ?? ""],
  ["NoteNl", (term) => term.note?.nl ?? ""],
  ["NoteEn", (term) => term.note?.en ?? ""],
];

/**
 * The key-terms matrix: one row per contract (keyTermsCsvRow), the columns above per key term. A
 * draft has a row too, marked in the last column, `status`, with only its confirmed key terms
 * filled in (last, so that the columns a spreadsheet already reads stay where they were).
 */
export function keyTermsCsv(rows: readonly string[]): string {
  const header = ["slug", "vendor", "documentType", "jurisdiction", ...KEY_TERM_NAMES.flatMap((name) => TERM_COLUMNS.map(([suffix]) => `${name}${suffix}`)), "status"];
  return `${[header.map(csvCell).join(","), ...rows].join("\n")}\n`;
}

/** A contract's row of the key-terms matrix as CSV; in watch mode kept per contract, as only an edited contract's row changes. */
export function keyTermsCsvRow(contract: Contract): string {
  const byId = new Map(contract.clauses.map((clause) => [clause.id, clause]));
  const row = [
    contract.slug,
    contract.vendor,
    contract.documentType,
    contract.jurisdiction,
    ...KEY_TERM_NAMES.flatMap((name) => {
      const term = contract.terms[name];
      if (!term) return TERM_COLUMNS.map(() => "");
      const clause = term.clause === null ? undefined : byId.get(term.clause);
      return TERM_COLUMNS.map(([, cell]) => cell(term, clause));
    }),
    contract.status,
  ];
  return row.map(csvCell).join(",");
}
