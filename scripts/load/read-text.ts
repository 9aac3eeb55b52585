// Reads a content file (contract, clause type, source) as UTF-8, strictly: a file saved in
// another encoding (Latin-1, Windows-1252) would otherwise be read with replacement
// characters ("caf�") and pass every check.
import { readFileSync } from "node:fs";
import type { Problems } from "../validate/problems.ts";

export type TextFile =
  | { kind: "text"; text: string }
  | { kind: "missing" }
  | { kind: "folder" }
  /** `line`: 1-based line of the first byte that is not UTF-8. */
  | { kind: "not-utf8"; line: number; byte: number };

const decoder = new TextDecoder("utf-8", { fatal: true });

export function readTextFile(file: string): TextFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
    if (code === "EISDIR") return { kind: "folder" };
    throw error;
  }
  try {
    return { kind: "text", text: decoder.decode(bytes) };
  } catch {
    const at = firstBadByte(bytes);
    let line = 1;
    for (let index = bytes.indexOf(10); index >= 0 && index < at; index = bytes.indexOf(10, index + 1)) line++;
    return { kind: "not-utf8", line, byte: bytes[at]! };
  }
}

/** Offset of the first byte that is not UTF-8 (only asked of a file that is not). */
function firstBadByte(bytes: Buffer): number {
  const stream = new TextDecoder("utf-8", { fatal: true });
  for (let at = 0; at < bytes.length; at++) {
    try {
      stream.decode(bytes.subarray(at, at + 1), { stream: true });
    } catch {
      // An ASCII byte fails only as the end of an unfinished character: that character's byte before it is the bad one.
      return bytes[at]! < 0x80 ? at - 1 : at;
    }
  }
  return bytes.length - 1; // the file ends inside a character
}

/**
 * The text of a contract or clause type file, or undefined after reporting why it has none.
 * A file deleted while the library loads is simply not part of this load (watch mode loads
 * again after the deletion).
 */
export function readContentFile(full: string, file: string, problems: Problems): string | undefined {
  const read = readTextFile(full);
  if (read.kind === "text") return read.text;
  if (read.kind === "not-utf8") reportNotUtf8(problems, file, read);
  if (read.kind === "folder") problems.add("not-a-file", file, 1, "this is a folder, not a Markdown file (every .md name in contracts/, clauses/ and lessons/ is read as content)");
  return undefined;
}

/** Reports a file that is not UTF-8, at the line of its first bad byte. */
export function reportNotUtf8(problems: Problems, file: string, { line, byte }: { line: number; byte: number }): void {
  const hex = byte.toString(16).toUpperCase().padStart(2, "0");
  problems.add("encoding", file, line, `the file is not UTF-8: the byte 0x${hex} on this line is not a UTF-8 character (saved as Latin-1 or Windows-1252?)`);
}
