// Consistent word substitution. One substitution is applied to a contract's source text and
// to every piece of its wording (clause texts, headings, notes, key-term quotes), so every
// clause text is still found verbatim in its generated source and the library validates.
//
// Only whole words are replaced (runs of letters not touching another letter or digit), in
// three spellings (lower case, Capitalised, UPPER CASE), so the replacement survives the
// validator's source check, which compares every letter.

/** Whole words: letters (with combining marks) not glued to other letters or digits. */
export const WORD = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}])/gu;

export interface Substitution {
  /** Lower-case word → lower-case replacement. */
  words: Map<string, string>;
  /**
   * Exact spellings of the vendor's name ("AxiOps", "AXIOPS") → the generated vendor's.
   * Replaced anywhere, even inside a longer run of letters: PDF extraction glues names to
   * neighbouring words ("VERWERKERAxiOps"), and a plain replacement is consistent anyway.
   */
  exact: Map<string, string>;
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function replaceWord(token: string, { words }: Pick<Substitution, "words">): string {
  const lower = token.toLowerCase();
  const replacement = words.get(lower);
  if (replacement === undefined) return token;
  if (token === lower) return replacement;
  if (token.length > 1 && token === token.toUpperCase()) return replacement.toUpperCase();
  if (token === capital(lower)) return capital(replacement);
  return token; // mixed case ("iPhone"): left alone, in source and contract alike
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const exactPatterns = new WeakMap<Map<string, string>, RegExp>();

function exactPattern(exact: Map<string, string>): RegExp {
  let pattern = exactPatterns.get(exact);
  if (!pattern) {
    pattern = new RegExp([...exact.keys()].sort((a, b) => b.length - a.length).map(escape).join("|"), "g");
    exactPatterns.set(exact, pattern);
  }
  return pattern;
}

export function substitute(text: string, substitution: Substitution): string {
  let result = text;
  if (substitution.exact.size) result = result.replace(exactPattern(substitution.exact), (name) => substitution.exact.get(name)!);
  if (substitution.words.size) result = result.replace(WORD, (token) => replaceWord(token, substitution));
  return result;
}

/** The distinct lower-case words of a text, at least `minLength` letters long. */
export function distinctWords(text: string, minLength = 4): Set<string> {
  const found = new Set<string>();
  for (const [token] of text.matchAll(WORD)) if (token.length >= minLength) found.add(token.toLowerCase());
  return found;
}
