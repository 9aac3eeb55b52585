// Parses one contract file into front matter, blocks and clauses, reporting every problem
// with its line. Cross-file checks (clause types, source text) happen in the validator.
import type { Token } from "markdown-it";
import { defaultClauseId } from "../model/clause-id.ts";
import { ClauseAnnotation, ContractFrontMatter, DRAFT, KEY_TERM_SCHEMAS, DraftClauseAnnotation, DraftContractFrontMatter, type Omission } from "../model/schema.ts";
import type { Block, ContentLink, Contract, ParsedClause } from "../model/types.ts";
import { checkSchema } from "../validate/check-schema.ts";
import { reportDraftLacks, withoutSuggestions } from "../validate/draft-lacks.ts";
import type { Problems } from "../validate/problems.ts";
import type { CheckedWording } from "../validate/source-check.ts";
import { contentLinks } from "./content-links.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { markdown } from "./markdown.ts";
import { inlineText, plainText } from "./plain-text.ts";
import { parseYaml, type Path } from "./yaml-source.ts";

/** A piece of original wording and where it stands, in file order, for the source check. */
export type Wording = CheckedWording;

/** A link or image in the contract's text, and what kind of text it is in (as Wording's `what`). */
export interface PlacedLink extends ContentLink {
  what: string;
}

/** The front matter as the library models it: a draft's confirmed key terms apart from its suggested ones. */
export type ParsedFrontMatter = Omit<Contract, "file" | "sourcePath" | "blocks" | "clauses">;

export interface ParsedContract {
  file: string;
  frontMatter?: ParsedFrontMatter;
  blocks: Block<ParsedClause>[];
  clauses: ParsedClause[];
  wordings: Wording[];
  links: PlacedLink[];
  /** The front matter's YAML, for the lines of problems found in it after parsing (frontMatterLine). */
  frontMatterYaml: FrontMatterYaml;
  /** The annotation YAML of each clause with an assessment, by its index in `clauses`: for the lines of problems found in its findings later (annotationLine). */
  assessed: Record<number, FrontMatterYaml>;
  /** Ids of clauses whose annotation is invalid (reported already), so citations of them are not. */
  invalidClauseIds: Set<string>;
  /** The source file named in the front matter, if the name is well-formed, even when other fields are invalid. */
  source?: string;
  /** The front matter's omitted spans, if the field is well-formed (absent: none), even when other fields are invalid; undefined if it is not. */
  omitted?: Omission[];
}

/**
 * Plain data rather than the parsed document, so that a parse can be passed between threads;
 * lines are looked up only for a problem, which is rare (finding them costs a second parse).
 */
export interface FrontMatterYaml {
  text: string;
  firstLine: number;
}

/** The line of a front-matter field, for a problem found in it. */
export function frontMatterLine({ frontMatterYaml }: ParsedContract, path: Path): number {
  return parseYaml(frontMatterYaml.text, frontMatterYaml.firstLine).lineOf(path);
}

/** The line of a field of the annotation of `contract.clauses[index]`, which has an assessment. */
export function annotationLine({ assessed }: ParsedContract, index: number, path: Path): number {
  const yaml = assessed[index];
  return yaml ? parseYaml(yaml.text, yaml.firstLine).lineOf(path) : 1;
}

/** A contract with nothing parsed: its file had no text to parse (scripts/load/read-text.ts). */
export function unparsedContract(file: string): ParsedContract {
  return { file, blocks: [], clauses: [], wordings: [], links: [], frontMatterYaml: { text: "", firstLine: 1 }, assessed: {}, invalidClauseIds: new Set() };
}

