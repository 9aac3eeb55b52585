// Derives one synthetic contract file from a real one: new slug, vendor and source file
// name, every piece of wording passed through the contract's word substitution, key-term
// figures varied. Structure (clause numbers, ids, types, the order of blocks) is kept, so
// the result is as valid as the original. The YAML is edited in place (yaml's Document
// API), so its style stays that of the real files (flow lists, folded `>-` blocks, quoted
// and multi-line scalars): the validator's YAML parsing costs what it costs on real content.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Scalar } from "yaml";
import { splitFrontMatter } from "../scripts/load/front-matter.ts";
import { LANGS, YES_NO } from "../scripts/model/vocabulary.ts";
import type { Random } from "./prng.ts";
import { substitute, type Substitution } from "./substitute.ts";

export interface Identity {
  slug: string;
  vendor: string;
  source: string;
}

type Path = (string | number)[];

const AMOUNTS: Record<string, number[]> = {
  hours: [12, 24, 36, 48, 72],
  days: [1, 2, 3, 5, 7, 14, 30, 60, 90],
  "working-days": [1, 2, 3, 5, 10],
  months: [1, 3, 6, 12, 24],
  years: [1, 2, 3, 5],
};
const COUNTRIES = ["NL", "NL", "NL", "BE", "BE", "DE", "LU"];
/** Close to the folding of the real files. */
const LINE_WIDTH = 110;

/** Front-matter fields that hold wording or prose: substituted. */
const FRONT_MATTER_TEXT = [
  /^title$/,
  /^parties\.\d+\.(name|label|details)$/,
  /^parties\.\d+\.roleNote\.(nl|en)$/,
  /^description\.(nl|en)$/,
  /^remarks\.\d+\.(nl|en)$/,
  /^terms\.\w+\.wording$/,
  /^terms\.\w+\.note\.(nl|en)$/,
  /^terms\.courtVenue\.value$/,
  /^omitted\.\d+\.(text|readAs|reason)$/,
];
/** Annotation fields that hold wording or prose: substituted (ids, numbers, types, ratings and findings' criteria and results are not). */
const ANNOTATION_TEXT = [/^heading$/, /^(summary|assessment|note)\.(nl|en)$/, /^assessment\.findings\.\d+\.(nl|en)$/];

export function deriveContract(raw: string, identity: Identity, substitution: Substitution, random: Random): string {
  const split = splitFrontMatter(raw);
  if (!split) throw new Error("base contract has no front matter");
  const sub = (text: string) => substitute(text, substitution);
  const frontMatter = parseDocument(split.yaml);
  substituteScalars(frontMatter, FRONT_MATTER_TEXT, sub);
  setIdentity(frontMatter, identity, random);
  return `---\n${frontMatter.toString({ lineWidth: LINE_WIDTH })}---\n${deriveBody(split.body, sub)}`;
}

/** Replaces the words of every string scalar whose dotted path matches one of `paths`. */
function substituteScalars(doc: Document, paths: RegExp[], sub: (text: string) => string): void {
  walk(doc.contents, [], (path, scalar) => {
    const dotted = path.join(".");
    if (typeof scalar.value === "string" && paths.some((pattern) => pattern.test(dotted))) scalar.value = sub(scalar.value);
  });
}

function walk(node: unknown, path: Path, visit: (path: Path, scalar: Scalar) => void): void {
  if (isScalar(node)) visit(path, node);
  else if (isMap(node)) {
    for (const pair of node.items) if (isPair(pair) && isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)], visit);
  } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index], visit));
}

function scalarAt(doc: Document, path: Path): Scalar | undefined {
  const node = doc.getIn(path, true);
  return isScalar(node) ? node : undefined;
}

/**
 * New slug, vendor, source and date; key-term figures vary, as they do between vendors, and
 * each term's answer follows its figure (the validator checks they agree). Answers are not
 * substituted: their words would grow past the one-line limit now and then.
 */
function setIdentity(doc: Document, identity: Identity, random: Random): void {
  scalarAt(doc, ["slug"])!.value = identity.slug;
  scalarAt(doc, ["vendor"])!.value = identity.vendor;
  scalarAt(doc, ["source"])!.value = identity.source;
  const date = scalarAt(doc, ["date"]);
  if (date && typeof date.value === "string") {
    const pad = (n: number) => String(n).padStart(2, "0");
    date.value = `${2016 + random.int(11)}-${pad(1 + random.int(12))}-${pad(1 + random.int(28))}`;
  }
  const terms = doc.get("terms", true);
  if (!isMap(terms)) return;
  for (const pair of terms.items) {
    const name = String((pair.key as Scalar).value);
    const amount = scalarAt(doc, ["terms", name, "value", "amount"]);
    const unit = scalarAt(doc, ["terms", name, "value", "unit"]);
    const value = scalarAt(doc, ["terms", name, "value"]);
    const answers = LANGS.map((lang) => [lang, scalarAt(doc, ["terms", name, "answer", lang])!] as const);
    if (amount && unit) {
      const [from, to] = [String(amount.value), random.pick(AMOUNTS[String(unit.value)] ?? [1])];
      amount.value = to;
      const figure = new RegExp(`(?<![\\d.,])${from}(?![\\d]|[.,]\\d)`, "g");
      for (const [, answer] of answers) answer.value = String(answer.value).replace(figure, String(to));
    } else if (value && typeof value.value === "boolean") {
      const [from, to] = [value.value, random.chance(0.7) ? value.value : !value.value];
      value.value = to;
      for (const [lang, answer] of answers) answer.value = String(answer.value).replace(YES_NO[`${from}`][lang], YES_NO[`${to}`][lang]);
    } else if (value && name === "governingLaw" && typeof value.value === "string") value.value = random.pick(COUNTRIES);
  }
}

/** Body lines: annotation fences are re-written from their YAML, container markers kept, text substituted. */
function deriveBody(body: string, sub: (text: string) => string): string {
  const out: string[] = [];
  const lines = body.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (/^```yaml\s*$/.test(line)) {
      const end = lines.findIndex((candidate, at) => at > index && /^```\s*$/.test(candidate));
      const annotation = parseDocument(lines.slice(index + 1, end).join("\n"));
      substituteScalars(annotation, ANNOTATION_TEXT, sub);
      out.push(line, annotation.toString({ lineWidth: LINE_WIDTH }).trimEnd(), lines[end]!);
      index = end;
    } else if (/^:::/.test(line)) out.push(line);
    else out.push(sub(line));
  }
  return out.join("\n");
}
