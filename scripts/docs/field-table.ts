// Field lists for the authoring guide, read off the schemas so they cannot drift.
import type { z } from "zod";

export interface FieldRow {
  field: string;
  required: boolean;
  description: string;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const def = (schema: z.ZodType) => schema.def as unknown as Def;

function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (def(inner).innerType && ["optional", "nullable", "default"].includes(def(inner).type)) {
    // A field with a default may be left out.
    if (def(inner).type !== "nullable") optional = true;
    inner = def(inner).innerType!;
  }
  return { inner, optional };
}

/** One row per field; `stopAt` names objects listed as one row (their fields documented elsewhere). */
export function fieldRows(schema: z.ZodType, stopAt: ReadonlySet<string> = new Set(), prefix = ""): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [key, child] of Object.entries(def(unwrap(schema).inner).shape ?? {})) {
    const field = `${prefix}${key}`;
    const { inner, optional } = unwrap(child);
    const description = child.description ?? inner.description ?? "";
    rows.push({ field, required: !optional, description });
    if (stopAt.has(field)) continue;
    if (def(inner).type === "object") rows.push(...fieldRows(inner, stopAt, `${field}.`));
    if (def(inner).type === "array" && def(unwrap(def(inner).element!).inner).type === "object") {
      rows.push(...fieldRows(def(inner).element!, stopAt, `${field}[].`));
    }
  }
  return rows;
}

export function markdownTable(rows: readonly FieldRow[]): string {
  const lines = ["| field | required | meaning |", "|---|---|---|"];
  for (const row of rows) lines.push(`| \`${row.field}\` | ${row.required ? "yes" : "no"} | ${row.description.replace(/\|/g, "\\|")} |`);
  return lines.join("\n");
}
