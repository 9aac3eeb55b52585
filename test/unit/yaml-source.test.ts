import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { splitFrontMatter } from "../../scripts/load/front-matter.ts";
import { CLAUSE_TYPES_DIR, CONTRACTS_DIR } from "../../scripts/load/folders.ts";
import { parseYaml } from "../../scripts/load/yaml-source.ts";

describe("YAML of annotations and front matter", () => {
  it("reads YAML 1.2's core schema: dates and yes/no stay text", () => {
    const yaml = parseYaml('date: 2024-01-01\nagreed: yes\nhours: 48\nversion: "2025"\nunset: ~\n', 1);
    expect(yaml.errors).toEqual([]);
    expect(yaml.data).toEqual({ date: "2024-01-01", agreed: "yes", hours: 48, version: "2025", unset: null });
  });

  it("gives the line of a nested field, counted from the text's first line in the file", () => {
    const yaml = parseYaml("slug: mini\nterms:\n  breachNotification:\n    hours: 48\n", 10);
    expect(yaml.lineOf(["terms", "breachNotification", "hours"])).toBe(13);
    // A path that is not there: the line of its nearest existing parent.
    expect(yaml.lineOf(["terms", "audit", "cost"])).toBe(11);
  });

  it("reports a duplicate field at the line of the second one", () => {
    const yaml = parseYaml("number: '6.1'\ntypes: [audit]\nnumber: '6.2'\n", 20);
    expect(yaml.data).toBeUndefined();
    expect(yaml.errors).toEqual([{ line: 22, message: "Map keys must be unique" }]);
  });

  it("reports a syntax error at its line", () => {
    const yaml = parseYaml("number: '6.1'\nsummary:\n  nl: Binnen 48 uur: melden\n", 5);
    expect(yaml.errors).toHaveLength(1);
    expect(yaml.errors[0]!.line).toBe(7);
  });

  it("reports what only one parser rejects (an unknown tag, an alias with no anchor) instead of reading or throwing", () => {
    expect(parseYaml("number: '6.1'\ntypes: !audit x\n", 1).errors).toEqual([{ line: 2, message: "unknown tag !<!audit>" }]);
    expect(parseYaml("number: '6.1'\ntypes: *audit\n", 1).errors).toEqual([{ line: 2, message: 'unidentified alias "audit"' }]);
  });

  it("reads every annotation, front matter and clause type of the library as `yaml` does", () => {
    const texts: string[] = [];
    for (const dir of [CONTRACTS_DIR, CLAUSE_TYPES_DIR]) {
      for (const name of readdirSync(dir).filter((file) => file.endsWith(".md"))) {
        const raw = readFileSync(`${dir}/${name}`, "utf8");
        texts.push(splitFrontMatter(raw)!.yaml);
        for (const match of raw.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) texts.push(match[1]!);
      }
    }
    expect(texts.length).toBeGreaterThan(400);
    for (const text of texts) expect(parseYaml(text, 1).data).toEqual(parseDocument(text).toJS());
  });
});
