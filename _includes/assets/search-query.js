// Reading a query and what Pagefind found for it; no page, no network (search.js does those).
// - read(): drops stop words, turns a synonym into its group's word in the page's language
//   ("beveiligingsincident" → "datalek"; a compound's other part is kept:
//   "vernietigingsverklaring" → "verwijderen verklaring"), and guesses the query's language;
// - correct(): a word the index does not have, read as its parts if hyphenated ("AVG-boetes"),
//   else as the nearest synonym ("subverwerkrs") or vendor's name ("Dienstverlner");
// - subsets(): the smaller queries to try when all words together find too little;
// - sections(): which sections of a found page match most of the query's words, so that a
//   result shows the clauses that answer rather than those that merely repeat one word;
// - rank(): which found pages answer best.
import { createMatcher, wordKey, wordKeys, words } from "./search-words.js";

/**
 * @typedef {import("./search-words.js").Vocabulary} Vocabulary
 * @typedef {{ text: string, typed: string, group: number | null }} Part  one word (or synonym) to search for
 * @typedef {{ parts: Part[], lang: "nl" | "en" | null }} Reading
 */

/**
 * @param {Vocabulary} vocabulary  all of search-terms.yaml, or the part of the initials of the
 *   words to read (search-words.js, byInitial): a misspelling is then corrected to a word of the
 *   same initial
 */
export function createReader(vocabulary) {
  const matcher = createMatcher(vocabulary);
  const stop = { nl: new Set(vocabulary.stopWords.nl), en: new Set(vocabulary.stopWords.en) };
  /** Single words of the synonyms, for misspellings: key → group. */
  const spellings = new Map();
  for (const { keys, group } of vocabulary.terms) if (keys.length === 1 && keys[0].length >= 5 && !spellings.has(keys[0])) spellings.set(keys[0], group);
  /** @param {number} group @param {"nl" | "en"} lang */
  const first = (group, lang) => vocabulary.firsts[lang][group];

  const reader = {
    /**
     * @param {string} query
     * @param {"nl" | "en"} lang  the language of the index to search
     * @returns {Reading}
     */
    read(query, lang) {
      const all = words(query);
      const content = all.filter((word) => !matcher.isStopWord(word.key));
      const kept = content.length ? content : all;
      const votes = { nl: 0, en: 0 };
      for (const word of all) {
        if (stop.nl.has(word.key) && !stop.en.has(word.key)) votes.nl++;
        if (stop.en.has(word.key) && !stop.nl.has(word.key)) votes.en++;
      }
      /** @type {Part[]} */
      const parts = [];
      const matches = matcher.find(kept.map((word) => word.key));
      for (let at = 0, next = 0; at < kept.length; ) {
        const match = matches[next];
        if (match && match.start === at) {
          if (match.lang !== "both") votes[match.lang]++;
          const typed = kept.slice(match.start, match.end).map((word) => word.text).join(" ");
          // A compound is its parts: "vernietigingsverklaring" is "vernietiging" and "verklaring";
          // unless it is a longer synonym misspelt: "verwerkersovereenkomts" is not "verwerker" and "sovereenkomts".
          const rest = compoundRest(match.tail);
          const misspelt = rest && match.end - match.start === 1 ? nearest(kept[at].key, spellings.keys()) : null;
          const group = misspelt ? spellings.get(misspelt) : match.group;
          parts.push({ text: first(group, lang), typed, group });
          if (rest && !misspelt) parts.push({ text: rest, typed, group: null });
          at = match.end;
          next++;
        } else {
          parts.push({ text: kept[at].text, typed: kept[at].text, group: null });
          at++;
        }
      }
      return { parts: unique(parts), lang: votes.nl > votes.en ? "nl" : votes.en > votes.nl ? "en" : null };
    },

    /**
     * A word the index does not have, read as its parts when it is hyphenated, else as the
     * synonym or the name it is a misspelling of; null when there is none close enough.
     * @param {Part} part
     * @param {"nl" | "en"} lang
     * @param {string[]} [names]  words of names the index has, such as the vendors'
     * @returns {Part[] | null}
     */
    correct(part, lang, names = []) {
      if (part.group !== null) return null;
      // A hyphenated compound the index lacks is its parts: "AVG-boetes" is "AVG" and "boetes";
      // not so a word with a one-letter prefix ("e-signature"), which has no parts to search.
      const pieces = part.text.split("-");
      if (pieces.length > 1 && pieces.every((piece) => piece.length >= 2)) return reader.read(pieces.join(" "), lang).parts;
      const byKey = new Map(names.map((name) => [wordKey(name), name]));
      const near = nearest(wordKey(part.text), [...spellings.keys(), ...byKey.keys()]);
      if (!near) return null;
      return spellings.has(near) ? [{ text: first(spellings.get(near), lang), typed: part.typed, group: spellings.get(near) }] : [{ text: byKey.get(near), typed: part.typed, group: null }];
    },
  };
  return reader;
}

