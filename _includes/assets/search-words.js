// How search reads words, shared by the build (which tags each clause with the synonyms its
// text or clause type calls for) and the browser (which rewrites a query before Pagefind
// searches it), so that both sides match words the same way. The vocabulary is
// clauses/search-terms.yaml: stop words per language, and groups of words that mean the same.
//
// Words are compared lower-cased and without diacritics or hyphens ("Sub-Processor" and
// "subprocessor" are one word). A term matches words that start with it ("subverwerker"
// matches "subverwerkers"), or with it less a final e and then -ing ("delete" matches
// "deleting"), terms of three letters or fewer only whole words; a phrase
// matches its words in order, with stop words in between ignored ("inbreuk in verband met
// persoonsgegevens" is read as "inbreuk verband persoonsgegevens").

const SHORT = 3;

/**
 * The words of a text as typed (`text`, at `index`) and as compared (`key`).
 * @param {string} text
 * @returns {{ text: string, key: string, index: number }[]}
 */
export function words(text) {
  return spans(text).map(([start, end]) => ({ text: text.slice(start, end), key: wordKey(text.slice(start, end)), index: start }));
}

/** @param {string} word */
export function wordKey(word) {
  return fold(word).replace(/^['’]+/, "").replace(/[-'’]/g, "");
}

/**
 * Only the compared forms of a text's words: what the build reads in every clause, faster
 * than `words` (the text is folded once, not word by word).
 * @param {string} text
 */
export function wordKeys(text) {
  const folded = fold(text);
  return spans(folded).map(([start, end, joined]) => (joined ? folded.slice(start, end).replace(/[-'’]/g, "") : folded.slice(start, end)));
}

const LETTER = /[\p{L}\p{N}]/u;

/** @param {string} text @param {number} at */
function isLetter(text, at) {
  const code = text.charCodeAt(at);
  return code < 128 ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) : LETTER.test(text.charAt(at));
}

/**
 * Where the words are: letters and digits, joined by a single ' ’ . , - or / ("99,95",
 * "sub-processor", "ISO/IEC"); `joined` when by ' ’ or -, which the compared form leaves out.
 * On character codes: at 1,000 contracts the build reads 90,000 clauses' annotations.
 * @param {string} text
 * @returns {[number, number, boolean][]}
 */
function spans(text) {
  /** @type {[number, number, boolean][]} */
  const found = [];
  let start = -1;
  let joined = false;
  for (let at = 0; at < text.length; at++) {
    if (isLetter(text, at)) {
      if (start < 0) start = at;
      continue;
    }
    if (start < 0) continue;
    const code = text.charCodeAt(at);
    if ((code === 39 || code === 8217 || code === 45 || code === 46 || code === 44 || code === 47) && at + 1 < text.length && isLetter(text, at + 1)) {
      joined ||= code === 39 || code === 8217 || code === 45;
      continue;
    }
    found.push([start, at, joined]);
    start = -1;
    joined = false;
  }
  if (start >= 0) found.push([start, text.length, joined]);
  return found;
}

/** @param {string} text */
function fold(text) {
  // Decomposing only a text that has other than ASCII letters: most have none.
  return (/[^\u0000-\u007f]/.test(text) ? text.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : text).toLowerCase();
}

/**
 * @typedef {{ nl: string[], en: string[], types?: string[] }} SynonymGroup
 * @typedef {{ stopWords: { nl: string[], en: string[] }, synonyms: SynonymGroup[] }} SearchTerms
 * @typedef {{ start: number, end: number, group: number, lang: "nl" | "en" | "both", tail: string }} Match
 *   `tail`: what the last word has beyond the term ("lijst" of "subverwerkerslijst" for "subverwerker", "s" of "subverwerkers")
 */

/**
 * Finds synonym terms in word sequences.
 * @param {SearchTerms} terms
 */
export function createMatcher(terms) {
  const stop = new Set([...terms.stopWords.nl, ...terms.stopWords.en].map(wordKey));
  /** @type {Map<string, { keys: string[], group: number, lang: "nl" | "en" | "both" }[]>} first key → terms */
  const byFirst = new Map();
  terms.synonyms.forEach((group, index) => {
    const langs = new Map();
    for (const lang of /** @type {const} */ (["nl", "en"])) {
      for (const term of group[lang]) {
        // "flow-down" is also typed "flow down".
        for (const variant of new Set([term, term.replace(/-/g, " ")])) {
          const keys = contentKeys(variant);
          const id = keys.join(" ");
          langs.set(id, langs.has(id) && langs.get(id).lang !== lang ? { keys, lang: "both" } : { keys, lang });
        }
      }
    }
    for (const { keys, lang } of langs.values()) {
      if (!keys.length) continue;
      const first = keys.length > 1 || keys[0].length <= SHORT ? keys[0] : keys[0].slice(0, SHORT + 1);
      const list = byFirst.get(first) ?? [];
      list.push({ keys, group: index, lang });
      byFirst.set(first, list);
    }
  });

  /** @param {string} term */
  function contentKeys(term) {
    return words(term).map((word) => word.key).filter((key) => !stop.has(key));
  }

  const none = /** @type {{ keys: string[], group: number, lang: "nl" | "en" | "both" }[]} */ ([]);

  /** How much of `word` the term `key` stands for, or -1 when it does not match. @param {string} word @param {string} key */
  function matched(word, key) {
    if (key.length <= SHORT) return word === key ? key.length : -1;
    if (word.startsWith(key)) return key.length;
    return key.endsWith("e") && word.startsWith(`${key.slice(0, -1)}ing`) ? key.length - 1 : -1;
  }

  return {
    /** @param {string} key */
    isStopWord: (key) => stop.has(key),
    contentKeys,
    /**
     * The terms found in a sequence of (stop-word-free) keys, longest first, not overlapping.
     * @param {string[]} keys
     * @returns {Match[]}
     */
    find(keys) {
      /** @type {Match[]} */
      const found = [];
      for (let at = 0; at < keys.length; ) {
        const word = keys[at];
        let best = null;
        // Terms that may start here: by the whole word (phrases, short words) or its beginning.
        for (const candidates of [byFirst.get(word), word.length > SHORT ? byFirst.get(word.slice(0, SHORT + 1)) : undefined]) {
          for (const term of candidates ?? none) {
            const n = term.keys.length;
            if (at + n > keys.length) continue;
            let ok = true;
            for (let i = 0; i < n && ok; i++) ok = i < n - 1 ? keys[at + i] === term.keys[i] : matched(keys[at + i], term.keys[i]) >= 0;
            if (ok && (!best || n > best.keys.length || (n === best.keys.length && term.keys[n - 1].length > best.keys[n - 1].length))) best = term;
          }
        }
        if (best) {
          const last = best.keys.length - 1;
          found.push({ start: at, end: at + best.keys.length, group: best.group, lang: best.lang, tail: keys[at + last].slice(matched(keys[at + last], best.keys[last])) });
          at += best.keys.length;
        } else at++;
      }
      return found;
    },
  };
}
