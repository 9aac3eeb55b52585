// YAML parsed with positions, so that a problem found in the data can name its line.
// Nearly every text is valid and asks for a line rarely or never, so a valid text is parsed
// without a LineCounter (which the parser would feed at every newline); the lines are
// counted from the text when first asked for.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

export type Path = readonly PropertyKey[];

export interface YamlSource {
  data: unknown;
  errors: { line: number; message: string }[];
  /** Line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: Path): number;
}

const OPTIONS = { uniqueKeys: true, prettyErrors: false } as const;

export function parseYaml(text: string, firstLine: number): YamlSource {
  const doc = parseDocument(text, OPTIONS);
  if (!doc.errors.length) return new ParsedYaml(doc, firstLine, text);
  // In a text with syntax errors the parser's LineCounter can disagree with the text's own
  // newlines (inside a broken token), and the lines reported are the parser's: parse it
  // again with one. In a valid text the two agree.
  const lines = new LineCounter();
  return new ParsedYaml(parseDocument(text, { ...OPTIONS, lineCounter: lines }), firstLine, text, lines);
}

/** A class rather than closures: one is made for each of tens of thousands of annotations. */
class ParsedYaml implements YamlSource {
  readonly data: unknown;
  readonly errors: { line: number; message: string }[];

  constructor(
    private readonly doc: Document.Parsed,
    private readonly firstLine: number,
    private readonly text: string,
    private lines?: LineCounter,
  ) {
    this.errors = doc.errors.map((error) => ({
      line: this.toLine(error.pos[0]),
      message: error.message.split("\n")[0] ?? error.message,
    }));
    this.data = this.errors.length ? undefined : doc.toJS();
  }

  lineOf(path: Path): number {
    let node: unknown = this.doc.contents;
    let line = this.toLine((this.doc.contents as Node | null)?.range?.[0]);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        line = this.toLine((pair.key as Node).range?.[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number" && node.items[key]) {
        node = node.items[key];
        line = this.toLine((node as Node).range?.[0]);
      } else break;
    }
    return line;
  }

  private toLine(offset: number | undefined): number {
    if (offset === undefined) return this.firstLine;
    this.lines ??= countLines(this.text);
    return this.firstLine + this.lines.linePos(offset).line - 1;
  }
}

/** A LineCounter filled from the text's newlines, as the parser fills it for a valid text. */
function countLines(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines.addNewLine(at + 1);
  return lines;
}
