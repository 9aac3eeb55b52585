// With the repository's address configured (REPO_URL, REPO_BRANCH), every contract, clause
// type and lesson page links to its file in the repository's editor, so that an officer can
// propose a correction where they spot the mistake; without it, no page has such a link; and a
// mistyped address stops the build with what is wrong.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LANGS } from "../../scripts/model/vocabulary.ts";
import { clauseTypeUrl, contractUrl, learningPathUrl } from "../../scripts/site/urls.ts";
import { buildSite, TEST_SITE } from "../support/build.ts";
import { editedLibrary } from "../support/fixture-library.ts";
import { htmlFiles, pageFile, textOf } from "../support/html.ts";

const REPOSITORY = "https://github.com/org/dpa-library";
const library = editedLibrary([]);
const site = mkdtempSync(path.join(tmpdir(), "dpa-edit-"));
afterAll(() => {
  for (const dir of [library, site]) rmSync(dir, { recursive: true, force: true });
});

/** The edit links of a page, as their address and words. */
const editLinks = (html: string) => [...html.matchAll(/<p class="edit-link"[^>]*><a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, words]) => [href, textOf(words!)]);

describe("edit links", () => {
  it("lead from each contract, clause type and lesson page to its file on the configured branch", () => {
    buildSite(site, { LIBRARY_ROOT: library, REPO_URL: `${REPOSITORY}/`, REPO_BRANCH: "content" });
    const read = (url: string) => readFileSync(pageFile(site, url), "utf8");
    const words = { nl: "Bewerk dit bestand", en: "Edit this file" };
    for (const lang of LANGS) {
      expect(editLinks(read(contractUrl(lang, "mini")))).toEqual([[`${REPOSITORY}/edit/content/contracts/mini.md`, words[lang]]]);
      for (const type of readdirSync(path.join(library, "clauses")).filter((file) => file.endsWith(".md")).map((file) => path.basename(file, ".md"))) {
        expect(editLinks(read(clauseTypeUrl(lang, type))), type).toEqual([[`${REPOSITORY}/edit/content/clauses/${type}.md`, words[lang]]]);
      }
      expect(editLinks(read(learningPathUrl(lang, "breaches")))).toEqual([[`${REPOSITORY}/edit/content/lessons/breaches.md`, words[lang]]]);
    }
  });

  it("are on no page of a site built without a repository address", () => {
    expect(htmlFiles(TEST_SITE).filter((file) => readFileSync(file, "utf8").includes('class="edit-link"')).map((file) => path.relative(TEST_SITE, file))).toEqual([]);
  });

  it("stop the build when the address is not a web address", () => {
    const output = mkdtempSync(path.join(tmpdir(), "dpa-edit-refused-"));
    let failure: { status: number | null; stderr: string } | undefined;
    try {
      buildSite(output, { LIBRARY_ROOT: library, REPO_URL: "github.com/org/dpa-library" });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toBe('REPO_URL must be the repository\'s web address, such as https://github.com/org/dpa-library; it is "github.com/org/dpa-library"\n');
    expect(readdirSync(output)).toEqual([]);
    rmSync(output, { recursive: true, force: true });
  });
});
