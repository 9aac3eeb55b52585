// Drafts (`status: draft`): what a draft still lacks, listed as warnings, and the import's
// suggestions, which only a draft and a clause new in a version (`review: added`) may keep
// (elsewhere they are errors).
import { KEY_TERM_NAMES, type KeyTermName } from "../model/key-terms.ts";
import type { Clause } from "../model/types.ts";
import type { TermCandidate } from "../model/schema.ts";
import type { ParsedContract } from "../load/parse-contract.ts";
import type { YamlSource } from "../load/yaml-source.ts";
import type { Problems } from "./problems.ts";

/**
 * The YAML of a complete contract's front matter or clause without the suggestions left in it,
 * each reported once as such; the schema then checks the rest as usual.
 */
export function withoutSuggestions(yaml: YamlSource, file: string, problems: Problems, what: "front matter" | "clause"): YamlSource {
  const data = yaml.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return yaml;
  const record = data as Record<string, unknown>;
  if (what === "clause") {
    if (!("suggestedTypes" in record)) return yaml;
    problems.add("draft-only", file, yaml.lineOf(["suggestedTypes"]), "the clause still has suggested types (`suggestedTypes`), which only a draft may have", "confirm its types with `types:` and delete `suggestedTypes`, or mark the contract `status: draft`");
    const { suggestedTypes: _left, ...rest } = record;
    return located(yaml, rest);
  }
  const terms = record.terms;
  if (terms === null || typeof terms !== "object" || Array.isArray(terms)) return yaml;
  const cleaned: Record<string, unknown> = {};
  let found = false;
  for (const [name, term] of Object.entries(terms)) {
    if (term !== null && typeof term === "object" && "suggested" in term) {
      found = true;
      problems.add("draft-only", file, yaml.lineOf(["terms", name, "suggested"]), `key term "${name}" still has suggested values (\`suggested\`), which only a draft may have`, "write the key term's own fields and delete `suggested`, or mark the contract `status: draft`");
      const { suggested: _left, ...rest } = term as Record<string, unknown>;
      cleaned[name] = rest;
    } else cleaned[name] = term;
  }
  return found ? located(yaml, { ...record, terms: cleaned }) : yaml;
}

function located(yaml: YamlSource, data: unknown): YamlSource {
  return { data, errors: yaml.errors, lineOf: (path) => yaml.lineOf(path) };
}

/** What one clause of a draft lacks, each with how to supply it; empty once it is annotated. */
export function clauseLacks(clause: Pick<Clause, "types" | "suggestedTypes" | "summary">): { lack: string; fix: string }[] {
  const lacks: { lack: string; fix: string }[] = [];
  const [best] = clause.suggestedTypes ?? [];
  if (!clause.types.length) {
    lacks.push(
      best
        ? { lack: `no confirmed type (suggested: ${clause.suggestedTypes!.map(({ type, score }) => `${type} ${score.toFixed(2)}`).join(", ")})`, fix: `confirm the type: write \`types: [${best.type}]\` (or the type that fits, from clauses/) and delete \`suggestedTypes\`` }
        : { lack: "no type", fix: "write `types:` with its clause types from clauses/, main type first" },
    );
  } else if (best) lacks.push({ lack: "suggested types left after its types were confirmed", fix: "delete `suggestedTypes`" });
  const missing = (["nl", "en"] as const).filter((lang) => !clause.summary?.[lang]);
  if (missing.length) {
    lacks.push({
      lack: missing.length === 2 ? "no summary" : `no ${missing[0] === "nl" ? "Dutch summary (summary.nl)" : "English summary (summary.en)"}`,
      fix: missing.length === 2 ? "write `summary:` with `nl:` (Kort gezegd) and `en:` (In short)" : `add \`summary.${missing[0]}\``,
    });
  }
  return lacks;
}

/** Lists what a draft still lacks as warnings: parties, key terms, and each clause's types and summary. `rawTerms` is the front matter's `terms` as written. */
export function reportDraftLacks(contract: ParsedContract, rawTerms: unknown, problems: Problems, frontMatterLine: (path: readonly PropertyKey[]) => number): void {
  const { file, frontMatter } = contract;
  if (!frontMatter) return;
  const before = problems.warnings.length;
  const statusLine = frontMatterLine(["status"]);
  if (!frontMatter.parties.length) {
    problems.warn("draft-incomplete", file, statusLine, "the draft names no parties yet", "add `parties:`, each with its name, role (controller or processor) and label");
  }
  const written = (rawTerms !== null && typeof rawTerms === "object" ? rawTerms : {}) as Partial<Record<KeyTermName, unknown>>;
  const nothing: KeyTermName[] = [];
  for (const name of KEY_TERM_NAMES) {
    const suggested = frontMatter.termSuggestions[name];
    const line = frontMatterLine(["terms", name]);
    if (frontMatter.terms[name]) {
      if (suggested) problems.warn("draft-incomplete", file, frontMatterLine(["terms", name, "suggested"]), `key term "${name}" is confirmed but still has suggested values`, "delete `suggested`");
    } else if (suggested) {
      problems.warn("draft-incomplete", file, line, `key term "${name}" is not confirmed yet; suggested: ${suggested.map(candidate).join("; ")}`, "check the suggestion against the clause, then write the term's value, clause, wording and answer (AUTHORING.md, Key terms) and delete `suggested`");
    } else if (written[name] !== undefined) {
      problems.warn("draft-incomplete", file, line, `key term "${name}" is not complete yet`, "give its value, clause and answer, with wording when the value is null and a note when the clause is null (AUTHORING.md, Key terms)");
    } else nothing.push(name);
  }
  if (nothing.length) {
    problems.warn("draft-incomplete", file, frontMatterLine(["terms"]), `the draft has no value yet for the key terms ${nothing.join(", ")}`, "find each in the contract and write it under `terms:`, or `value: null, clause: null` with a note where the contract does not address it");
  }
  let clausesLack = false;
  for (const clause of contract.clauses) {
    const lacks = clauseLacks(clause);
    if (!lacks.length) continue;
    clausesLack = true;
    // A clause marked for review (new or changed in this version) is listed once, as such, with what it lacks (validate-versions.ts).
    if (clause.review) continue;
    problems.warn("draft-incomplete", file, clause.line, `clause ${clause.number ?? clause.id} has ${lacks.map((lack) => lack.lack).join(" and ")}`, lacks.map((lack) => lack.fix).join("; "));
  }
  if (problems.warnings.length === before && !clausesLack) {
    problems.warn("draft-incomplete", file, statusLine, "the draft lacks nothing any more", "delete `status: draft` to publish it in the key-terms matrix, the checklist and negotiation list, compare and the clause type pages");
  }
}

function candidate({ value, clause, wording }: TermCandidate[number]): string {
  const shown = value === undefined ? "" : typeof value === "object" ? `${value.amount} ${value.unit} ` : `${String(value)} `;
  return `${shown}in ${clause} ("${wording}")`;
}
