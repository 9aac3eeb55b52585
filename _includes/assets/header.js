// The header's enhancements; without JavaScript the menu is an open list and the language
// switch leads to the other language's page as it is.
(function () {
  // On a phone the menu folds behind its button (GOV.UK service navigation).
  var button = document.querySelector(".menu-button");
  var list = button && document.getElementById(button.getAttribute("aria-controls"));
  if (list) {
    var narrow = window.matchMedia("(max-width: 40rem)");
    var fold = function () {
      button.hidden = !narrow.matches;
      list.hidden = narrow.matches && button.getAttribute("aria-expanded") !== "true";
    };
    button.addEventListener("click", function () {
      button.setAttribute("aria-expanded", String(button.getAttribute("aria-expanded") !== "true"));
      fold();
    });
    narrow.addEventListener("change", fold);
    fold();
  }

  // The other language's page has the same anchors (clause ids, headings) and reads the same
  // query (compare's ?c=): the switch keeps both, as they are when it is followed.
  document.querySelectorAll("a.language-switch").forEach(function (link) {
    var page = link.href.split(/[?#]/)[0];
    var keep = function () { link.href = page + location.search + location.hash; };
    // pointerdown comes before a middle click or the context menu, focus before a keyboard's Enter.
    ["pointerdown", "focus", "click"].forEach(function (type) { link.addEventListener(type, keep); });
    window.addEventListener("hashchange", keep);
    keep();
  });
})();