export function parseContract(file: string, raw: string, problems: Problems): ParsedContract {
  const parsed = unparsedContract(file);
  const split = splitFrontMatter(raw);
  if (!split) {
    problems.add("front-matter", file, 1, "the file has no front matter");
    return parsed;
  }
  const yaml = parseYaml(split.yaml, split.yamlLine);
  parsed.frontMatterYaml = { text: split.yaml, firstLine: split.yamlLine };
  // A malformed name (`source: .`) is reported as a field, and not looked up in the folder as well.
  const data = yaml.data as { source?: unknown; omitted?: unknown } | undefined;
  const source = ContractFrontMatter.shape.source.safeParse(data?.source);
  if (source.success) parsed.source = source.data;
  const omitted = ContractFrontMatter.shape.omitted.safeParse(data?.omitted);
  if (omitted.success) parsed.omitted = omitted.data ?? [];
  for (const error of yaml.errors) problems.add("front-matter", file, error.line, `the front matter is not valid YAML: ${error.message}`);
  // A draft is read with its own schema; in a complete contract a leftover suggestion is reported as such, not as an unknown field.
  const draft = (yaml.data as { status?: unknown } | undefined)?.status === DRAFT;
  if (!yaml.errors.length) {
    parsed.frontMatter = draft
      ? draftFrontMatter(checkSchema(DraftContractFrontMatter, yaml, file, problems, "the front matter"))
      : completeFrontMatter(checkSchema(ContractFrontMatter, withoutSuggestions(yaml, file, problems, "front matter"), file, problems, "the front matter"));
  }

  const slug = parsed.frontMatter?.slug ?? file;
  const tokens = markdown.parse(split.body, {});
  const bodyLines = split.body.split("\n");
  const lineOf = (token: Token) => split.bodyLine + (token.map?.[0] ?? 0);
  let sectionLevel = 1;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // The close of a container found unclosed below: its blocks are read on their own.
    if (token.nesting === -1) continue;
    const closing = token.nesting === 1 ? closingIndex(tokens, index) : index;
    const line = lineOf(token);
    const unclosedAt = isContainer(token) ? unclosedEnd(tokens, index, closing, bodyLines) : undefined;
    if (unclosedAt !== undefined) {
      const next = tokens[unclosedAt]!;
      const where = unclosedAt === closing ? "before the end of the file" : `before the ${isContainer(next) ? `\`${next.markup} ${next.info.trim()}\`` : "heading"} on line ${lineOf(next)}`;
      problems.add("unclosed-container", file, line, `the \`${token.markup} ${token.info.trim()}\` container opened on this line is not closed ${where}`);
    }
    // An unclosed container ends where the next block starts; that block is read next, on its own.
    const end = unclosedAt ?? closing;
    const inner = tokens.slice(index + 1, end);

    if (token.type === "heading_open" && ["h2", "h3", "h4"].includes(token.tag)) {
      sectionLevel = Number(token.tag.slice(1));
      const text = inlineText(inner[0]!);
      parsed.blocks.push({ kind: "heading", level: sectionLevel, text, line });
      parsed.wordings.push({ text, line, what: "heading" });
      parsed.links.push(...placed(contentLinks(inner, split.bodyLine), "heading"));
    } else if (token.type === "container_note_open") {
      const text = plainText(inner);
      const vendorSummary = token.info.trim().split(/\s+/).includes("summary");
      const links = contentLinks(inner, split.bodyLine);
      parsed.blocks.push({ kind: "note", vendorSummary, text, html: markdown.renderer.render(inner, markdown.options, {}), line, ...keptTokens(inner, links) });
      parsed.wordings.push({ text, line, what: "note" });
      parsed.links.push(...placed(links, "note"));
    } else if (token.type === "container_clause_open") {
      const clause = parseClause(file, slug, inner, line, split.bodyLine, Math.min(sectionLevel + 1, 6), draft, problems, parsed);
      if (clause) {
        if (clause.assessment) parsed.assessed[parsed.clauses.length] = { text: inner[0]!.content, firstLine: lineOf(inner[0]!) + 1 };
        parsed.blocks.push({ kind: "clause", clause });
        parsed.clauses.push(clause);
      }
    } else {
      const what = token.type === "heading_open" ? `a level-${token.tag.slice(1)} heading` : `text (${token.type.replace(/_open$/, "")})`;
      problems.add("stray-text", file, line, `${what} outside a clause or note`);
    }
    index = end === closing ? end : end - 1;
  }
  if (draft) reportDraftLacks(parsed, (yaml.data as { terms?: unknown }).terms, problems, (path) => yaml.lineOf(path));
  return parsed;
}

