// Remembers each contract's parse from the previous load of the same library, so that a
// rebuild in watch mode parses again only the files whose text changed. A parse depends on
// nothing but the file's name and text; its problems are kept with it and reported again.
// Only the latest load is kept: memory stays bounded by one library.
import path from "node:path";
import { Problems, type Problem } from "../validate/problems.ts";
import { parseContract, type ParsedContract } from "./parse-contract.ts";

interface Entry {
  raw: string;
  parsed: ParsedContract;
  problems: readonly Problem[];
}

let cachedRoot: string | undefined;
let previous = new Map<string, Entry>();

/** A parser for one load of `root`: parses like parseContract, reusing unchanged files' results. */
export function contractParser(root: string): { parse(file: string, raw: string, problems: Problems): ParsedContract; done(): void } {
  const resolved = path.resolve(root);
  const reusable = resolved === cachedRoot ? previous : new Map<string, Entry>();
  const current = new Map<string, Entry>();
  return {
    parse(file, raw, problems) {
      let entry = reusable.get(file);
      if (entry?.raw !== raw) {
        const own = new Problems();
        entry = { raw, parsed: parseContract(file, raw, own), problems: own.list };
      }
      current.set(file, entry);
      problems.list.push(...entry.problems);
      return entry.parsed;
    },
    /** Keeps this load's files (and only those) for the next load. */
    done() {
      cachedRoot = resolved;
      previous = current;
    },
  };
}
