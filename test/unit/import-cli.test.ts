// `npm run import` refuses bad arguments, an existing slug and an unreadable source with one
// line per problem, `where: what is wrong — how to fix it`, no stack trace, and writes nothing.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/build.ts";
import { editedLibrary } from "../support/fixture-library.ts";

const SOURCE = path.join(ROOT, "test/fixtures/import/zonnebloem-verwerkersovereenkomst.txt");

function runImport(library: string, args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/cli/import.ts", ...args], { cwd: ROOT, env: { ...process.env, LIBRARY_ROOT: library }, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const files = (library: string) => [...readdirSync(path.join(library, "contracts")), ...readdirSync(path.join(library, "contracts/sources"))].sort();

describe("npm run import", () => {
  it("lists every problem with the arguments at once, and writes nothing", () => {
    const library = editedLibrary([]);
    const before = files(library);
    const { status, stderr } = runImport(library, ["--slug", "Not_A_Slug"]);
    expect(status).toBe(1);
    expect(stderr).toContain("import: no source file given — name the extracted text (.txt), Markdown (.md) or HTML (.html) file");
    expect(stderr).toContain('import: --slug "Not_A_Slug" is not a valid slug — use lower-case letters and digits joined by single hyphens');
    expect(stderr).toContain('import: no --vendor given — give the vendor\'s name as the library shows it: --vendor "Acme B.V."');
    expect(stderr).toContain("Nothing was imported (3 problems).");
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(files(library)).toEqual(before);
  });

  it("refuses a slug that is taken, at the existing file", () => {
    const library = editedLibrary([]);
    const { status, stderr } = runImport(library, [SOURCE, "--slug", "mini", "--vendor", "Mini"]);
    expect(status).toBe(1);
    expect(stderr).toContain('contracts/mini.md:1: a contract with the slug "mini" already exists — choose another --slug, or remove the file first to import it again');
  });

  it.each([
    ["a missing file", (dir: string) => path.join(dir, "missing.txt"), "does not exist — check the path"],
    ["a folder", (dir: string) => (mkdirSync(path.join(dir, "folder.txt")), path.join(dir, "folder.txt")), "is a folder, not a file — name the source file inside it"],
    ["a PDF", (dir: string) => (writeFileSync(path.join(dir, "dpa.pdf"), "%PDF-1.7"), path.join(dir, "dpa.pdf")), "is not a .txt, .md or .html file — extract the text from a PDF into a .txt file first"],
    ["an empty file", (dir: string) => (writeFileSync(path.join(dir, "empty.txt"), "\n"), path.join(dir, "empty.txt")), "is empty — extract the document's text into the file first"],
    ["a Latin-1 file", (dir: string) => (writeFileSync(path.join(dir, "latin.txt"), Buffer.from("Beëindiging", "latin1")), path.join(dir, "latin.txt")), "is not UTF-8 text — save it as UTF-8"],
  ])("refuses %s as the source, at the file", (_name, make, message) => {
    const library = editedLibrary([]);
    const before = files(library);
    const source = make(library);
    const { status, stderr } = runImport(library, [source, "--slug", "acme", "--vendor", "Acme"]);
    expect(status).toBe(1);
    expect(stderr).toContain(`${source}:1: ${message}`);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(files(library)).toEqual(before);
  });

  it("imports a source as a draft the validator accepts", () => {
    const library = editedLibrary([]);
    const { status, stdout, stderr } = runImport(library, [SOURCE, "--slug", "zonnebloem", "--vendor", "Zonnebloem Hosting B.V."]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/Imported .* as contracts\/zonnebloem\.md \(status: draft\)/);
    expect(files(library)).toContain("zonnebloem.md");
    const validated = spawnSync(process.execPath, ["--import", "tsx", "scripts/cli/validate.ts", library], { cwd: ROOT, encoding: "utf8" });
    expect(validated.status).toBe(0);
    expect(validated.stderr).toMatch(/^contracts\/zonnebloem\.md:\d+: warning: clause 4\.1 has no confirmed type \(suggested: breach-notification /m);
    expect(validated.stdout).toContain("(1 draft, see the warnings above)");
  });
});
