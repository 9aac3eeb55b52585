// Remembers each contract's parse from the previous load of the same library, so that a
// rebuild in watch mode parses again only the files that changed (by their stamp: time of
// the last write and size). A parse depends on nothing but the file's name and text; its
// problems are kept with it and reported again.
// Only the latest load is kept: memory stays bounded by one library.
import path from "node:path";
import { fileStamp } from "./file-stamp.ts";
import { loadContracts } from "./contract-threads.ts";
import type { ContractLoad } from "./load-contract.ts";

type Entry = Omit<ContractLoad, "verdict">;

let cachedRoot: string | undefined;
let previous = new Map<string, Entry>();

/**
 * The contracts of one load of `root`, in the order of `files`: the previous load's parses of
 * unchanged files (without a verdict: the validator still has it), the other files loaded
 * afresh, on several threads when there are many.
 */
export function parseContracts(root: string, files: readonly string[]): ContractLoad[] {
  const resolved = path.resolve(root);
  const reusable = resolved === cachedRoot ? previous : new Map<string, Entry>();
  const entries = new Array<ContractLoad>(files.length);
  const changed: number[] = [];
  files.forEach((file, index) => {
    const entry = reusable.get(file);
    if (entry?.stamp !== undefined && entry.stamp === fileStamp(path.join(root, file))) entries[index] = entry;
    else changed.push(index);
  });
  const loads = loadContracts(root, changed.map((index) => files[index]!));
  changed.forEach((index, at) => (entries[index] = loads[at]!));

  cachedRoot = resolved;
  previous = new Map(files.map((file, index) => {
    const { stamp, parsed, problems } = entries[index]!;
    return [file, { stamp, parsed, problems }];
  }));
  return entries;
}
