// The pages of a library too large for one page per list: a generated library of 24 contracts
// (bench/generate.ts, as the benchmark's), built as `npm run build` builds it. What the site
// writes once instead of on every page of a list must still be one link away.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateLibrary } from "../../bench/generate.ts";
import { LANGS } from "../../scripts/model/vocabulary.ts";
import { clauseTypeUrl } from "../../scripts/site/urls.ts";
import { buildSite, ROOT } from "../support/build.ts";
import { idsIn, pageFile, textOf } from "../support/html.ts";

const out = mkdtempSync(path.join(tmpdir(), "dpa-large-"));
const site = path.join(out, "site");
const read = (url: string) => readFileSync(pageFile(site, url), "utf8");

beforeAll(() => {
  generateLibrary({ from: ROOT, to: path.join(out, "library"), contracts: 24, seed: 1 });
  buildSite(site, { LIBRARY_ROOT: path.join(out, "library") });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("a clause type over several pages", () => {
  const type = "breach-notification";

  it.each(LANGS)("explains the type and its criteria on its first page only; later pages link there (%s)", (lang) => {
    expect(existsSync(pageFile(site, clauseTypeUrl(lang, type, 2)))).toBe(true);
    const first = read(clauseTypeUrl(lang, type));
    expect(first).toContain('<div class="explanation">');
    const criteria = [...first.matchAll(/<li class="criterion" id="(criterium-[\w-]+)">/g)].map(([, id]) => id!);
    expect(criteria.length).toBeGreaterThan(2);
    const second = read(clauseTypeUrl(lang, type, 2));
    expect(second).not.toContain('<div class="explanation">');
    expect(second).not.toContain('class="criterion"');
    const link = second.match(/<p class="explanation-link"><a href="([^"]+)">([^<]+)<\/a><\/p>/)!;
    expect(link[1]).toBe(clauseTypeUrl(lang, type));
    expect(textOf(link[2]!)).toMatch(lang === "nl" ? /eerste pagina/ : /first page/);
    // The grid's criteria lead to their yardsticks on the first page.
    const grid = second.match(/<table class="criteria-grid">[\s\S]*?<\/thead>/)![0];
    const targets = [...grid.matchAll(/<a href="([^"]+)">/g)].map(([, href]) => href!);
    expect(targets).toEqual(criteria.map((id) => `${clauseTypeUrl(lang, type)}#${id}`));
    for (const target of targets) expect(idsIn(read(target)).has(target.split("#")[1]!)).toBe(true);
  });
});
