// YAML read for its data by js-yaml and located by `yaml`, so that a problem found in the
// data can name its line.
// `yaml` builds a document of positioned nodes before the data; js-yaml (the parser behind
// Eleventy's front matter) goes straight to the data, about six times faster on our
// annotations, which at 1,000 contracts were half of validation. Nearly every text is valid
// and asks for a line rarely or never, so the positioned document is built only when a line
// is asked for, and for a text js-yaml rejects, to report `yaml`'s errors and lines.
import jsYaml from "js-yaml";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

export type Path = readonly PropertyKey[];

export interface YamlError {
  line: number;
  message: string;
}

export interface YamlSource {
  data: unknown;
  errors: YamlError[];
  /** Line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: Path): number;
}

/** YAML 1.2's core schema, which is also `yaml`'s default; js-yaml's default adds YAML 1.1 types such as dates. */
const READ_OPTIONS = { schema: jsYaml.CORE_SCHEMA } as const;
const LOCATE_OPTIONS = { uniqueKeys: true, prettyErrors: false } as const;

export function parseYaml(text: string, firstLine: number): YamlSource {
  try {
    // js-yaml rejects duplicate keys as `yaml` does with uniqueKeys.
    return new LocatedYaml(jsYaml.load(text, READ_OPTIONS), [], text, firstLine);
  } catch (error) {
    if (!(error instanceof jsYaml.YAMLException)) throw error;
    return rejected(text, firstLine, error);
  }
}

/**
 * `yaml`'s errors read better ("Map keys must be unique", with the line of the key). The
 * parser's LineCounter is used because in a text with syntax errors it can disagree with the
 * text's own newlines (inside a broken token). Should `yaml` find no error, the two parsers
 * disagree and js-yaml's verdict, which decides what is valid, is reported.
 */
function rejected(text: string, firstLine: number, error: jsYaml.YAMLException): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...LOCATE_OPTIONS, lineCounter: lines });
  const errors = doc.errors.length
    ? doc.errors.map((found) => ({ line: firstLine + lines.linePos(found.pos[0]).line - 1, message: found.message.split("\n")[0] ?? found.message }))
    : [{ line: firstLine + error.mark.line, message: error.reason }];
  return new LocatedYaml(undefined, errors, text, firstLine, doc, lines);
}

/** A class rather than closures: one is made for each of tens of thousands of annotations. */
class LocatedYaml implements YamlSource {
  constructor(
    readonly data: unknown,
    readonly errors: YamlError[],
    private readonly text: string,
    private readonly firstLine: number,
    private doc?: Document.Parsed,
    private lines?: LineCounter,
  ) {}

  lineOf(path: Path): number {
    this.doc ??= parseDocument(this.text, LOCATE_OPTIONS);
    let node: unknown = this.doc.contents;
    let line = this.line((this.doc.contents as Node | null)?.range?.[0]);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        line = this.line((pair.key as Node).range?.[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number" && node.items[key]) {
        node = node.items[key];
        line = this.line((node as Node).range?.[0]);
      } else break;
    }
    return line;
  }

  private line(offset: number | undefined): number {
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
