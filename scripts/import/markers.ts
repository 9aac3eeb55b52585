// The numbering at the start of a paragraph, in the styles Dutch and Belgian contracts use:
// `Artikel 3`, `Art. 3`, `Bijlage A`, `01 ·`, `1.`, `1.1`, `1.1.1`, `a)`, `a.`, `(a)`, `(i)`,
// `1°`, `(1)`, and bullets. Extraction debris around a marker (a bullet dash or `**` of lost
// bold type: "- 2.1** AxiOps …") is read past.

export type MarkerKind =
  /** `Artikel 3`, `Art. 3`. */
  | "article"
  /** `Bijlage 1`, `Annex A`, `Deel 2`: a part of the document with its own numbering. */
  | "annex"
  /** `01 · PARTIJEN`: a chapter number with a centred dot. */
  | "chapter"
  /** `1.`, `1.1`, `2.1.3.` */
  | "decimal"
  /** `a)`, `a.`, `(a)`, and a bare `a` after a bullet dash. */
  | "letter"
  /** `(i)`, `ii)`, `iv.` */
  | "roman"
  /** `1°` */
  | "degree"
  /** `(1)`, `6)` */
  | "parenthesised"
  /** `●`, `•`, `-`, `–`, `▪` */
  | "bullet";

export interface Marker {
  kind: MarkerKind;
  /** The number as the source prints it, without its punctuation: "3", "A", "2.1", "a", "ii", "1°", "(1)". */
  label: string;
  /** How the number is written: "a)", "a.", "(a)", "1.", "1": kept for telling list styles apart. */
  style: string;
  /** A bullet's glyph. */
  glyph?: string;
  /** The text after the marker. */
  rest: string;
}

const ROMAN = "(?:i{1,3}|iv|vi{0,3}|ix|x)";

const PATTERNS: [MarkerKind, RegExp, (match: RegExpMatchArray) => Pick<Marker, "label" | "style">][] = [
  // "Artikel 3", and in an annex "Artikel A1" or "Artikel 1C".
  ["article", /^(?:artikel|art\.)\s*([A-Z]?\d+[a-z]?)\b\s*[.:–—-]?\s*/i, (m) => ({ label: m[1]!, style: "article" })],
  ["annex", /^(?:bijlage|annex|appendix|deel|addendum)\s+([A-Z]|\d{1,2}|[IVX]{1,4})\b\s*[.:–—·-]?\s*/i, (m) => ({ label: m[1]!.toUpperCase(), style: "annex" })],
  ["chapter", /^(\d{1,2})\s*·\s*/, (m) => ({ label: String(Number(m[1])), style: "chapter" })],
  ["degree", /^(\d{1,2})°\s*/, (m) => ({ label: `${m[1]}°`, style: "°" })],
  ["decimal", /^(\d{1,2}(?:\.\d{1,2})+)\.?(?=\s|\*)\s*/, (m) => ({ label: m[1]!, style: m[0].trim().endsWith(".") ? "n.n." : "n.n" })],
  ["decimal", /^(\d{1,2})\.(?=\s)\s*/, (m) => ({ label: m[1]!, style: "n." })],
  ["parenthesised", /^\((\d{1,2})\)\s*/, (m) => ({ label: `(${m[1]})`, style: "(n)" })],
  ["parenthesised", /^(\d{1,2})\)\s+/, (m) => ({ label: `${m[1]})`, style: "n)" })],
  ["roman", new RegExp(`^\\((${ROMAN})\\)\\s+`), (m) => ({ label: m[1]!, style: "(i)" })],
  ["roman", new RegExp(`^(${ROMAN})[.)]\\s+`), (m) => ({ label: m[1]!, style: "i)" })],
  ["letter", /^\(([a-z])\)\s+/, (m) => ({ label: m[1]!, style: "(a)" })],
  ["letter", /^([a-z])\)\s+/, (m) => ({ label: m[1]!, style: "a)" })],
  ["letter", /^([a-z])\.\s+(?=\S)/, (m) => ({ label: m[1]!, style: "a." })],
];

const BULLET = /^(?:[●•▪◦■–]|-(?=\s))\s*/;
/** Bold markers and stray asterisks of extracted bold type. */
const BOLD_DEBRIS = /\*\*/g;

/** The marker a paragraph starts with, if any. */
export function itemMarker(text: string): Marker | undefined {
  let rest = text.replace(BOLD_DEBRIS, " ").trim();
  let bulleted = false;
  const bullet = rest.match(BULLET);
  if (bullet) {
    rest = rest.slice(bullet[0].length);
    bulleted = true;
    // "- a** Opdrachtgever": a bare letter after a bullet dash is a lettered item.
    const bare = rest.match(/^([a-z])\s+(?=\p{Lu})/u);
    if (bare) return { kind: "letter", label: bare[1]!, style: "a", rest: rest.slice(bare[0].length).trim() };
  }
  for (const [kind, pattern, read] of PATTERNS) {
    const match = rest.match(pattern);
    if (!match) continue;
    // A bulleted "Bijlage 1: …" is an item of a list of annexes, not the annex's heading.
    if (bulleted && (kind === "annex" || kind === "article" || kind === "chapter")) continue;
    const after = rest.slice(match[0].length).trim();
    // "Bijlage 2 bevat …" in running text is not a heading: an annex or article marker must start a title.
    if ((kind === "annex" || kind === "article") && !after) return { kind, ...read(match), rest: "" };
    // After a colon or dash ("Bijlage 1: Persoonsgegevens; doel, wijze en middelen verwerking; bewaartermijnen") the title may list its parts.
    const separated = /[:–—·-]\s*$/.test(match[0]);
    if ((kind === "annex" || kind === "article") && !isTitle(after) && !(separated && isTitle(after.replace(/;\s/g, ", ")))) continue;
    return { kind, ...read(match), rest: after };
  }
  if (bulleted) return { kind: "bullet", label: "", style: "bullet", glyph: bullet![0].trim(), rest: rest.trim() };
  return undefined;
}

/** A line that reads as a title: short, without the punctuation that ends or joins clauses. */
export function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 14 || text.length > 100 || /^\p{Ll}/u.test(text)) return false;
  if (/[,;]$/.test(text) || /;\s/.test(text) || /\s(en|of|and|or)$/.test(text)) return false;
  // A full stop may end a short title ("Beoogd gebruik van Belco."), not a sentence with a definition in it.
  if (/\.$/.test(text)) return words.length <= 8 && !/:\s/.test(text);
  return true;
}
