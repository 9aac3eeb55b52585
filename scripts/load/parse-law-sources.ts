// Parses lessons/sources.yaml, the legal sources that lessons and clause types cite by id.
import { LawSources } from "../model/schema.ts";
import type { Library } from "../model/types.ts";
import { checkSchema } from "../validate/check-schema.ts";
import type { Problems } from "../validate/problems.ts";
import { parseYaml } from "./yaml-source.ts";

export interface ParsedLawSources {
  /** The sources, when the whole file is valid. */
  sources?: Library["lawSources"];
  /** Every id the file defines, valid or not: an invalid source is reported once, not at every citation. */
  ids: Set<string>;
}

/** `raw` is undefined when the file does not exist: then no source is known. */
export function parseLawSources(file: string, raw: string | undefined, problems: Problems): ParsedLawSources {
  if (raw === undefined) return { sources: {}, ids: new Set() };
  const yaml = parseYaml(raw, 1);
  for (const error of yaml.errors) problems.add("field", file, error.line, `the file is not valid YAML: ${error.message}`, "fix the YAML syntax; quote values containing `: `");
  const data = yaml.data;
  const ids = new Set(data !== null && typeof data === "object" && !Array.isArray(data) ? Object.keys(data) : []);
  return { sources: yaml.errors.length ? undefined : checkSchema(LawSources, yaml, file, problems, "the legal sources"), ids };
}
