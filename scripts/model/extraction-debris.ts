// What the source check lets differ between a source extraction and the contract file: the
// debris that PDF, Word and web extraction leave, and nothing else. Everything else in the
// source (every word, every punctuation mark, every space between words) must be in the
// contract file, in the source's order, or in a span the file marks as omitted. One list,
// read by the tokenizer (scripts/validate/wording-tokens.ts) and printed in AUTHORING.md.

export interface DebrisRule {
  /** What is set aside, for the authoring guide. */
  what: string;
  /** A source example and how the contract file may have it. */
  example: string;
}

/** Lines that are not text but page furniture: dropped from the source whole. */
export const DEBRIS_LINE = /^[ \t]*(?:[Pp]agina \d+ van \d+|[Pp]age \d+ of \d+|\d{1,3})[ \t]*$/gm;
/** A bullet at the start of a source line: a dash, an asterisk or a glyph, or Word's sub-bullet `o` and a tab. */
export const LINE_BULLET = /^[ \t]*(?:[-*●•▪◦](?=\s)|o\t)/gm;
/** Characters dropped wherever they stand, in the source and in the file. */
export const DROPPED_CHARACTERS = /[\u00ad●•▪◦]/g;
/** Bold and emphasis markers left in an extraction: dropped, and the file may put a space where they were. */
export const EMPHASIS_MARKERS = /\*+/g;
/**
 * A lower-case letter or a full stop directly followed by a capital, as where extraction runs
 * two lines or cells together: the file may put a space between them. Letters are those of
 * Latin-1 (a–z, à–ÿ): Unicode classes made the whole source check several times slower.
 * Replace with `$1<mark>$2`.
 */
export const CASE_CHANGE = /([a-zß-öø-ÿ.])([A-ZÀ-ÖØ-Þ])/g;

export const EXTRACTION_DEBRIS: Record<string, DebrisRule> = {
  "whitespace": {
    what: "Any run of spaces, tabs and line breaks counts as one space; where the source has one, the file has one too (and the other way round).",
    example: "`Opdrachtgever   staat\\nervoor in` = `Opdrachtgever staat ervoor in`",
  },
  "page-furniture": {
    what: "A line holding only a page footer (`Pagina 3 van 12`, `Page 3 of 12`) or a bare page number (1 to 3 digits) is left out of the source. Other running headers and footers are marked omitted (`omitted:` in the front matter).",
    example: "`Pagina 11 van 13` on a line of its own: not in the file",
  },
  "bullets": {
    what: "A bullet at the start of a source line (`-`, `*`, `●`, `•`, `▪`, `◦`, Word's `o` and a tab) and bullet glyphs and soft hyphens anywhere are left out; the file writes lists as Markdown lists, or in a table cell each item after a `-`.",
    example: "`▪ Het onderwerp van …` = `- Het onderwerp van …`",
  },
  "emphasis-markers": {
    what: "`**` and `*` left in an extraction are left out, and where they glue two words together the file may put a space.",
    example: "`**U meldt**AAN AP` = `**U meldt** AAN AP`",
  },
  "line-end-hyphen": {
    what: "A hyphen at the end of a source line between two letters may be a line-break hyphen: the file may join the word with or without it.",
    example: "`Amster-\\ndam` = `Amsterdam`; `e-\\nmail` = `e-mail`",
  },
  "run-together": {
    what: "Where a lower-case letter (a–z, à–ÿ) or a full stop is directly followed by a capital, extraction ran two lines or cells together: the file may put a space there. Nowhere else may the file add or drop a space; other run-together words are repaired with `omitted:` and `readAs`.",
    example: "`48 uurMELDING NA` = `48 uur MELDING NA`; `B.V.Naam` = `B.V. Naam`",
  },
  "markup-escapes": {
    what: "A source saved as Markdown or HTML is read as the text it shows: backslash escapes and character references stand for their character.",
    example: "`Artikel 1\\.` = `Artikel 1.`; `Smith &amp; Co` = `Smith & Co`",
  },
  "clause-numbers": {
    what: "A clause's number stands in its annotation (`number:`), not in its text: the number the source prints before the clause's heading or text is compared with `number` instead (its last part is enough: the source's `a` before clause `3.3 a`).",
    example: "`- 6.1 AxiOps informeert …` = `number: \"6.1\"` and the text `AxiOps informeert …`",
  },
};