function completeFrontMatter(frontMatter: ContractFrontMatter | undefined): ParsedFrontMatter | undefined {
  return frontMatter && { ...frontMatter, status: "complete", termSuggestions: {} };
}

/** A draft's front matter with its key terms split: confirmed ones (complete and valid) as terms, the import's candidates as suggestions. */
function draftFrontMatter(frontMatter: DraftContractFrontMatter | undefined): ParsedFrontMatter | undefined {
  if (!frontMatter) return undefined;
  const { status: _draft, parties = [], terms = {}, ...rest } = frontMatter;
  const confirmed: ParsedFrontMatter["terms"] = {};
  const termSuggestions: ParsedFrontMatter["termSuggestions"] = {};
  for (const [name, term] of Object.entries(terms) as [keyof typeof terms, (typeof terms)[keyof typeof terms]][]) {
    if (!term) continue;
    const { suggested, ...own } = term;
    const complete = KEY_TERM_SCHEMAS[name].safeParse(own);
    if (complete.success) confirmed[name] = complete.data;
    if (suggested) termSuggestions[name] = suggested;
  }
  return { ...rest, status: "draft", parties, terms: confirmed, termSuggestions };
}

function isContainer(token: Token): boolean {
  return token.type === "container_clause_open" || token.type === "container_note_open";
}

/**
 * Where a clause or note container that was not closed should have ended: at the first
 * container or section heading inside it (markdown-it-container closes it with the next
 * block's `:::`), or at its end where it runs to the end of the file without a closing line.
 * Undefined for a container closed as it should be.
 */
function unclosedEnd(tokens: readonly Token[], open: number, close: number, bodyLines: readonly string[]): number | undefined {
  const level = tokens[open]!.level + 1;
  for (let index = open + 1; index < close; index++) {
    const token = tokens[index]!;
    if (token.level === level && token.nesting === 1 && (isContainer(token) || (token.type === "heading_open" && ["h2", "h3", "h4"].includes(token.tag)))) return index;
  }
  const closingLine = tokens[open]!.map?.[1];
  return closingLine !== undefined && /^\s*:{3,}\s*$/.test(bodyLines[closingLine] ?? "") ? undefined : close;
}

