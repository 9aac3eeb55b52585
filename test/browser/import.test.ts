// From source to published draft: `npm run import` on a test source in a copy of the
// library, then the real build. The draft is built, carries its badge on every page in both
// languages, shows its suggestions as unconfirmed, is found by search, and is left out of the
// key-terms matrix, the key term pages, the checklists and compare; the exports mark it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContractExport, LibraryExport } from "../../scripts/model/export-schema.ts";
import { checklistUrl, contractUrl, keyTermUrl, sectionUrl } from "../../scripts/site/urls.ts";
import { buildSite, ROOT } from "../support/build.ts";
import { editedLibrary } from "../support/fixture-library.ts";
import { pageFile, textOf } from "../support/html.ts";
import { siteBrowser } from "../support/site-browser.ts";

const SOURCE = path.join(ROOT, "test/fixtures/import/zonnebloem-verwerkersovereenkomst.txt");
const output = mkdtempSync(path.join(tmpdir(), "dpa-import-"));
let library = "";
let imported = "";
afterAll(() => {
  for (const dir of [output, library]) if (dir) rmSync(dir, { recursive: true, force: true });
});
const site = siteBrowser({
  site: () => {
    // The real library, so that the suggestions learn from real contracts and the learning path has its clause types.
    library = editedLibrary([], ROOT);
    imported = execFileSync(process.execPath, ["--import", "tsx", "scripts/cli/import.ts", SOURCE, "--slug", "zonnebloem", "--vendor", "Zonnebloem Hosting B.V."], {
      cwd: ROOT,
      env: { ...process.env, LIBRARY_ROOT: library },
      encoding: "utf8",
    });
    buildSite(output, { LIBRARY_ROOT: library });
    return output;
  },
});
const read = (url: string) => readFileSync(pageFile(output, url), "utf8");

describe("an imported contract, published as a draft", () => {
  it("is written as a draft with suggested types, and its source is kept", () => {
    expect(imported).toContain("as contracts/zonnebloem.md (status: draft)");
    const draft = readFileSync(path.join(library, "contracts/zonnebloem.md"), "utf8");
    expect(draft).toMatch(/^status: draft$/m);
    expect(draft).toContain('number: "4.1"\nsuggestedTypes: [{type: breach-notification,');
    expect(readFileSync(path.join(library, "contracts/sources/zonnebloem-verwerkersovereenkomst.txt"), "utf8")).toBe(readFileSync(SOURCE, "utf8"));
  });

  it("has the draft badge on its page in both languages, and its suggestions marked as not confirmed", () => {
    const nl = textOf(read(contractUrl("nl", "zonnebloem")));
    const en = textOf(read(contractUrl("en", "zonnebloem")));
    expect(nl).toContain("Concept — nog niet volledig geannoteerd");
    expect(en).toContain("Draft — not yet fully annotated");
    expect(nl).toContain("Voorgesteld type, nog niet bevestigd");
    expect(nl).toContain("Kort gezegd: nog geen samenvatting");
    // The contract list shows it, with the badge.
    expect(textOf(read(sectionUrl("nl", "contracts")))).toMatch(/Zonnebloem Hosting B\.V\.\s*Concept — nog niet volledig geannoteerd/);
  });

  it("is left out of the key-terms matrix, the key term pages, the checklists and compare", () => {
    for (const lang of ["nl", "en"] as const) {
      expect(read(sectionUrl(lang, "keyTerms"))).not.toContain("Zonnebloem");
      expect(read(keyTermUrl(lang, "breachNotificationDeadline"))).not.toContain("Zonnebloem");
      expect(read(sectionUrl(lang, "compare"))).not.toContain('value="zonnebloem"');
      expect(existsSync(pageFile(output, checklistUrl(lang, "zonnebloem")))).toBe(false);
      // The complete contracts are still there.
      expect(read(sectionUrl(lang, "keyTerms"))).toContain("AxiOps");
    }
    expect(read(contractUrl("nl", "zonnebloem"))).not.toContain(checklistUrl("nl", "zonnebloem"));
  });

  it("is marked a draft in the exports, with the suggested types of its unconfirmed clauses", () => {
    const exported = LibraryExport.parse(JSON.parse(readFileSync(path.join(output, "api/library.json"), "utf8")));
    expect(exported.contracts.find((contract) => contract.slug === "zonnebloem")?.status).toBe("draft");
    expect(exported.contracts.find((contract) => contract.slug === "axiops")?.status).toBe("complete");
    const own = ContractExport.parse(JSON.parse(readFileSync(path.join(output, "api/contracts/zonnebloem.json"), "utf8")));
    expect(own.status).toBe("draft");
    const breach = own.clauses.find((clause) => clause.number === "4.1")!;
    expect(breach.types).toEqual([]);
    expect(exported.contracts.find((contract) => contract.slug === "zonnebloem")!.clauses.find((clause) => clause.id === breach.id)!.types).toEqual([]);
    expect(breach.suggestedTypes?.[0]).toMatchObject({ type: "breach-notification", score: expect.any(Number) });
    const csv = readFileSync(path.join(output, "api/key-terms.csv"), "utf8").split("\n");
    expect(csv[0]!.split(",").at(-1)).toBe("status");
    expect(csv.find((row) => row.startsWith("zonnebloem,"))).toMatch(/^zonnebloem,Zonnebloem Hosting B\.V\.,dpa,NL,.*,draft$/);
    expect(csv.find((row) => row.startsWith("axiops,"))).toMatch(/,complete$/);
  });

  it("is found by search, down to its clause", async () => {
    const page = await site.open("/");
    await page.locator("#search-input").fill("Midden-Nederland");
    const hit = page.locator(".search-card").filter({ has: page.locator(".search-title a[href*='/contracten/zonnebloem/']") }).first();
    await hit.waitFor();
    // The clause has no summary yet: its card shows the wording that matched.
    await expect(hit.locator(".search-excerpt").textContent()).resolves.toMatch(/Rechtbank Midden-Nederland/);
    await hit.locator(".search-title a").click();
    await page.waitForURL(/\/contracten\/zonnebloem\//);
    await expect(page.locator(".draft-notice").textContent()).resolves.toContain("Concept — nog niet volledig geannoteerd");
    await page.close();
  });
});
