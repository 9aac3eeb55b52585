// Loads one contract file: reads and parses it and compares its wording with the source
// document it names (the costliest check). It depends on nothing but those two files, so
// it runs on whichever thread takes the file (scripts/load/contract-threads.ts).
import path from "node:path";
import { Problems, type Problem } from "../validate/problems.ts";
import { compareWithSource, type Verdict } from "../validate/validate-library.ts";
import { SOURCES_DIR } from "./folders.ts";
import { fileStamp } from "./file-stamp.ts";
import { parseContract, unparsedContract, type ParsedContract } from "./parse-contract.ts";
import { readContentFile, readTextFile } from "./read-text.ts";

export interface ContractLoad {
  /** The contract file's stamp when it was read (file-stamp.ts). */
  stamp: string | undefined;
  parsed: ParsedContract;
  /** Problems found while parsing. */
  problems: readonly Problem[];
  /** The source check against the source document `parsed.source`, when the file names one that exists, with that file's stamp. */
  verdict?: Verdict & { sourceStamp: string };
}

export function loadContract(root: string, file: string): ContractLoad {
  // Stamped before reading: a write in between makes the next load read the file again.
  const stamp = fileStamp(path.join(root, file));
  const problems = new Problems();
  const text = readContentFile(path.join(root, file), file, problems);
  const parsed = text === undefined ? unparsedContract(file) : parseContract(file, text, problems);
  const load: ContractLoad = { stamp, parsed, problems: problems.list };
  if (parsed.source === undefined) return load;
  // A source that is missing, a folder or not UTF-8 is reported by the validator, which reads it again.
  const sourceFile = path.join(root, SOURCES_DIR, parsed.source);
  const sourceStamp = fileStamp(sourceFile);
  if (sourceStamp === undefined) return load;
  const source = readTextFile(sourceFile);
  if (source.kind === "text") load.verdict = { source: source.text, sourceStamp, findings: compareWithSource(parsed, source.text) };
  return load;
}
