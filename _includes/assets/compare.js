// Aligns two or three contracts by topic: their key terms, then their clauses per clause type.
// The choice lives in the address (?c=…, slugs or vendor names), so every comparison has its
// own; the contracts come from /api/contracts/<slug>.json. What the address chooses and which
// topics agree is decided in compare-model.js.
import { clausesAgree, criterionRows, fill, resolveChoices, valuesAgree } from "./compare-model.js";

const form = document.querySelector(".compare-form");
const message = document.querySelector(".compare-message");
const result = document.querySelector(".compare-result");
const dataElement = document.getElementById("compare-data");
if (form && message && result && dataElement) start();

function start() {
  const data = JSON.parse(dataElement.textContent);
  const lang = document.documentElement.lang;
  // The site's root, also under a path prefix: this script is <root>assets/compare.js.
  const base = new URL("../", import.meta.url).pathname;

  const fields = [...form.querySelectorAll("input[name='c']")];
  // Every contract, as the fields suggest them: the slug, with the vendor's name.
  const contracts = [...form.querySelectorAll("datalist option")].map((option) => ({ slug: option.value, vendor: option.textContent.trim() }));
  const vendorOf = new Map(contracts.map((contract) => [contract.slug, contract.vendor]));
  const choice = resolveChoices(new URLSearchParams(location.search).getAll("c"), contracts);
  // The fields show what the address chooses, by name, also where the browser restored an older state.
  fields.forEach((field, index) => (field.value = vendorOf.get(choice.slugs[index]) ?? ""));

  const quoted = (names) => names.map((name) => `“${name}”`).join(", ");
  const notes = [];
  if (choice.unknown.length) notes.push({ error: true, text: fill(message.dataset.unknown, { names: quoted(choice.unknown) }) });
  if (choice.ambiguous.length) notes.push({ error: true, text: fill(message.dataset.ambiguous, { names: quoted(choice.ambiguous) }) });
  if (choice.slugs.length > 3) notes.push({ error: true, text: fill(message.dataset.tooMany, { n: choice.slugs.length }) });
  // One contract, as a contract page's "Compare" link chooses: not an error, a prompt for the rest.
  if (choice.slugs.length === 1) notes.push({ error: false, text: fill(message.dataset.oneChosen, { vendor: vendorOf.get(choice.slugs[0]) }) });
  say(notes);
  if (choice.slugs.length >= 2 && choice.slugs.length <= 3) load(choice.slugs);

  function say(list) {
    message.replaceChildren(...list.map((note) => element("p", note.error ? { class: "compare-error" } : {}, [note.text])));
    message.hidden = list.length === 0;
  }

  async function load(slugs) {
    const loaded = await Promise.allSettled(
      slugs.map(async (slug) => {
        const response = await fetch(`${base}api/contracts/${encodeURIComponent(slug)}.json`);
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json();
      }),
    );
    const failed = slugs.filter((_slug, index) => loaded[index].status === "rejected");
    if (failed.length) return say([...notes, { error: true, text: fill(message.dataset.loadFailed, { names: quoted(failed.map((slug) => vendorOf.get(slug))) }) }]);
    render(loaded.map((outcome) => outcome.value));
  }

  function element(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    node.append(...(children || []));
    return node;
  }

  /** A link to a page of the site (URLs in the exports are site-relative). */
  function siteLink(url, text, attributes) {
    return element("a", { href: url.replace(/^\//, base), ...attributes }, [text]);
  }

  /** A clause's page: its place is relative to its contract's page (/api/contracts/<slug>.json, `href`). */
  function clausePage(contract, clause) {
    return `${contract.urls[lang]}${clause.href}`;
  }

  function cell(contract, children, attributes) {
    // The vendor's name shows only where the table is stacked (a phone), in place of the header.
    return element("td", attributes, [element("p", { class: "compare-vendor" }, [contract.vendor]), ...children]);
  }

  function clauseCell(contract, clauses, type) {
    if (!clauses.length) return cell(contract, [element("span", { class: "gap-text" }, [data.gap])], { class: "gap" });
    return cell(
      contract,
      clauses.map((clause) => {
        const title = [clause.number, clause.heading].filter(Boolean).join(" ");
        const heading = element("p", { class: "compare-clause-title" }, [
          title ? siteLink(clausePage(contract, clause), title, { lang: contract.language }) : siteLink(clausePage(contract, clause), type.name),
        ]);
        if (clause.assessment) heading.append(" ", element("span", { class: `badge badge-${clause.assessment.rating}` }, [data.ratings[clause.assessment.rating]]));
        return element("div", { class: "compare-clause" }, [heading, element("p", {}, [clause.summary[lang]])]);
      }),
    );
  }

  /** A vendor's findings on one criterion: the result in words, the reason and the clause. */
  function findingCell(contract, found, type) {
    if (!found.length) {
      const assessed = contract.clauses.some((clause) => clause.assessment?.findings);
      return cell(contract, [element("span", { class: "no-finding" }, [assessed ? data.noFinding : data.notYetAssessed])]);
    }
    return cell(
      contract,
      found.map(({ clause, finding }) => {
        const title = [clause.number, clause.heading].filter(Boolean).join(" ") || type.name;
        return element("p", {}, [
          element("span", { class: `result-${finding.result}` }, [data.results[finding.result]]),
          " ",
          siteLink(clausePage(contract, clause), title, title === type.name ? {} : { lang: contract.language }),
          `: ${finding[lang]}`,
        ]);
      }),
    );
  }

  /** The topics in groups: the key terms first, then the clause types by their group. */
  function topicGroups(contracts) {
    const keyTerms = contracts[0].keyTerms.map(({ name }) => {
      const own = contracts.map((contract) => ({ ...contract.terms[name], display: contract.keyTerms.find((other) => other.name === name).display }));
      return {
        id: `compare-term-${name}`,
        name: data.termLabels[name],
        heading: data.termLabels[name],
        // Agreement by value ("48 uur"); each cell shows the one-line answer taken from the clause.
        agrees: valuesAgree(own.map((term) => term.display[lang])),
        cells: own.map((term, index) => {
          const clause = term.clause === null ? undefined : contracts[index].clauses.find((candidate) => candidate.id === term.clause);
          return cell(contracts[index], [clause ? siteLink(clausePage(contracts[index], clause), term.answer[lang]) : term.answer[lang]]);
        }),
      };
    });
    const groups = [{ name: data.keyTerms, topics: keyTerms }];
    for (const type of data.types) {
      const clauses = contracts.map((contract) => contract.clauses.filter((clause) => clause.types.includes(type.id)));
      // A type none of them has a clause of is shown only where Art. 28 requires it: that gap matters.
      if (!type.art28 && clauses.every((own) => own.length === 0)) continue;
      let group = groups.find((candidate) => candidate.name === type.group);
      if (!group) groups.push((group = { name: type.group, topics: [] }));
      group.topics.push({
        id: `compare-type-${type.id}`,
        type: type.id,
        name: type.name,
        heading: siteLink(type.url, type.name),
        agrees: clausesAgree(clauses),
        cells: clauses.map((own, index) => clauseCell(contracts[index], own, type)),
        // The yardstick applied: per criterion, each vendor's findings on it.
        criteria: criterionRows(type.criteria, clauses).map((row) => ({
          name: row.name,
          cells: row.cells.map((found, index) => findingCell(contracts[index], found, type)),
        })),
      });
    }
    return groups;
  }

  /**
   * One column per vendor, at full width; each topic a <tbody>: a heading row across the
   * columns, then the vendors' cells, tied to their headers with `headers`. The vendor header
   * and the topic headings stick to the top of the window while the rows scroll by.
   */
  function render(contracts) {
    const groups = topicGroups(contracts);
    const span = String(contracts.length);
    const vendorIds = contracts.map((contract) => `compare-vendor-${contract.slug}`);
    const table = element("table", { class: "compare-table" }, [
      element("thead", {}, [
        element("tr", {}, contracts.map((contract, index) => element("th", { scope: "col", id: vendorIds[index] }, [siteLink(contract.urls[lang], contract.vendor)]))),
      ]),
      ...groups.flatMap((group, groupIndex) => {
        const groupId = `compare-group-${groupIndex + 1}`;
        return [
          element("tbody", { class: "compare-group" }, [element("tr", {}, [element("th", { colspan: span, id: groupId }, [group.name])])]),
          ...group.topics.map((topic) =>
            element("tbody", { id: topic.id, class: "compare-topic" }, [
              element("tr", topic.type ? { "data-type": topic.type } : {}, [element("th", { colspan: span, id: `${topic.id}-name` }, [topic.heading])]),
              element(
                "tr",
                {},
                topic.cells.map((td, index) => {
                  td.setAttribute("headers", `${vendorIds[index]} ${groupId} ${topic.id}-name`);
                  return td;
                }),
              ),
              ...(topic.criteria ?? []).flatMap((row, rowIndex) => {
                const rowId = `${topic.id}-criterion-${rowIndex + 1}`;
                return [
                  element("tr", { class: "compare-criterion" }, [element("th", { colspan: span, id: rowId }, [row.name])]),
                  element(
                    "tr",
                    {},
                    row.cells.map((td, index) => {
                      td.setAttribute("headers", `${vendorIds[index]} ${groupId} ${topic.id}-name ${rowId}`);
                      return td;
                    }),
                  ),
                ];
              }),
            ]),
          ),
        ];
      }),
    ]);
    const topics = element(
      "div",
      { class: "compare-topic-groups" },
      groups.map((group) =>
        element("div", {}, [
          element("h3", {}, [group.name]),
          element("ul", {}, group.topics.map((topic) => element("li", {}, [element("a", { href: `#${topic.id}` }, [topic.name])]))),
        ]),
      ),
    );
    result.querySelector(".compare-topics").append(topics);
    result.append(table);
    result.hidden = false;
    filterTopics(groups, topics);
    // A topic named in the address (#compare-type-…) was not there when the page loaded.
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }

  /** "Hide topics they agree on": their rows and their links in the topic list; a group left empty too. */
  function filterTopics(groups, topics) {
    const toggle = result.querySelector("#compare-hide-agreeing");
    const status = result.querySelector(".compare-filter [data-template]");
    const groupBodies = result.querySelectorAll("tbody.compare-group");
    const apply = () => {
      let shown = 0;
      let total = 0;
      groups.forEach((group, index) => {
        const links = topics.children[index];
        const items = links.querySelectorAll("li");
        let groupShown = 0;
        group.topics.forEach((topic, position) => {
          const hidden = toggle.checked && topic.agrees;
          document.getElementById(topic.id).hidden = hidden;
          items[position].hidden = hidden;
          if (!hidden) groupShown++;
        });
        groupBodies[index].hidden = links.hidden = groupShown === 0;
        shown += groupShown;
        total += group.topics.length;
      });
      status.textContent = fill(status.dataset.template, { n: shown, total });
    };
    toggle.addEventListener("change", apply);
    apply();
  }
}
