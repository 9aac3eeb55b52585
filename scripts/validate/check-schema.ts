// Parses YAML data with a schema and reports each issue at the line of the field concerned.
import type { z } from "zod";
import type { YamlSource } from "../load/yaml-source.ts";
import { reportedAs } from "../model/schema.ts";
import { didYouMean } from "./did-you-mean.ts";
import type { Problems } from "./problems.ts";
import type { RuleId } from "./rules.ts";

const SUMMARY_LANGUAGE = { nl: "Dutch summary (summary.nl, Kort gezegd)", en: "English summary (summary.en, In short)" } as const;

export function checkSchema<S extends z.ZodType>(
  schema: S,
  yaml: YamlSource,
  file: string,
  problems: Problems,
  what: string,
): z.infer<S> | undefined {
  // Nothing, a single value or a list where fields belong: one problem, not one per missing field.
  if (yaml.data === null || yaml.data === undefined || typeof yaml.data !== "object" || Array.isArray(yaml.data)) {
    const empty = yaml.data === null || yaml.data === undefined;
    const required = requiredKeys(schema);
    problems.add("field", file, yaml.lineOf([]), empty ? `${what} has no fields` : `${what} is not a set of fields`, `write its fields as \`name: value\` lines (AUTHORING.md lists them)${required.length ? `; required: ${required.join(", ")}` : ""}`);
    return undefined;
  }
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return result.data;
  // A misspelt field shows up twice, as unknown and as missing; report it once, as a typo.
  const typos = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const known = knownKeys(schema, issue.path, yaml.data);
    for (const key of issue.keys) {
      const guess = didYouMean(key, known);
      if (guess) typos.add([...issue.path, guess].join("."));
      problems.add(
        ruleAt(schema, issue.path, yaml.data),
        file,
        yaml.lineOf([...issue.path, key]),
        `${what} has an unknown field "${[...issue.path, key].join(".")}"`,
        guess ? `did you mean "${guess}"?` : `remove it; the allowed fields are ${known.join(", ")}`,
      );
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") continue;
    const path = issue.path;
    const field = path.map(String).join(".");
    if (typos.has(field)) continue;
    const line = yaml.lineOf(path);
    const missing = valueAt(yaml.data, path) === undefined;
    if (missing && path.length === 2 && path[0] === "summary" && (path[1] === "nl" || path[1] === "en")) {
      problems.add("missing-summary", file, line, `${what} has no ${SUMMARY_LANGUAGE[path[1]]}`);
    } else if (missing && path[0] === "summary" && path.length === 1) {
      problems.add("missing-summary", file, line, `${what} has no summary`, "add `summary:` with `nl:` (Kort gezegd) and `en:` (In short)");
    } else if (missing) {
      problems.add(ruleAt(schema, path, yaml.data), file, line, `${what} is missing the required field "${field}"`, `add "${field}"${describe(schema, path, yaml.data)}`);
    } else {
      const given = typeof issue.input === "object" || issue.input === undefined ? "" : ` is ${JSON.stringify(issue.input)},`;
      const reason = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
      problems.add(ruleAt(schema, path, yaml.data), file, line, `${what}: "${field}"${given} ${reason}`, `correct "${field}"${describe(schema, path, yaml.data)}`);
    }
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * The schema of the field at a data path, as declared (optional/nullable wrappers kept). In a
 * discriminated union (an exercise's `kind`) it follows the option the data's discriminator
 * names, so that a field is described as that kind has it.
 */
function fieldSchema(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  let value = data;
  for (const key of path) {
    if (!node) return undefined;
    node = chosenOption(unwrap(node), value);
    const def = unwrap(node).def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType };
    value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    if (def.type === "object" && typeof key === "string") node = def.shape?.[key];
    else if (def.type === "array") node = def.element;
    else if (def.type === "record") node = def.valueType;
    else return undefined;
  }
  return node;
}

/** The option of a discriminated union that `value`'s discriminator names (the first if none); any other schema itself. */
function chosenOption(schema: z.ZodType, value: unknown): z.ZodType {
  const def = schema.def as { type: string; discriminator?: string; options?: z.ZodType[] };
  if (def.type !== "union" || !def.discriminator || !def.options?.length) return schema;
  const given = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[def.discriminator] : undefined;
  const literal = (option: z.ZodType) => ((option.def as { shape?: Record<string, z.ZodType> }).shape?.[def.discriminator!]?.def as { values?: unknown[] } | undefined)?.values;
  return def.options.find((option) => literal(option)?.includes(given)) ?? def.options[0]!;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (let def = node.def as { type: string; innerType?: z.ZodType }; def.innerType && ["optional", "nullable", "default"].includes(def.type); def = node.def as typeof def) {
    node = def.innerType;
  }
  return node;
}

/** The rule of the field at `path` or its nearest parent that names one (schema.ts, reportedAs); otherwise `field`. */
function ruleAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): RuleId {
  for (let length = path.length; length > 0; length--) {
    const node = fieldSchema(schema, path.slice(0, length), data);
    const rule = node && (reportedAs.get(node) ?? reportedAs.get(unwrap(node)))?.rule;
    if (rule) return rule;
  }
  return "field";
}

function describe(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string {
  const node = fieldSchema(schema, path, data);
  const description = node && (node.description ?? unwrap(node).description);
  return description ? `: ${description.charAt(0).toLowerCase()}${description.slice(1)}` : "";
}

function requiredKeys(schema: z.ZodType): string[] {
  const def = unwrap(schema).def as { shape?: Record<string, z.ZodType> };
  return Object.entries(def.shape ?? {})
    .filter(([, field]) => (field.def as { type: string }).type !== "optional")
    .map(([key]) => key);
}

function knownKeys(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  const node = fieldSchema(schema, path, data);
  const def = node && (chosenOption(unwrap(node), valueAt(data, path)).def as { type: string; shape?: Record<string, unknown> });
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
