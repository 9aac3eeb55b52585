// Search is an enhancement: without JavaScript the pages stay fully readable.
// Pagefind picks the index matching <html lang>, so Dutch pages search the Dutch index
// (Dutch stemming) and English pages the English one. Results link with ?highlight=…
// and the target page marks the words found; the marks' style is in site.css, since the
// style element Pagefind would add is inline, which the Content Security Policy refuses.
(function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  var base = element.getAttribute("data-base");
  new PagefindUI({
    element: "#search",
    baseUrl: base,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    highlightParam: "highlight",
    translations: { placeholder: element.getAttribute("data-search-hint") },
  });
  if (new URLSearchParams(location.search).has("highlight")) {
    import(base + "pagefind/pagefind-highlight.js").then(function () {
      new PagefindHighlight({ highlightParam: "highlight", addStyles: false });
    });
  }
})();
