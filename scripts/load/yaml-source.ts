// YAML parsed with positions, so that a problem found in the data can name its line.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export type Path = readonly PropertyKey[];

export interface YamlSource {
  data: unknown;
  errors: { line: number; message: string }[];
  /** Line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: Path): number;
}

export function parseYaml(text: string, firstLine: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toLine = (offset: number | undefined) => firstLine + (offset === undefined ? 0 : lineCounter.linePos(offset).line - 1);

  const errors = doc.errors.map((error) => ({
    line: toLine(error.pos[0]),
    message: error.message.split("\n")[0] ?? error.message,
  }));

  function lineOf(path: Path): number {
    let node: unknown = doc.contents;
    let line = toLine((doc.contents as Node | null)?.range?.[0]);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        line = toLine((pair.key as Node).range?.[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number" && node.items[key]) {
        node = node.items[key];
        line = toLine((node as Node).range?.[0]);
      } else break;
    }
    return line;
  }

  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
