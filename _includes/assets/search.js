// The site's search box, on Pagefind's JavaScript API. Search is an enhancement: without
// JavaScript the box is a form that leads to the search page, which lists every topic; with
// it, the box answers as one types, and a page opened with ?q= (that form sent) answers it.
//
// A query is read first (search-query.js): stop words dropped, synonyms turned into the word
// the index has. Pagefind finds the pages with all remaining words; when that is too few,
// the pages with most of them follow. Each page's index is in its language (<html lang>);
// when the query is in the other language, or the page's index finds too little, the other
// index is searched too. A found contract page shows the clauses that match most of the
// words, each as a card: vendor, clause number, clause type, key term and summary.
// Results link with ?highlight=…, and the target page marks the words found; the marks'
// style is in site.css, as the Content Security Policy refuses Pagefind's inline styles.
import { createReader, markWords, namedVendors, rank, sectionExcerpt, sections, subsets, sum, weight } from "./search-query.js";
import { initials, joinVocabulary, words } from "./search-words.js";

/** Results shown at first and at each "more". */
const PAGE = 5;
/** Pages found first that are ranked again by what their best section matches (each loads its fragment). */
const RERANK = PAGE + 1;
/** Sections shown per page found. */
const SECTIONS = 3;
/** Words of a section's excerpt. */
const EXCERPT = 26;

const root = document.getElementById("search");
const base = root?.getAttribute("data-base") ?? "/";
if (new URLSearchParams(location.search).has("highlight")) {
  import(`${base}pagefind/pagefind-highlight.js`).then(() => new window.PagefindHighlight({ highlightParam: "highlight", addStyles: false }));
}
if (root) start(root);