/**
 * What follows a term in a compound word, without the linking s or e ("s|verklaring"), if it
 * is long enough to be a word of its own; not an inflection ("s", "en", "ing").
 * @param {string} tail
 */
function compoundRest(tail) {
  const rest = tail.replace(/^[se](?=[^aeiou])/, "");
  return rest.length >= 4 ? rest : "";
}

/** Parts searching for the same text once. @param {Part[]} parts */
function unique(parts) {
  const seen = new Set();
  return parts.filter((part) => {
    const key = wordKey(part.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The word of `candidates` closest to `key` by edit distance (a swap of two neighbours counts
 * as one edit): at most one edit for words of up to seven letters, two for longer ones.
 * @param {string} key
 * @param {Iterable<string>} candidates
 */
export function nearest(key, candidates) {
  const limit = key.length < 5 ? 0 : key.length <= 7 ? 1 : 2;
  let best = null;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - key.length) > limit) continue;
    const distance = editDistance(key, candidate, limit);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Optimal string alignment distance, given up on beyond `limit`. @param {string} a @param {string} b @param {number} limit */
function editDistance(a, b, limit) {
  /** @type {number[][]} */
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length][b.length];
}

/**
 * The queries to try when all words together find too little: every combination of
 * `size` of the words, in their order.
 * @template T
 * @param {T[]} items
 * @param {number} size
 * @returns {T[][]}
 */
export function subsets(items, size) {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...rest] = items;
  return [...subsets(rest, size - 1).map((subset) => [head, ...subset]), ...subsets(rest, size)];
}

/**
 * How much a word counts in a query: 1, and less for a word on more than half of the index's
 * pages ("gegevens", "verwerker", "data"), which tells few pages apart: its inverse document
 * frequency (BM25's), which is ln 2 at half of the pages, relative to that. A rare word counts
 * no more than 1: in a question it is as often a stray verb as the point.
 * @param {number} pages  pages with the word
 * @param {number} total  pages in the index
 */
export function weight(pages, total) {
  return Math.min(1, Math.log(1 + (total - pages + 0.5) / (pages + 0.5)) / Math.LN2);
}

/**
 * @typedef {{ element: string, id: string, text: string, location: number, title?: string }} Anchor
 * @typedef {{ weight: number, balanced_score: number, location: number }} WeightedLocation
 * @typedef {{ content: string, anchors: Anchor[], weighted_locations: WeightedLocation[] }} Fragment
 * @typedef {{ anchor: Anchor | null, start: number, end: number, terms: number, score: number, best: number, hits: number[] }} Section
 */

/**
 * The sections of a page (the text before its first heading, and from each heading or row
 * header with an id to the next, such as a checklist's requirement) that match the searched
 * words: those matching the most of the words first (`terms`: the sum of their `weights`, each
 * word once), clauses before the rest of the page, then by Pagefind's weight of the words found.
 * Words the whole page is about count for every section: the vendor's name (`pageWords`), and
 * with `head`, the words found before the first section (a key term's name and question). As
 * they count everywhere, a section's weight is that of its other words: a clause that repeats
 * the vendor's name is no better an answer for it.
 * @param {Fragment} fragment
 * @param {string[]} searched  the words Pagefind searched for
 * @param {string[]} [pageWords]  words naming the page
 * @param {{ head?: boolean, weights?: number[] }} [options]  `weights`: of each searched word (weight), 1 when not given
 * @returns {Section[]}
 */
export function sections(fragment, searched, pageWords = [], { head = false, weights = [] } = {}) {
  const anchors = fragment.anchors
    .filter((anchor) => (anchor.title && /\S/.test(anchor.title)) || (/^(h\d|th)$/i.test(anchor.element) && /\S/.test(anchor.text ?? "")))
    .sort((a, b) => a.location - b.location);
  const contentWords = fragment.content.split(/\s+/);
  const keys = searched.map(wordKey);
  const naming = pageWords.map(wordKey);
  const everywhere = new Set(keys.flatMap((key, index) => (naming.some((word) => word.startsWith(key)) ? [index] : [])));
  /** @type {Map<number, { hit: WeightedLocation, word: number }[]>} the hits of each section, by the index of its anchor (-1: before the first) */
  const hitsBySection = new Map();
  for (const hit of fragment.weighted_locations) {
    let index = -1;
    while (index + 1 < anchors.length && anchors[index + 1].location <= hit.location) index++;
    // The content is split at spaces only: "(Belco" is the word "belco".
    const word = closest(wordKeys(contentWords[hit.location] ?? "")[0] ?? "", keys);
    if (!hitsBySection.has(index)) hitsBySection.set(index, []);
    hitsBySection.get(index).push({ hit, word });
  }
  if (head) for (const { word } of hitsBySection.get(-1) ?? []) if (word >= 0) everywhere.add(word);
  /** @type {Section[]} */
  const found = [];
  for (const [index, hits] of hitsBySection) {
    const start = index < 0 ? 0 : anchors[index].location;
    const end = index + 1 < anchors.length ? anchors[index + 1].location : contentWords.length;
    const own = hits.filter(({ word }) => !everywhere.has(word));
    const weighed = own.length ? own : hits;
    const top = weighed.reduce((best, entry) => (entry.hit.balanced_score > best.hit.balanced_score ? entry : best));
    found.push({
      anchor: index < 0 ? null : anchors[index],
      start,
      end,
      terms: sum([...new Set([...hits.flatMap(({ word }) => (word >= 0 ? [word] : [])), ...everywhere])].map((word) => weights[word] ?? 1)),
      score: sum(own.map(({ hit }) => hit.balanced_score)),
      best: top.hit.location,
      hits: hits.map(({ hit }) => hit.location),
    });
  }
  const isClause = (/** @type {Section} */ section) => (section.anchor?.title ? 1 : 0);
  return found.sort((a, b) => b.terms - a.terms || isClause(b) - isClause(a) || b.score - a.score);
}

/** @param {number[]} numbers */
export function sum(numbers) {
  return numbers.reduce((total, number) => total + number, 0);
}

/** Which searched word a found word is a form of: the one sharing the longest beginning; -1 for none. @param {string} word @param {string[]} keys */
function closest(word, keys) {
  let best = -1;
  let length = 0;
  keys.forEach((key, index) => {
    let n = 0;
    while (n < key.length && n < word.length && key[n] === word[n]) n++;
    if (n > length) [best, length] = [index, n];
  });
  return best;
}

/** Kinds of page whose results show their matching sections, each as a card of its own (a clause, an answer). */
export const CARDED = new Set(["contract", "key-term"]);

/**
 * Which kind of page comes first when several answer as many of the words: a contract's clause
 * (the answer itself), then a clause type (every vendor's clause of the type side by side, and
 * what to look for), then an overview (a key term's page, a contract's key terms or parties),
 * then lessons, the glossary and checklists.
 */
const TIER = /** @type {Record<string, number>} */ ({ clause: 3, "clause-type": 2, "key-term": 1, contract: 1 });

/**
 * The vendors a query names: those with a name word (four letters or more) that is one of the
 * searched words. "Aiono" names "Aiono (Bepromptly B.V.)".
 * @param {string[]} vendors  the contract filter's values
 * @param {string[]} searched
 */
export function namedVendors(vendors, searched) {
  const keys = new Set(searched.map(wordKey));
  return new Set(vendors.filter((vendor) => words(vendor).some((word) => word.key.length > 3 && keys.has(word.key))));
}

/**
 * @template {{ kind: string, covered: number, words: string[], weights: number[], score: number, best: Section | null, vendors?: string[], lang?: string }} T
 * Found pages, best answer first: by the share of the searched words one place answers (a
 * page's best section: a clause, an answer, a lesson's section; each word by its weight; a
 * share, as the two languages' indexes are searched for different words), then, when the query
 * names vendors, pages of other vendors after the rest, then by kind (TIER), then pages in the
 * query's language (`lang`: the two indexes' weights do not compare), then pages with cards by
 * their best section's weight of words found, other pages by Pagefind's score. Pages that
 * answer alike keep their order.
 * @param {T[]} found
 * @param {Set<string>} named  the vendors the query names (namedVendors)
 * @param {string} [lang]  the query's language
 * @returns {T[]}
 */
export function rank(found, named = new Set(), lang) {
  const coverage = (/** @type {T} */ page) => (page.best ? page.best.terms : page.kind === "contract" ? 0 : page.covered) / (sum(page.weights) || 1);
  const otherVendor = (/** @type {T} */ page) => (named.size && page.vendors?.length && !page.vendors.some((vendor) => named.has(vendor)) ? 1 : 0);
  const tier = (/** @type {T} */ page) => TIER[page.kind === "contract" && page.best?.anchor?.title ? "clause" : page.kind] ?? 0;
  const carded = (/** @type {T} */ page) => CARDED.has(page.kind) && page.best;
  const closer = (/** @type {T} */ a, /** @type {T} */ b) => (carded(a) && carded(b) ? b.best.score - a.best.score : b.score - a.score);
  const otherLang = (/** @type {T} */ page) => (lang && page.lang && page.lang !== lang ? 1 : 0);
  return [...found].sort((a, b) => coverage(b) - coverage(a) || otherVendor(a) - otherVendor(b) || tier(b) - tier(a) || otherLang(a) - otherLang(b) || closer(a, b));
}

const ESCAPES = /** @type {Record<string, string>} */ ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" });
/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/**
 * A window of a section's words around its best hit, escaped, the words found marked.
 * @param {Fragment} fragment
 * @param {Section} section
 * @param {number} length  words
 */
export function sectionExcerpt(fragment, section, length) {
  const contentWords = fragment.content.split(/\s+/);
  const start = Math.max(section.start, Math.min(section.best - Math.floor(length / 3), section.end - length));
  const end = Math.min(section.end, start + length);
  const hits = new Set(section.hits);
  const shown = [];
  for (let at = start; at < end; at++) {
    const word = escapeHtml(contentWords[at] ?? "");
    shown.push(hits.has(at) ? `<mark>${word}</mark>` : word);
  }
  return `${start > section.start ? "… " : ""}${shown.join(" ")}${end < section.end ? " …" : ""}`;
}

/**
 * A text (a clause's summary), escaped, with the words that are forms of the searched words
 * marked: a word whose beginning matches a searched word's, less its last two letters.
 * @param {string} text
 * @param {string[]} searched
 */
export function markWords(text, searched) {
  const stems = searched.map(wordKey).map((key) => (key.length <= 4 ? key : key.slice(0, Math.max(4, key.length - 2))));
  /** @param {{ key: string }} word */
  const marked = ({ key }) => {
    return stems.some((stem) => (stem.length <= 3 ? key === stem : key.startsWith(stem)));
  };
  let html = "";
  let last = 0;
  for (const word of words(text)) {
    html += escapeHtml(text.slice(last, word.index)) + (marked(word) ? `<mark>${escapeHtml(word.text)}</mark>` : escapeHtml(word.text));
    last = word.index + word.text.length;
  }
  return html + escapeHtml(text.slice(last));
}
