// The learning path's progress: which modules the learner has marked as completed, kept in
// this browser's localStorage and shown on the overview. An enhancement only: without
// JavaScript (or without storage) every module stays fully readable and the progress
// controls stay hidden. No requests, no inline handlers.
(function () {
  "use strict";

  var KEY = "dpa-clause-library:learning-path";

  function storage() {
    try {
      var store = window.localStorage;
      var probe = KEY + ":probe";
      store.setItem(probe, "1");
      store.removeItem(probe);
      return store;
    } catch (error) {
      return null;
    }
  }

  var store = storage();
  if (!store) return;

  function readDone() {
    try {
      var data = JSON.parse(store.getItem(KEY) || "{}");
      return Array.isArray(data.done) ? data.done.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (error) {
      return [];
    }
  }

  function writeDone(done) {
    try {
      store.setItem(KEY, JSON.stringify({ done: done }));
    } catch (error) {
      // Storage full or blocked: progress is simply not kept.
    }
  }

  function setDone(id, isDone) {
    var done = readDone().filter(function (other) { return other !== id; });
    if (isDone) done.push(id);
    writeDone(done);
  }

  function reveal(root) {
    var parts = root.querySelectorAll("[data-learning-enhanced]");
    for (var i = 0; i < parts.length; i++) parts[i].hidden = false;
  }

  // A module page: the "completed" checkbox.
  var moduleBox = document.querySelector("[data-learning-module]");
  if (moduleBox) {
    var id = moduleBox.getAttribute("data-learning-module");
    var checkbox = moduleBox.querySelector("[data-learning-done]");
    if (id && checkbox) {
      checkbox.checked = readDone().indexOf(id) !== -1;
      checkbox.addEventListener("change", function () {
        setDone(id, checkbox.checked);
      });
      moduleBox.hidden = false;
    }
  }

  // The overview: "3 of 8 modules completed" and a mark on each completed module.
  var overview = document.querySelector("[data-learning-overview]");
  if (overview) {
    var items = overview.querySelectorAll("[data-module]");
    var count = overview.querySelector("[data-learning-count]");
    var reset = overview.querySelector("[data-learning-reset]");

    var render = function () {
      var done = readDone();
      var completed = 0;
      for (var i = 0; i < items.length; i++) {
        var isDone = done.indexOf(items[i].getAttribute("data-module")) !== -1;
        if (isDone) completed++;
        var status = items[i].querySelector("[data-learning-status]");
        if (status) status.hidden = !isDone;
        items[i].classList.toggle("is-completed", isDone);
      }
      if (count) {
        count.textContent = (count.getAttribute("data-template") || "")
          .replace("{done}", String(completed))
          .replace("{total}", String(items.length));
      }
      if (reset) reset.hidden = completed === 0;
    };

    if (reset) {
      reset.addEventListener("click", function () {
        writeDone([]);
        render();
      });
    }
    // Progress marked in another tab, or on a page restored from the back/forward cache.
    window.addEventListener("storage", function (event) {
      if (event.key === KEY) render();
    });
    window.addEventListener("pageshow", render);
    render();
    reveal(overview);
  }
})();