function parseClause(
  file: string,
  contract: string,
  inner: Token[],
  line: number,
  bodyLine: number,
  level: number,
  draft: boolean,
  problems: Problems,
  { wordings, links: allLinks, invalidClauseIds }: ParsedContract,
): ParsedClause | undefined {
  const lineOf = (token: Token) => bodyLine + (token.map?.[0] ?? 0);
  const [fence, ...rest] = inner;
  if (!fence || fence.type !== "fence" || fence.info.trim() !== "yaml") {
    problems.add("annotation", file, line, "the clause does not start with a ```yaml annotation block");
    // Its text is unknown (the annotation may be part of it): the source check passes over it.
    const text = plainText(inner);
    if (text) wordings.push({ text, line, what: "clause text", clause: "unread" });
    return undefined;
  }
  const text = plainText(rest);
  const textLine = rest[0] ? lineOf(rest[0]) : line;
  if (!text) problems.add("annotation", file, line, "the clause has an annotation but no text");
  const links = contentLinks(rest, bodyLine);
  allLinks.push(...placed(links, "clause text"));
  /** The clause's wordings in file order: its heading (from the annotation), then its text; the first carries its number. */
  const pushWordings = (clause: Wording["clause"], heading?: Wording) => {
    if (heading) wordings.push({ ...heading, clause });
    if (text) wordings.push({ text, line: textLine, what: "clause text", ...(heading ? {} : { clause }) });
  };

  const yaml = parseYaml(fence.content, lineOf(fence) + 1);
  for (const error of yaml.errors) problems.add("field", file, error.line, `the clause annotation is not valid YAML: ${error.message}`, "fix the YAML syntax; quote values containing `: `");
  if (yaml.errors.length) {
    // Its id, read off the line that gives it, so that what cites the clause is not reported as well.
    const id = /^id:\s*["']?([a-z0-9-]+)/m.exec(fence.content)?.[1];
    const number = /^number:\s*["']?([^"'\n#]+)/m.exec(fence.content)?.[1]?.trim();
    const readable = id ?? (number ? defaultClauseId(number) : undefined);
    if (readable) invalidClauseIds.add(readable);
    pushWordings("unread");
    return undefined;
  }
  // A draft's clause, and a clause new in a version, may wait for their types and summary (listed as
  // warnings: scripts/validate/draft-lacks.ts); in a complete clause a leftover suggestion is reported as such.
  const added = (yaml.data as { review?: unknown } | null)?.review === "added";
  const annotation =
    draft || added
      ? checkSchema(DraftClauseAnnotation, yaml, file, problems, "the clause")
      : checkSchema(ClauseAnnotation, withoutSuggestions(yaml, file, problems, "clause"), file, problems, "the clause");
  if (!annotation) {
    const raw = (yaml.data ?? {}) as { id?: unknown; number?: unknown };
    const id = typeof raw.id === "string" ? raw.id : typeof raw.number === "string" ? defaultClauseId(raw.number) : undefined;
    if (id) invalidClauseIds.add(id);
    pushWordings("unread");
    return undefined;
  }
  pushWordings({ number: annotation.number ?? null }, annotation.heading ? { text: annotation.heading, line: headingLine(fence.content, lineOf(fence) + 1) ?? yaml.lineOf(["heading"]), what: "clause heading" } : undefined);

  const id = annotation.id ?? (annotation.number ? defaultClauseId(annotation.number) : undefined);
  if (!id) {
    problems.add("field", file, line, "the clause has neither a number nor an id", "add `number:` (the source's number) or, where the source has none, `id:`");
    return undefined;
  }
  return {
    ...annotation,
    types: annotation.types ?? [],
    id,
    contract,
    text,
    html: markdown.renderer.render(rest, markdown.options, {}),
    ...keptTokens(rest, links),
    level,
    line,
    part: 1,
  };
}

/**
 * The line of an annotation's `heading:`, found by its key at the start of a line: asking the
 * YAML for it builds a positioned document of every annotation with a heading, a tenth of
 * the time it took to load 100 contracts. Undefined where the key is written otherwise.
 */
function headingLine(yaml: string, firstLine: number): number | undefined {
  const at = /^heading[ \t]*:/m.exec(yaml)?.index;
  if (at === undefined) return undefined;
  let line = firstLine;
  for (let newline = yaml.indexOf("\n"); newline >= 0 && newline < at; newline = yaml.indexOf("\n", newline + 1)) line++;
  return line;
}

function placed(links: readonly ContentLink[], what: string): PlacedLink[] {
  return links.map((link) => ({ ...link, what }));
}

/** The tokens of a text that links to clauses of the contract, rendered again once the site knows which page each clause is on (scripts/site/clause-links.ts). */
function keptTokens(tokens: Token[], links: readonly ContentLink[]): { linkTokens?: Token[] } {
  return links.some((link) => link.kind === "link" && link.href.startsWith("#")) ? { linkTokens: tokens } : {};
}

/** Index of the token that closes the block opened at `start`. */
function closingIndex(tokens: readonly Token[], start: number): number {
  const open = tokens[start]!;
  for (let index = start + 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.level === open.level && token.nesting === -1) return index;
  }
  return tokens.length - 1;
}
