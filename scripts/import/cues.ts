// The words the import reads a contract by (import-cues.yaml): data a privacy officer may
// edit, checked against this schema when it is read.
import { readFileSync } from "node:fs";
import jsYaml from "js-yaml";
import { z } from "zod";
import { KEY_TERM_NAMES, type KeyTermName } from "../model/key-terms.ts";

export const READINGS = ["deadline", "duration", "clockStart", "yes", "mention", "frequency", "payer", "law", "court"] as const;

const Cues = z.strictObject({
  terms: z.strictObject(
    Object.fromEntries(KEY_TERM_NAMES.map((name) => [name, z.strictObject({ all: z.array(z.string()).min(1), any: z.array(z.string()).optional(), reads: z.enum(READINGS) })])) as Record<
      KeyTermName,
      z.ZodObject<{ all: z.ZodArray<z.ZodString>; any: z.ZodOptional<z.ZodArray<z.ZodString>>; reads: z.ZodEnum<{ [K in (typeof READINGS)[number]]: K }> }>
    >,
  ),
  laws: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)),
  parties: z.strictObject({ controller: z.array(z.string()), processor: z.array(z.string()) }),
  numbers: z.record(z.string(), z.number().int().positive()),
  notDataProtection: z.strictObject({ type: z.string(), words: z.array(z.string()).min(1) }),
});
export type Cues = z.infer<typeof Cues>;

export const CUES_FILE = new URL("./import-cues.yaml", import.meta.url);

/** The cue words; a malformed file is a mistake in the project, not in a contract, so it throws. */
export function loadCues(): Cues {
  return Cues.parse(jsYaml.load(readFileSync(CUES_FILE, "utf8")));
}

export type Reading = (typeof READINGS)[number];
