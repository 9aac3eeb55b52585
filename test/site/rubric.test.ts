// The rubric as the built site shows it: the clause type pages list their criteria from the
// rubric and a grid of vendors × criteria; a contract with findings shows them under each
// clause and lists what it does not meet, in the page, its JSON and its CSV.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../scripts/load/load-library.ts";
import { criteriaByRef } from "../../scripts/model/criteria.ts";
import { contractJson } from "../../scripts/build/export.ts";
import { FINDING_RESULTS, LANGS, RATINGS } from "../../scripts/model/vocabulary.ts";
import { negotiationPoints } from "../../scripts/site/findings.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { clauseTypeUrl, clauseUrl, contractUrl, learningPathUrl } from "../../scripts/site/urls.ts";
import { ROOT, TEST_SITE } from "../support/build.ts";
import { pageFile, textOf } from "../support/html.ts";

const read = (url: string) => readFileSync(pageFile(TEST_SITE, url), "utf8");
const { library } = loadLibrary(ROOT);
const criteria = criteriaByRef(library.clauseTypes);
// Laid out as the site lays it out, so that each clause knows the part of the contract it is on.
const model = buildSiteModel(library);
const aiono = model.contractBySlug.aiono!;
const breach = library.clauseTypes.find((type) => type.id === "breach-notification")!;

