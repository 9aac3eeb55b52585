// `npm run import -- <source> --slug <slug> --vendor "<name>"`: imports a source document
// (a text extracted from PDF, Markdown or HTML) as a draft contract, contracts/<slug>.md,
// keeping the source in contracts/sources/. Every problem with the arguments is reported at
// once, as `where: what is wrong — how to fix it`, and nothing is written. (A new version of a
// contract the library has: scripts/versions/new-version-command.ts.)
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadLibrary } from "../load/load-library.ts";
import { CONTRACTS_DIR, SOURCES_DIR } from "../load/folders.ts";
import { parseContract } from "../load/parse-contract.ts";
import { Slug } from "../model/schema.ts";
import { formatProblem, Problems } from "../validate/problems.ts";
import { compareWithSource } from "../validate/validate-library.ts";
import { articleTypes, guessedMeta, importDraft, keyTermHomes, learningExamples } from "./import-draft.ts";
import { segment } from "./segment.ts";
import { sourceFormat, sourceText } from "./source-text.ts";

export const USAGE = 'npm run import -- <source file> --slug <slug> --vendor "<vendor name>"';

/** Imports a source as a new draft contract into the library at `root`; the exit code. */
export function importContract(args: readonly string[], root: string): number {
  const errors: string[] = [];
  const refuse = (where: string, what: string, fix: string) => errors.push(`${where}: ${what} — ${fix}`);

  let parsed: ReturnType<typeof parseArgs<{ options: { slug: { type: "string" }; vendor: { type: "string" } }; allowPositionals: true }>> | undefined;
  try {
    parsed = parseArgs({ args: [...args], options: { slug: { type: "string" }, vendor: { type: "string" } }, allowPositionals: true });
  } catch (error) {
    refuse("import", (error as Error).message.split("\n")[0]!, `use ${USAGE}`);
  }
  const { values, positionals } = parsed ?? { values: {}, positionals: [] };
  const [sourceArgument, ...extra] = positionals;
  const slug = values.slug?.trim();
  const vendor = values.vendor?.trim();

  if (!sourceArgument) refuse("import", "no source file given", `name the extracted text (.txt), Markdown (.md) or HTML (.html) file: ${USAGE}`);
  if (extra.length) refuse("import", `more than one source file given (${positionals.join(", ")})`, "import one document at a time; quote a file name with spaces");
  if (!slug) refuse("import", "no --slug given", "give the contract's URL name, lower-case letters and digits joined by hyphens: --slug acme");
  else if (!Slug.safeParse(slug).success) refuse("import", `--slug "${slug}" is not a valid slug`, "use lower-case letters and digits joined by single hyphens, such as acme or acme-cloud");
  if (!vendor) refuse("import", "no --vendor given", 'give the vendor\'s name as the library shows it: --vendor "Acme B.V."');

  const contractFile = slug ? `${CONTRACTS_DIR}/${slug}.md` : undefined;
  if (contractFile && existsSync(path.join(root, contractFile))) refuse(`${contractFile}:1`, `a contract with the slug "${slug}" already exists`, "choose another --slug, or remove the file first to import it again");

  let source: string | undefined;
  const format = sourceArgument ? sourceFormat(sourceArgument) : undefined;
  if (sourceArgument) {
    const where = `${sourceArgument}:1`;
    if (!format) refuse(where, "is not a .txt, .md or .html file", "extract the text from a PDF into a .txt file first (e.g. pdftotext -layout), or give the document as Markdown or HTML");
    else if (!existsSync(sourceArgument)) refuse(where, "does not exist", "check the path (relative to the folder you run npm in)");
    else if (statSync(sourceArgument).isDirectory()) refuse(where, "is a folder, not a file", "name the source file inside it");
    else {
      try {
        const bytes = readFileSync(sourceArgument);
        const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        if (!text.trim()) refuse(where, "is empty", "extract the document's text into the file first");
        else source = text.replace(/^\uFEFF/, "");
      } catch (error) {
        if (error instanceof TypeError) refuse(where, "is not UTF-8 text", "save it as UTF-8 (reopen it as Windows-1252 or Latin-1 first, so that é stays é)");
        else refuse(where, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, "check that the file is readable");
      }
    }
  }

  /** The source's file name in contracts/sources/: its own name, made safe for the `source` field. */
  const base = sourceArgument ? path.basename(sourceArgument).replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || slug : undefined;
  const sourceName = base ? `${base}.txt` : undefined;
  if (sourceName && existsSync(path.join(root, SOURCES_DIR, sourceName)) && source !== undefined && format === "text" && readFileSync(path.join(root, SOURCES_DIR, sourceName), "utf8") !== source) {
    refuse(`${SOURCES_DIR}/${sourceName}:1`, "a different source with this name is already in the library", "rename the source file before importing it");
  }

  if (errors.length || source === undefined || !slug || !vendor || !sourceName || !format || !contractFile) {
    for (const error of errors) console.error(error);
    console.error(`\nNothing was imported (${errors.length} problem${errors.length === 1 ? "" : "s"}). Usage: ${USAGE}`);
    return 1;
  }

  const started = performance.now();
  const text = sourceText(source, format);
  const { library, problems } = loadLibrary(root);
  if (problems.length) console.warn(`The library has ${problems.length} problem${problems.length === 1 ? "" : "s"} (npm run validate lists them); suggestions are learnt from the contracts that loaded.`);
  const guessed = guessedMeta(text, segment(text));
  const meta = { slug, vendor, source: sourceName, ...guessed };
  const draft = importDraft(text, meta, learningExamples(library.contracts, library.clauseTypes, guessed.language), keyTermHomes(library.clauseTypes), articleTypes(library.clauseTypes));

  mkdirSync(path.join(root, SOURCES_DIR), { recursive: true });
  writeFileSync(path.join(root, SOURCES_DIR, sourceName), text);
  // The original Markdown or HTML is kept beside the text the contract is checked against.
  if (format !== "text") copyFileSync(sourceArgument!, path.join(root, SOURCES_DIR, path.basename(sourceArgument!)));
  writeFileSync(path.join(root, contractFile), draft.markdown);

  // The draft as the validator will read it: its problems (an import that is not verbatim is a fault of the import) and what it lacks.
  const check = new Problems();
  const reread = parseContract(contractFile, draft.markdown, check);
  for (const finding of compareWithSource(reread, text)) check.add(finding.rule, contractFile, finding.line, finding.message, finding.fix);
  for (const problem of check.list.filter((problem) => !problem.warning)) console.error(formatProblem(problem));
  const clauses = draft.clauses.length;
  const terms = Object.keys(reread.frontMatter?.termSuggestions ?? {}).length;
  console.log(
    [
      `Imported ${sourceArgument} as ${contractFile} (status: draft) in ${((performance.now() - started) / 1000).toFixed(1)} s:`,
      `  ${draft.segments.filter((entry) => entry.kind === "heading").length} headings, ${clauses} clauses with suggested types, ${draft.segments.filter((entry) => entry.kind === "note").length} notes; candidates for ${terms} of 14 key terms.`,
      `  The source is kept as ${SOURCES_DIR}/${sourceName}${format === "text" ? "" : ` (text) and ${SOURCES_DIR}/${path.basename(sourceArgument!)} (original)`}.`,
      `  Check the title, language, jurisdiction and document type the import guessed (${guessed.language}, ${guessed.jurisdiction}, ${guessed.documentType}),`,
      "  confirm each clause's type (write `types:`, delete `suggestedTypes`), add summaries, parties and key terms.",
      "  npm run validate lists what the draft still lacks; npm start shows it with its “Concept” badge.",
    ].join("\n"),
  );
  return check.list.some((problem) => !problem.warning) ? 1 : 0;
}
