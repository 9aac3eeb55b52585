// Sorting and filtering for tables marked data-sortable. The table is complete and
// readable without this script; it only adds the controls. A header keeps its own content
// (the matrix's headers link to the terms' pages) and gets a sort button after it, named
// from the table's data-sort-label ("Sort by {label}").
(function () {
  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var sortLabel = table.getAttribute("data-sort-label") || "{label}";

    headers.forEach(function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      var name = document.createElement("span");
      name.className = "visually-hidden";
      name.textContent = sortLabel.replace("{label}", header.textContent.trim());
      button.append(name);
      header.append(" ", button);
      header.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = header.getAttribute("data-sort") === "number";
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-value");
          var y = b.cells[column].getAttribute("data-value");
          var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, document.documentElement.lang);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.append(row); });
      });
    });

    var main = table.closest("main");
    var tools = main.querySelector(".table-tools");
    if (!tools) return;
    var input = tools.querySelector("input");
    var status = tools.querySelector("[data-template]");
    // The rows, and what else on the page stands for a row (the matrix's cards on a phone).
    var items = rows.concat(Array.prototype.slice.call(main.querySelectorAll("[data-filter-item]")));
    function filter() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.textContent.toLowerCase();
        item.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
      });
      rows.forEach(function (row) { if (!row.hidden) shown++; });
      status.textContent = status.getAttribute("data-template").replace("{n}", shown).replace("{total}", rows.length);
    }
    input.addEventListener("input", filter);
    tools.hidden = false;
    filter();
  });
})();
