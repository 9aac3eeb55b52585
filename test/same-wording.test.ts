// One yardstick: clauses whose wording decides a criterion the same way get the same finding
// at every vendor (test/fixtures/same-wording.yaml).
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadLibrary } from "../scripts/load/load-library.ts";
import { FINDING_RESULTS, keysOf } from "../scripts/model/vocabulary.ts";
import { ROOT } from "./support/build.ts";

const Pattern = z.string().transform((source) => new RegExp(source, "iu"));
const Entries = z.array(
  z.strictObject({ criterion: z.string(), wording: Pattern, unless: Pattern.optional(), result: z.enum(keysOf(FINDING_RESULTS)), why: z.string() }),
);
const entries = Entries.parse(yaml.load(readFileSync(path.join(ROOT, "test/fixtures/same-wording.yaml"), "utf8")));
const { library } = loadLibrary(ROOT);
const findings = library.contracts.flatMap((contract) =>
  contract.clauses.flatMap((clause) => (clause.assessment?.findings ?? []).map((finding) => ({ where: `${contract.slug} ${clause.id}`, text: clause.text, finding }))),
);

describe("the same wording, the same finding", () => {
  it.each(entries.map((entry) => [`${entry.criterion} ${entry.wording.source}`, entry] as const))("%s", (_, entry) => {
    const same = findings.filter(({ text, finding }) => finding.criterion === entry.criterion && entry.wording.test(text) && !entry.unless?.test(text));
    expect(same.length, "no finding has this wording any more, so the entry proves nothing").toBeGreaterThan(0);
    expect(same.filter(({ finding }) => finding.result !== entry.result).map(({ where, finding }) => `${where}: ${finding.result}`), entry.why).toEqual([]);
  });
});
