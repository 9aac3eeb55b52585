// Which words of a real contract can be substituted without breaking validation. A word is
// unsafe where the source and the contract split it differently: line-end hyphenation in
// the source ("verwer-\nker"), a quote that starts inside a word, a word glued to a digit.
// We substitute every candidate, check each wording the way the validator does, drop the
// words of any wording that no longer matches, and repeat until all match. Computed once
// per real contract; the generated contracts substitute subsets of the safe words.
import { parseContract, type ParsedContract } from "../scripts/load/parse-contract.ts";
import { Problems } from "../scripts/validate/problems.ts";
import { compareWithSource } from "../scripts/validate/validate-library.ts";
import { skeleton } from "../scripts/validate/verbatim.ts";
import { deriveContract } from "./derive-contract.ts";
import { seeded } from "./prng.ts";
import { wordPool } from "./pseudo-words.ts";
import { distinctWords, substitute, type Substitution } from "./substitute.ts";

export interface BaseContract {
  slug: string;
  raw: string;
  source: string;
  sourceName: string;
  /** Exact spellings of the vendor's name in the text, replaced by the generated vendor. */
  brandTokens: string[];
}

const MAX_ROUNDS = 12;
/** Words the validator itself recognises in a source (page footers "Pagina 3 van 12"): never replaced. */
const PROTECTED = ["pagina", "page"];

export function safeWords(base: BaseContract): string[] {
  const candidates = new Set(distinctWords(base.source));
  for (const word of PROTECTED) candidates.delete(word);
  const original = parseContract(`contracts/${base.slug}.md`, base.raw, new Problems());
  const pool = wordPool(seeded(1), candidates.size + base.brandTokens.length);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const words = new Map([...candidates].map((word, index) => [word, pool[index]!]));
    const exact = new Map(base.brandTokens.map((token, index) => [token, pool[pool.length - 1 - index]!]));
    const failing = failingWordings(base, { words, exact }, original);
    if (!failing.length) return [...candidates];
    for (const text of failing) {
      for (const word of distinctWords(text, 1)) {
        // Also drop candidates that are a part of, or contain, a failing word: hyphenation
        // splits a word into pieces that are words themselves.
        for (const candidate of candidates) {
          if (word.includes(candidate) || (word.length >= 4 && candidate.includes(word))) candidates.delete(candidate);
        }
      }
    }
  }
  throw new Error(`bench: could not find safe substitution words for ${base.slug}`);
}

/** Original texts of the wordings (and key-term quotes) that fail after substitution. */
function failingWordings(base: BaseContract, substitution: Substitution, original: ParsedContract): string[] {
  const raw = deriveContract(base.raw, { slug: base.slug, vendor: "Vendor", source: base.sourceName }, substitution, seeded(1));
  const derived = parseContract(`contracts/${base.slug}.md`, raw, new Problems());
  // A problem is reported at the wording concerned, or at the one next to words of the source it no longer covers.
  const lines = new Set(compareWithSource(derived, substitute(base.source, substitution)).map((finding) => finding.line));
  const failing: string[] = [];
  derived.wordings.forEach((wording, index) => {
    if (lines.has(wording.line)) failing.push(original.wordings[index]!.text);
  });
  const terms = derived.frontMatter?.terms;
  for (const name of terms ? (Object.keys(terms) as (keyof typeof terms & string)[]) : []) {
    const term = terms![name];
    if (!term) continue;
    const clause = term.clause && derived.clauses.find((candidate) => candidate.id === term.clause);
    if (clause && term.wording && !skeleton(clause.text + (clause.heading ?? "")).includes(skeleton(term.wording))) {
      const originalTerm = original.frontMatter!.terms[name]!;
      const originalClause = original.clauses.find((candidate) => candidate.id === term.clause)!;
      failing.push(originalTerm.wording!, originalClause.text);
    }
  }
  return failing;
}
