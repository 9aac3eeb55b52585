// Search is an enhancement: without JavaScript the page stays fully readable.
// Pagefind picks the index matching <html lang>, so Dutch pages search the Dutch index
// (with Dutch stemming) and English pages the English one.
(function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: element.getAttribute("data-search-hint") },
  });
})();
