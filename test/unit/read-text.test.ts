import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTextFile } from "../../scripts/load/read-text.ts";

const dir = mkdtempSync(path.join(tmpdir(), "dpa-read-text-"));
const read = (bytes: number[] | string) => {
  const file = path.join(dir, `file-${Math.random()}`);
  writeFileSync(file, typeof bytes === "string" ? bytes : Buffer.from(bytes));
  return readTextFile(file);
};
const ascii = (text: string) => [...Buffer.from(text, "ascii")];

describe("reading a content file as UTF-8", () => {
  it("gives the text of a UTF-8 file, without a byte-order mark", () => {
    expect(read("\uFEFFcafé\n")).toEqual({ kind: "text", text: "café\n" });
  });

  it("gives the line of the first byte that is not UTF-8, also when the next byte is a line end", () => {
    expect(read([...ascii("a\ncaf"), 0xe9, ...ascii("\nb\n")])).toEqual({ kind: "not-utf8", line: 2, byte: 0xe9 });
    expect(read([...ascii("a\nb\n"), 0xb7, ...ascii(" c\n")])).toEqual({ kind: "not-utf8", line: 3, byte: 0xb7 });
  });

  it("finds a character cut off at the end of the file", () => {
    expect(read([...ascii("a\nb\ncaf"), 0xc3])).toEqual({ kind: "not-utf8", line: 3, byte: 0xc3 });
  });

  it("tells a folder and a missing file from a file", () => {
    mkdirSync(path.join(dir, "folder.md"));
    expect(readTextFile(path.join(dir, "folder.md"))).toEqual({ kind: "folder" });
    expect(readTextFile(path.join(dir, "missing.md"))).toEqual({ kind: "missing" });
  });
});