/** @param {HTMLFormElement} root */
function start(root) {
  const pageLang = document.documentElement.lang === "en" ? "en" : "nl";
  const otherLang = pageLang === "nl" ? "en" : "nl";
  // Loaded when the box is first used: a page that is only read downloads no search files.
  let loaded;
  const load = () => (loaded ??= fetch(`${base}assets/search.json`).then((response) => response.json()));
  let texts = {};

  const input = /** @type {HTMLInputElement} */ (root.querySelector("#search-input"));
  input.setAttribute("aria-describedby", "search-status");
  const kindSelect = element("select", { id: "search-kind" });
  const contractSelect = element("select", { id: "search-contract" });
  // A button shown once the box is first used; the filters' choices load when it is pressed:
  // the vendors' and document types' lists grow with the library (25 KB at 1,000 contracts),
  // too much for every first search.
  const filterFields = element("div", { id: "search-filter-fields", class: "search-filter-fields", hidden: "" });
  const filterButton = element("button", { type: "button", class: "search-filter-button", "aria-expanded": "false", "aria-controls": "search-filter-fields" });
  const filters = element("div", { class: "search-filters", hidden: "" }, [filterButton, filterFields]);
  const status = element("p", { id: "search-status", class: "search-status", role: "status" });
  const interpreted = element("p", { class: "search-interpreted", hidden: "" });
  const list = element("ol", { class: "search-results", "aria-labelledby": "search-status" });
  const more = element("button", { type: "button", class: "search-more", hidden: "" });
  root.append(filters, status, interpreted, list, more);

  /** /assets/search.json: interface texts, names, each synonym group's first words, the initials of the others. */
  let box;
  async function ready() {
    if (box) return;
    box = await load();
    texts = box.texts[pageLang];
    more.textContent = texts.searchMore;
    filterButton.textContent = texts.searchFilters;
    filters.hidden = false;
  }

  /**
   * A reader of the query, with the stop words and synonyms of its words' initials
   * (/assets/search-words/<initial>.json, each loaded once): a query downloads few of them.
   */
  const byInitial = new Map();
  async function readerFor(query) {
    const needed = initials(query).filter((initial) => box.initials.includes(initial));
    for (const initial of needed) if (!byInitial.has(initial)) byInitial.set(initial, fetch(`${base}assets/search-words/${initial}.json`).then((response) => response.json()));
    return createReader(joinVocabulary(box.firsts, await Promise.all(needed.map((initial) => byInitial.get(initial)))));
  }

  /**
   * Pagefind, one instance per language, created when first needed. Each from a module of its
   * own (the other language's imported under another address): Pagefind's instances share their
   * module's worker, and with it the WebAssembly of the language loaded first, whose stemmer
   * then misses the other language's words ("bewaren" is indexed as "bewaar").
   */
  const instances = new Map();
  async function instance(lang) {
    if (!instances.has(lang)) {
      const api = await import(`${base}pagefind/pagefind.js${lang === pageLang ? "" : `?${lang}`}`);
      // createInstance takes its language from <html lang>, read as it is created.
      const html = document.documentElement;
      const own = html.lang;
      html.lang = lang;
      const created = api.createInstance({ baseUrl: base, excerptLength: EXCERPT, highlightParam: "highlight" });
      html.lang = own;
      instances.set(lang, created);
    }
    return instances.get(lang);
  }

  /** An index's filters and their values (Pagefind's `filters()`, which loads every filter), asked once. */
  const filterValues = new Map();
  function filtersOf(search) {
    if (!filterValues.has(search)) filterValues.set(search, search.filters());
    return filterValues.get(search);
  }

  let filtersLoaded = false;
  async function loadFilters() {
    if (filtersLoaded) return;
    filtersLoaded = true;
    await ready();
    const available = await filtersOf(await instance(pageLang));
    fillSelect(kindSelect, texts.searchFilterAll, Object.keys(available.kind ?? {}).map((kind) => [kind, texts[KIND_LABEL[kind]] ?? kind]));
    fillSelect(contractSelect, texts.searchFilterAll, Object.keys(available[texts.contract] ?? {}).sort().map((vendor) => [vendor, vendor]));
    filterFields.replaceChildren(element("label", { for: "search-kind" }, texts.searchFilterKind), kindSelect, element("label", { for: "search-contract" }, texts.contract), contractSelect);
  }
  filterButton.addEventListener("click", async () => {
    const open = filterButton.getAttribute("aria-expanded") !== "true";
    filterButton.setAttribute("aria-expanded", String(open));
    if (open) await loadFilters();
    filterFields.hidden = !open;
  });
  // Without a chosen kind, every kind: Pagefind then loads the kind filter's index alone (not the
  // vendors' and document types'), and its counts say how many contract pages a query found.
  const chosenFilters = () => ({
    kind: kindSelect.value || { any: Object.keys(KIND_LABEL) },
    ...(contractSelect.value ? { [texts.contract]: contractSelect.value } : {}),
  });

  /**
   * The words of a query that `lang`'s index has, corrected where it has not, each with the
   * number of pages that have it (`pages`). Asked in quotes: unquoted, Pagefind answers a word
   * it lacks with the longest beginning it has ("twee" for "tweestapsverificatie"). A word
   * neither found nor corrected is left out, and so is a correction the index lacks too.
   */
  async function known(search, reader, parts, lang, corrections = true) {
    const counts = await Promise.all(parts.map(async (part) => (await search.search(`"${part.text}"`)).results.length));
    const names = counts.every(Boolean) || !corrections ? [] : await vendorWords(search);
    const found = await Promise.all(parts.map(async (part, index) => (counts[index] ? [{ ...part, pages: counts[index] }] : corrections ? known(search, reader, reader.correct(part, lang, names) ?? [], lang, false) : [])));
    return found.flat();
  }

  /** The words to search an index for, each with its weight (search-query.js, weight). */
  async function searchWords(search, reader, parts, lang) {
    const [found, total] = await Promise.all([known(search, reader, parts, lang), pageCount(search)]);
    return { words: found.map((part) => part.text), weights: found.map((part) => weight(part.pages, total)) };
  }

  /**
   * The number of pages in an index: a search by filter alone for every kind, as every page has
   * one. It loads only the kind filter, which a search loads anyway (`filters()` would load all).
   */
  const totals = new Map();
  function pageCount(search) {
    if (!totals.has(search)) totals.set(search, search.search(null, { filters: { kind: { any: Object.keys(KIND_LABEL) } } }).then((found) => found.results.length));
    return totals.get(search);
  }

  /**
   * The words of the vendors' names in an index (its contract filter), for misspellings: read
   * only when a word of the query is not in the index, as it loads every filter.
   */
  async function vendorWords(search) {
    const available = await filtersOf(search);
    return Object.keys(available[texts.contract] ?? {}).flatMap((vendor) => words(vendor).map((word) => word.text));
  }

  /**
   * Pages with all the words first, then, while too few, pages with fewer of them (`covered`: the
   * weight of the words a page was found with). "Too few" is fewer than a page of results, or all
   * words together found no more than one contract page: a question's words are often spread
   * over a lesson but not over one contract.
   */
  async function matches(search, { words, weights }, filters) {
    const seen = new Set();
    const found = [];
    let contracts = 0;
    const add = (response, covered) => {
      contracts = Math.max(contracts, response.filters?.kind?.contract ?? 0);
      for (const result of response.results) {
        if (seen.has(result.id)) continue;
        seen.add(result.id);
        found.push({ result, covered });
      }
    };
    if (!words.length) return found;
    add(await search.search(words.join(" "), { filters }), sum(weights));
    const indexes = words.map((_, index) => index);
    for (let size = words.length - 1; size >= 1 && (found.length < PAGE || (contracts < 2 && size === words.length - 1)); size--) {
      for (const subset of subsets(indexes, size)) add(await search.search(subset.map((index) => words[index]).join(" "), { filters }), sum(subset.map((index) => weights[index])));
    }
    return found.sort((a, b) => b.covered - a.covered || b.result.score - a.result.score);
  }

  async function find(query) {
    const filters = chosenFilters();
    const reader = await readerFor(query);
    const reading = reader.read(query, pageLang);
    const own = await instance(pageLang);
    const searched = await searchWords(own, reader, reading.parts, pageLang);
    let found = (await matches(own, searched, filters)).map((match) => ({ ...match, lang: pageLang, ...searched }));
    if (reading.lang === otherLang || found.length < PAGE) {
      const other = await instance(otherLang);
      const otherSearched = await searchWords(other, reader, reader.read(query, otherLang).parts, otherLang);
      const more = (await matches(other, otherSearched, filters)).map((match) => ({ ...match, lang: otherLang, ...otherSearched }));
      // The query's own language first: its pages come first where pages answer alike.
      if (reading.lang === otherLang) return { found: await rerank([...more, ...found], otherLang), searched: otherSearched.words };
      found = [...found, ...more];
    }
    return { found: await rerank(found, pageLang), searched: searched.words };
  }

  /**
   * The first pages found, loaded and ordered by what answers best (search-query.js, rank), in
   * `lang` first where pages answer alike; a vendor the query names is one of the loaded pages'
   * contract filter values.
   */
  async function rerank(found, lang) {
    const head = found.slice(0, RERANK);
    const datas = await Promise.all(head.map((entry) => entry.result.data()));
    const loaded = head.map((entry, index) => {
      const data = datas[index];
      const kind = data.filters?.kind?.[0] ?? "contract";
      const vendors = data.filters?.[texts.contract] ?? [];
      return { ...entry, data, kind, vendors, score: entry.result.score, best: pageSections(data, entry, kind)[0] ?? null };
    });
    const named = namedVendors([...new Set(loaded.flatMap((page) => page.vendors))], found.flatMap((entry) => entry.words));
    return [...rank(loaded, named, lang), ...found.slice(RERANK)];
  }

  /**
   * A page's sections that match: a contract page's clauses and parts (the vendor's name counting
   * for every one); on any other page, the parts under its headings (its title and introduction
   * counting for every one), such as a key term's vendors' answers, a lesson's sections or a
   * checklist's requirements.
   */
  function pageSections(data, entry, kind) {
    if (kind !== "contract") return sections(data, entry.words, [], { head: true, weights: entry.weights });
    const vendor = data.filters?.[texts.contract]?.[0] ?? "";
    return sections(data, entry.words, words(vendor).map((word) => word.text), { weights: entry.weights });
  }

  let current = 0;
  let shown = [];
  let shownCount = 0;
  async function run() {
    const query = input.value.trim();
    const id = ++current;
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      interpreted.hidden = true;
      more.hidden = true;
      return;
    }
    list.setAttribute("aria-busy", "true");
    await ready();
    status.textContent = texts.searchSearching;
    const { found, searched } = await find(query);
    if (id !== current) return;
    shown = found;
    shownCount = 0;
    const items = await render(found.slice(0, PAGE));
    if (id !== current) return;
    list.replaceChildren(...items);
    shownCount = items.length;
    more.hidden = found.length <= shownCount;
    const typed = query.toLowerCase();
    interpreted.textContent = texts.searchInterpreted.replace("{words}", searched.join(", "));
    interpreted.hidden = !searched.length || searched.join(" ").toLowerCase() === typed;
    status.textContent = (found.length === 0 ? texts.searchNoResults : found.length === 1 ? texts.searchResult : texts.searchResults).replace("{n}", String(found.length)).replace("{query}", query);
    list.setAttribute("aria-busy", "false");
  }

  async function showMore() {
    const id = current;
    const items = await render(shown.slice(shownCount, shownCount + PAGE));
    if (id !== current) return;
    list.append(...items);
    items[0]?.querySelector("a")?.focus();
    shownCount += items.length;
    more.hidden = shown.length <= shownCount;
  }

  /** The list items of found pages, in order. */
  async function render(entries) {
    const datas = await Promise.all(entries.map((entry) => entry.data ?? entry.result.data()));
    return datas.map((data, index) => resultItem(data, entries[index]));
  }

  function resultItem(data, entry) {
    const kind = data.filters?.kind?.[0] ?? "contract";
    const item = element("li", { class: `search-result search-result-${kind}` });
    const otherBadge = entry.lang !== pageLang ? element("span", { class: "search-lang", lang: entry.lang }, ` · ${texts.searchOtherLanguage}`) : null;
    if (kind === "contract") {
      const vendor = data.filters?.[texts.contract]?.[0] ?? "";
      const found = pageSections(data, entry, kind).slice(0, SECTIONS);
      for (const section of found) item.append(sectionCard(data, section, vendor, entry, otherBadge));
      if (!found.length) item.append(card("kindContract", data.meta.title, data.url, null, data.excerpt, otherBadge));
    } else if (kind === "key-term") {
      // The question, then the vendors' answers that match, each linking to its clause.
      item.append(card("kindKeyTerm", data.meta.title, data.url, null, data.excerpt, otherBadge));
      const answers = pageSections(data, entry, kind).filter((section) => section.anchor?.title).slice(0, SECTIONS);
      for (const section of answers) {
        const answer = parseJson(section.anchor.title);
        if (answer?.answer) item.append(answerCard(data, section.anchor, answer, entry, otherBadge));
      }
    } else {
      item.append(card(KIND_LABEL[kind] ?? "kindContract", data.meta.title, data.url, null, data.excerpt, otherBadge));
    }
    return item;
  }

  function sectionCard(data, section, vendor, entry, badge) {
    const anchor = section.anchor;
    if (!anchor) return card("kindContract", data.meta.title, data.url, null, sectionExcerpt(data, section, EXCERPT), badge);
    const url = `${data.url}#${anchor.id}`;
    const clause = anchor.title ? parseJson(anchor.title) : null;
    if (clause && Array.isArray(clause.types)) {
      // Names in the language of the page the clause is on; not the type that titles the clause already.
      const facts = clause.types.map((type) => box.typeNames[entry.lang][type] ?? type).filter((name) => !anchor.text.endsWith(name));
      const quoted = new Set();
      for (const term of clause.terms ?? []) {
        const fact = [`${box.termLabels[entry.lang][term.name] ?? term.name}: `, element("strong", {}, term.answer)];
        // On a page in another language than the contract's, the contract's own words for it (Dutch on an English page), once.
        if (term.wording && !quoted.has(term.wording)) fact.push(" ", element("q", { lang: term.lang }, term.wording));
        quoted.add(term.wording);
        facts.push(fact);
      }
      const factsLine = facts.length ? element("p", { class: "search-facts" }, facts.flatMap((fact, index) => [...(index ? [" · "] : []), ...[fact].flat()])) : null;
      const summary = data.anchors.find((candidate) => candidate.id === `${anchor.id}--samenvatting`)?.text;
      // A draft's clause may have no summary yet: its wording answers instead.
      const excerpt = summary ? markWords(summary, entry.words) : sectionExcerpt(data, section, EXCERPT);
      return card("kindClause", `${vendor} ${anchor.text}`, url, factsLine, excerpt, badge);
    }
    return card("kindContract", `${vendor} · ${anchor.text}`, url, null, sectionExcerpt(data, section, EXCERPT), badge);
  }

  /**
   * A vendor's answer on a key term's page (scripts/site/search-index.ts, keyTermCard): as the
   * clause that states it, with the contract's wording where it is in another language than the
   * page; or, where no clause does, as the answer on the page.
   */
  function answerCard(data, anchor, answer, entry, badge) {
    const query = new URL(data.url, location.href).search;
    const url = answer.clause ? `${base}${answer.clause.slice(1).replace("#", `${query}#`)}` : `${data.url}#${anchor.id}`;
    const facts = answer.wording ? element("p", { class: "search-facts" }, element("q", { lang: answer.lang }, answer.wording)) : null;
    return card(answer.clause ? "kindClause" : "kindKeyTerm", answer.clause ? `${answer.vendor} ${answer.title}` : answer.vendor, url, facts, markWords(answer.answer, entry.words), badge);
  }

  function card(kind, title, url, facts, excerptHtml, badge) {
    const excerpt = element("p", { class: "search-excerpt" });
    excerpt.innerHTML = excerptHtml; // escaped by search-query.js, or Pagefind's own excerpt
    return element("div", { class: "search-card" }, [
      element("p", { class: "search-kind" }, [texts[kind], badge ? badge.cloneNode(true) : ""]),
      element("p", { class: "search-title" }, element("a", { href: url }, title)),
      facts ?? "",
      excerpt,
    ]);
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  input.addEventListener("focus", ready, { once: true });
  // Sent, the form answers here at once rather than on the search page.
  root.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      input.value = "";
      run();
    } else if (event.key === "ArrowDown" && list.querySelector("a")) {
      event.preventDefault();
      list.querySelector("a").focus();
    }
  });
  // Up and down move between the results' links; up from the first goes back to the box.
  list.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    (event.key === "ArrowDown" ? links[at + 1] ?? links[at] : links[at - 1] ?? input).focus();
  });
  for (const select of [kindSelect, contractSelect]) select.addEventListener("change", run);
  more.addEventListener("click", showMore);
  const asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    input.value = asked;
    run();
  }
}

/** Interface text naming each kind of page (the `kind` filter of the indexed pages). */
const KIND_LABEL = {
  contract: "kindClause",
  "clause-type": "kindClauseType",
  "key-term": "kindKeyTerm",
  lesson: "kindLesson",
  glossary: "kindTerm",
  checklist: "kindChecklist",
};

/** A card as the build wrote it into a sub-result's title (scripts/site/search-index.ts). */
function parseJson(title) {
  try {
    const card = JSON.parse(title);
    return card && typeof card === "object" ? card : null;
  } catch {
    return null;
  }
}

/** @param {HTMLSelectElement} select @param {string} all @param {[string, string][]} options */
function fillSelect(select, all, options) {
  select.replaceChildren(element("option", { value: "" }, all), ...options.map(([value, label]) => element("option", { value }, label)));
}

/**
 * @param {string} tag
 * @param {Record<string, string>} attributes
 * @param {string | Node | (string | Node)[]} [children]
 */
function element(tag, attributes, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...(Array.isArray(children) ? children : [children]));
  return node;
}
