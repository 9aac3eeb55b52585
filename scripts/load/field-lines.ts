// Where the fields of a clause type's or lesson's front matter are, for the problems that
// checks across files (scripts/validate/validate-lessons.ts) find after parsing.
import type { Path, YamlSource } from "./yaml-source.ts";

const yamlOf = new WeakMap<object, YamlSource>();

export function rememberLines(model: object, yaml: YamlSource): void {
  yamlOf.set(model, yaml);
}

/** The line of the field at `path` in the front matter `model` was parsed from (line 1 if unknown). */
export function fieldLine(model: object, path: Path): number {
  return yamlOf.get(model)?.lineOf(path) ?? 1;
}
