// Aligns two or three contracts by clause type. The choice lives in the URL (?c=a&c=b),
// so every comparison has its own address; the data comes from /api/contracts/<slug>.json.
(function () {
  var result = document.querySelector(".compare-result");
  var message = document.querySelector(".compare-message");
  var dataElement = document.getElementById("compare-data");
  if (!result || !dataElement) return;
  var data = JSON.parse(dataElement.textContent);
  var lang = document.documentElement.lang;
  var base = document.querySelector("script[src$='assets/compare.js']").getAttribute("src").replace(/assets\/compare\.js$/, "");

  var slugs = [];
  new URLSearchParams(location.search).getAll("c").forEach(function (value) {
    value.split(",").forEach(function (slug) {
      slug = slug.trim();
      if (slug && slugs.indexOf(slug) < 0) slugs.push(slug);
    });
  });
  slugs.forEach(function (slug, index) {
    var input = document.getElementById("compare-" + (index + 1));
    if (input) input.value = slug;
  });
  if (slugs.length === 0) return;
  if (slugs.length < 2 || slugs.length > 3) {
    message.textContent = message.getAttribute("data-too-few");
    message.hidden = false;
    return;
  }

  Promise.all(slugs.map(function (slug) {
    return fetch(base + "api/contracts/" + encodeURIComponent(slug) + ".json").then(function (response) {
      if (!response.ok) throw new Error(slug);
      return response.json();
    });
  })).then(render, function (error) {
    message.textContent = message.getAttribute("data-too-few") + " (" + error.message + ")";
    message.hidden = false;
  });

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) { node.append(child); });
    return node;
  }

  function link(url, text) {
    return element("a", { href: url.replace(/^\//, base) }, [text]);
  }

  function render(contracts) {
    var table = element("table", { class: "compare-table" });
    var head = element("tr", {}, [element("th", { scope: "col" }, [""])]);
    contracts.forEach(function (contract) {
      head.append(element("th", { scope: "col" }, [link(contract.urls[lang], contract.vendor)]));
    });
    table.append(element("thead", {}, [head]));
    var body = element("tbody");

    contracts[0].keyTerms.forEach(function (term, index) {
      var row = element("tr", { class: "key-term-row" }, [element("th", { scope: "row" }, [term.label[lang]])]);
      contracts.forEach(function (contract) {
        var own = contract.keyTerms[index];
        row.append(element("td", {}, [own.urls ? link(own.urls[lang], own.display[lang]) : own.display[lang]]));
      });
      body.append(row);
    });

    data.types.forEach(function (type) {
      var cells = contracts.map(function (contract) {
        return contract.clauses.filter(function (clause) { return clause.types.indexOf(type.id) >= 0; });
      });
      var any = cells.some(function (clauses) { return clauses.length > 0; });
      if (!any && !type.art28) return;
      var row = element("tr", { "data-type": type.id }, [element("th", { scope: "row" }, [type.name])]);
      cells.forEach(function (clauses) {
        var cell = element("td", clauses.length ? {} : { class: "gap" });
        if (!clauses.length) cell.append(element("span", { class: "gap-text" }, [data.gap]));
        clauses.forEach(function (clause) {
          var title = [clause.number, clause.heading].filter(Boolean).join(" ") || type.name;
          var item = element("div", { class: "compare-clause" }, [element("p", {}, [link(clause.urls[lang], title)])]);
          if (clause.assessment) item.firstChild.append(" ", element("span", { class: "badge badge-" + clause.assessment.rating }, [data.ratings[clause.assessment.rating]]));
          item.append(element("p", {}, [clause.summary[lang]]));
          cell.append(item);
        });
        row.append(cell);
      });
      body.append(row);
    });
    table.append(body);
    result.replaceChildren(table);
    result.hidden = false;
  }
})();
