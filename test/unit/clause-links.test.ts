import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import type { Block, Clause } from "../../scripts/model/types.ts";
import { LANGS } from "../../scripts/model/vocabulary.ts";
import { linkClausesAcrossParts } from "../../scripts/site/clause-links.ts";
import { PART_BUDGET } from "../../scripts/site/parts.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { clauseUrl, contractUrl } from "../../scripts/site/urls.ts";
import { editedLibrary } from "../support/fixture-library.ts";

describe("links between the clauses of a contract", () => {
  // The fixture contract with links both ways, laid out on two pages: heading and 6.1, then 6.2 and the note.
  const { library, problems } = loadLibrary(
    editedLibrary([
      { file: "contracts/mini.md", find: "Mini informeert Opdrachtgever", replace: "Mini informeert [Opdrachtgever](#art-6-2)" },
      { file: "contracts/mini.md", find: "Geschillen gaan naar de Rechtbank Amsterdam.", replace: "[Geschillen](#art-6-1) gaan naar de [Rechtbank Amsterdam](#art-6-2)." },
      { file: "contracts/mini.md", find: "Kort gezegd: u hoort het binnen 48 uur.\n", replace: "Kort gezegd: u hoort het [binnen 48 uur](#art-6-1).\n" },
    ]),
  );
  const blocks = library.contracts[0]!.blocks;
  const parts: Block[][] = [blocks.slice(0, 2), blocks.slice(2)];
  parts.forEach((part, index) => part.forEach((block) => block.kind === "clause" && (block.clause.part = index + 1)));
  linkClausesAcrossParts(parts);
  const [breach, law] = library.contracts[0]!.clauses as [Clause, Clause];
  const note = blocks[3] as Extract<Block, { kind: "note" }>;
  const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);

  it("lead to the page each clause is on, in both languages", () => {
    expect(problems).toEqual([]);
    const links: [number, string, Clause][] = [
      [1, hrefs(breach.html)[0]!, law],
      [2, hrefs(law.html)[0]!, breach],
      [2, hrefs(law.html)[1]!, law],
      [2, hrefs(note.html)[0]!, breach],
    ];
    for (const lang of LANGS) {
      for (const [part, href, target] of links) {
        const resolved = new URL(href, `http://site${contractUrl(lang, "mini", part)}`);
        expect(resolved.pathname + resolved.hash).toBe(clauseUrl(lang, target));
      }
    }
    // On the same page a link stays an anchor.
    expect(hrefs(law.html)[1]).toBe("#art-6-2");
  });

  it("are resolved when the site lays out a contract over several pages", () => {
    // Clause 6.1 made longer than a page, in the contract and its source alike: 6.2 goes to a later page.
    const long = " Lang.".repeat(PART_BUDGET / 5);
    const edits = [
      { file: "contracts/mini.md", find: "De melding bevat de aard van de inbreuk.", replace: `De melding bevat de aard van de inbreuk.${long}` },
      { file: "contracts/sources/mini-dpa.txt", find: "De melding bevat de aard van de inbreuk.", replace: `De melding bevat de aard van de inbreuk.${long}` },
      { file: "contracts/mini.md", find: "Geschillen gaan naar", replace: "[Geschillen](#art-6-1) gaan naar" },
    ];
    const loaded = loadLibrary(editedLibrary(edits));
    expect(loaded.problems).toEqual([]);
    const site = buildSiteModel(loaded.library);
    const [breach, law] = site.contracts[0]!.clauses as [Clause, Clause];
    expect(law.part).toBeGreaterThan(breach.part);
    const resolved = new URL(hrefs(law.html)[0]!, `http://site${contractUrl("en", "mini", law.part)}`);
    expect(resolved.pathname + resolved.hash).toBe(clauseUrl("en", breach));
  });
});