describe("a clause type page", () => {
  it.each(LANGS)("lists what to look for from the rubric, each criterion with its yardstick (%s)", (lang) => {
    for (const type of library.clauseTypes) {
      const html = read(clauseTypeUrl(lang, type.id));
      const items = [...html.matchAll(/<li class="criterion" id="criterium-([\w-]+)">([\s\S]*?)<\/li>/g)];
      expect(items.map(([, id]) => id), type.id).toEqual(type.criteria.map((criterion) => criterion.id));
      items.forEach(([, , item], index) => {
        const criterion = type.criteria[index]!;
        const text = textOf(item!);
        expect(text).toContain(criterion.question[lang]);
        for (const result of ["met", "partly", "not-met"] as const) expect(text).toContain(criterion[result][lang]);
      });
    }
  });

  it("is not also written by hand in the clause type's file", () => {
    for (const file of readdirSync(path.join(ROOT, "clauses"))) {
      expect(readFileSync(path.join(ROOT, "clauses", file), "utf8"), file).not.toMatch(/### (Waar let u op|What to look for)/);
    }
  });

  it("shows a grid of vendors × criteria: each finding's result in words, its reason and its clause", () => {
    const html = read(clauseTypeUrl("nl", breach.id));
    const grid = html.match(/<table class="criteria-grid">([\s\S]*?)<\/table>/)![1]!;
    const header = [...grid.match(/<thead>([\s\S]*?)<\/thead>/)![1]!.matchAll(/<th scope="col">([\s\S]*?)<\/th>/g)].map(([, cell]) => textOf(cell!));
    expect(header).toEqual(["Leverancier", ...breach.criteria.map((criterion) => criterion.name.nl)]);
    const rows = [...grid.matchAll(/<tr>\s*<th scope="row">([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)].map(([, vendor, cells]) => ({
      vendor: textOf(vendor!),
      cells: [...cells!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => cell!),
    }));
    expect(rows.map((row) => row.vendor)).toEqual(library.contracts.map((contract) => contract.vendor));
    const row = rows.find((candidate) => candidate.vendor === aiono.vendor)!;
    expect(row.cells).toHaveLength(breach.criteria.length);
    // On the type's own page a clause headed by the type's name is linked by its number alone.
    const typeName = (clause: (typeof aiono.clauses)[number]) => library.clauseTypes.find((type) => type.id === clause.types[0])!.name.nl;
    const linkText = (clause: (typeof aiono.clauses)[number]) => ((clause.heading ?? typeName(clause)) === breach.name.nl ? clause.number! : `${clause.number} ${clause.heading ?? typeName(clause)}`);
    let byNumber = 0;
    breach.criteria.forEach((criterion, index) => {
      const found = aiono.clauses.flatMap((clause) => (clause.assessment?.findings ?? []).filter((finding) => finding.criterion === `${breach.id}/${criterion.id}`).map((finding) => ({ clause, finding })));
      const cell = row.cells[index]!;
      if (!found.length) expect(textOf(cell).trim()).toBe("geen bevinding");
      for (const { clause, finding } of found) {
        expect(textOf(cell)).toContain(`${FINDING_RESULTS[finding.result].nl} ${linkText(clause)}: ${finding.nl}`);
        expect(cell).toContain(`<a href="${clauseUrl("nl", clause)}">${linkText(clause)}</a>`);
        if (linkText(clause) === clause.number) byNumber++;
      }
    });
    expect(byNumber).toBeGreaterThan(0);
    // Every contract is assessed against the criteria: a cell per criterion in every row.
    for (const row of rows) expect(row.cells, row.vendor).toHaveLength(breach.criteria.length);
  });
});

describe("a clause type page's vendor columns", () => {
  it.each(LANGS)("show each vendor's clauses of the type: a link to the clause, its rating, summary and reason, in order (%s)", (lang) => {
    let clauses = 0;
    for (const entry of model.clauseTypePages.filter((candidate) => candidate.lang === lang && candidate.type.id === breach.id)) {
      const html = read(clauseTypeUrl(lang, breach.id, entry.page));
      for (const { contract, clauses: shown } of entry.items) {
        const column = html.match(new RegExp(`<section class="vendor-column[^"]*" aria-labelledby="${breach.id}-${contract.slug}">([\\s\\S]*?)</section>`))![1]!;
        let from = 0;
        for (const clause of shown) {
          const link = column.indexOf(`<a href="${clauseUrl(lang, clause)}">`, from);
          expect(link, `${contract.slug} ${clause.id}`).toBeGreaterThan(from - 1);
          const text = textOf(column.slice(column.indexOf("</a>", link)).replace(/<\/p>/g, " "));
          const expected = [clause.assessment && RATINGS[clause.assessment.rating][lang], clause.summary?.[lang], clause.assessment?.[lang]].filter(Boolean).join(" ");
          expect(text.startsWith(expected), `${contract.slug} ${clause.id}: ${text.slice(0, 200)}`).toBe(true);
          from = link + 1;
          clauses++;
        }
      }
    }
    expect(clauses).toBeGreaterThan(3);
  });
});

describe("a contract with findings", () => {
  const points = negotiationPoints(aiono.clauses, criteria);

  it("shows each clause's findings under its assessment, linked to the criterion", () => {
    const clause = aiono.clauses.find((candidate) => candidate.id === "art-7-2")!;
    const html = read(contractUrl("en", "aiono", clause.part));
    const section = html.split('<section class="clause').find((part) => part.includes(`aria-labelledby="${clause.id}"`))!;
    const list = section.match(/<ul class="findings">([\s\S]*?)<\/ul>/)![1]!;
    expect(textOf(list)).toContain(`Contents of the notice: partly met — ${clause.assessment!.findings![0]!.en}`);
    expect(list).toContain(`href="${clauseTypeUrl("en", "breach-notification")}#criterium-contents"`);
  });

  it("lists the criteria it does not meet as its negotiation points, weightiest first", () => {
    expect(points.length).toBeGreaterThan(10);
    expect(points.every(({ finding }) => finding.result !== "met")).toBe(true);
    for (const lang of LANGS) {
      const html = read(contractUrl(lang, "aiono"));
      const list = html.match(/<section class="negotiation"[\s\S]*?<ol>([\s\S]*?)<\/ol>/)![1]!;
      const items = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, item]) => item!);
      expect(items).toHaveLength(points.length);
      items.forEach((item, index) => {
        const { clause, finding } = points[index]!;
        expect(textOf(item)).toContain(finding[lang]);
        expect(item).toContain(`href="${clauseUrl(lang, clause)}"`);
      });
    }
    // The sub-processor clauses that fail Art. 28(2) come first.
    expect(points[0]).toMatchObject({ clause: { id: "art-10-1" }, finding: { criterion: "subprocessors/authorisation", result: "not-met" } });
  });

  it("exports the negotiation points in its JSON and as CSV", () => {
    const json = JSON.parse(read("/api/contracts/aiono.json"));
    expect(json.negotiationPoints.map((point: { clause: string; criterion: string; result: string }) => `${point.clause} ${point.criterion} ${point.result}`)).toEqual(
      points.map(({ clause, finding }) => `${clause.id} ${finding.criterion} ${finding.result}`),
    );
    const [header, ...rows] = read("/api/negotiation-points/aiono.csv").trim().split("\n");
    expect(header).toBe("slug,vendor,clause,clauseUrl,criterion,criterionNl,criterionEn,central,result,reasonNl,reasonEn");
    expect(rows).toHaveLength(points.length);
    expect(rows[0]).toMatch(/^aiono,Aiono \(Bepromptly B\.V\.\),art-10-1,\/contracten\/aiono\/(\d+\/)?#art-10-1,subprocessors\/authorisation,Toestemming vooraf,Prior authorisation,true,not-met,/);
    expect(read(contractUrl("nl", "aiono"))).toContain('href="/api/negotiation-points/aiono.csv"');
  });

});

describe("a draft with findings", () => {
  it("stays out of the criteria grids, the checklists and the negotiation lists until it is complete", () => {
    const contracts = library.contracts.map((contract) => (contract.slug === "aiono" ? { ...contract, status: "draft" as const } : contract));
    const model = buildSiteModel({ ...library, contracts });
    expect(model.contractBySlug.aiono!.clauses.some((clause) => clause.assessment?.findings)).toBe(true);
    const columns = model.clauseTypePages.filter((page) => page.type.id === breach.id).flatMap((page) => page.items.map((column) => column.contract.slug));
    expect(columns).toContain("axiops");
    expect(columns).not.toContain("aiono");
    expect(model.checklistPages.map((page) => page.contract.slug)).not.toContain("aiono");
    expect(Object.keys(model.negotiation)).not.toContain("aiono");
    expect(model.negotiationExports.map((entry) => entry.slug)).not.toContain("aiono");
    expect(JSON.parse(contractJson(model.contractBySlug.aiono!, model.criteria))).not.toHaveProperty("negotiationPoints");
    // Its own pages and JSON are still there.
    expect(model.contractPages.some((page) => page.contract.slug === "aiono")).toBe(true);
  });
});

describe("the learning path", () => {
  it("shows a criterion's question where a module's point to look for names it, linked to its yardstick", () => {
    const module = library.lessons.find((lesson) => lesson.id === "data-breaches")!;
    const html = read(learningPathUrl("en", module.id));
    const list = html.match(/aria-labelledby="waar-let-u-op">([\s\S]*?)<\/section>/)![1]!;
    expect(textOf(list)).toContain(breach.criteria.find((criterion) => criterion.id === "deadline")!.question.en);
    expect(list).toContain(`href="${clauseTypeUrl("en", "breach-notification")}#criterium-deadline"`);
  });
});
