// The learning path in the browser: the exercises' check, and the learner's progress (modules
// marked as completed, the last checked answer to each exercise), kept in this browser's
// localStorage and shown on the module pages and the overview. An enhancement only: without
// JavaScript every module stays fully readable, each exercise's answer and feedback sit in a
// <details> below it, and the progress controls stay hidden. Without storage the exercises
// still check, but nothing is kept. No requests, no inline handlers.
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

  function isString(value) {
    return typeof value === "string";
  }

  /** { done: [module ids], exercises: { <module id>: { <exercise number>: { answer, right } } } } */
  function readState() {
    var data = {};
    try {
      data = JSON.parse((store && store.getItem(KEY)) || "{}") || {};
    } catch (error) {
      data = {};
    }
    var exercises = data.exercises;
    return {
      done: Array.isArray(data.done) ? data.done.filter(isString) : [],
      exercises: exercises && typeof exercises === "object" && !Array.isArray(exercises) ? exercises : {},
    };
  }

  function writeState(state) {
    if (!store) return;
    try {
      store.setItem(KEY, JSON.stringify(state));
    } catch (error) {
      // Storage full or blocked: progress is simply not kept.
    }
  }

  function setDone(id, isDone) {
    var state = readState();
    state.done = state.done.filter(function (other) { return other !== id; });
    if (isDone) state.done.push(id);
    writeState(state);
  }

  /** The module's stored answers to exercises 1 … total (numbers past the end are answers to exercises since removed). */
  function answersOf(state, moduleId, total) {
    var stored = state.exercises[moduleId];
    var answers = [];
    for (var number = 1; number <= total; number++) {
      var answer = stored && typeof stored === "object" ? stored[number] : null;
      if (answer && typeof answer.answer === "number") answers.push({ number: number, answer: answer.answer, right: answer.right === true });
    }
    return answers;
  }

  function rightCount(answers) {
    return answers.filter(function (answer) { return answer.right; }).length;
  }

  function saveAnswer(moduleId, number, answer, right) {
    var state = readState();
    var stored = state.exercises[moduleId];
    if (!stored || typeof stored !== "object") stored = state.exercises[moduleId] = {};
    stored[number] = { answer: answer, right: right };
    writeState(state);
  }

  function fill(element, values) {
    var text = element.getAttribute("data-template") || "";
    for (var name in values) text = text.replace("{" + name + "}", String(values[name]));
    element.textContent = text;
  }

  // A module page: the "completed" checkbox, kept only where there is storage.
  var moduleBox = document.querySelector("[data-learning-module]");
  if (moduleBox && store) {
    var id = moduleBox.getAttribute("data-learning-module");
    var checkbox = moduleBox.querySelector("[data-learning-done]");
    if (id && checkbox) {
      checkbox.checked = readState().done.indexOf(id) !== -1;
      checkbox.addEventListener("change", function () {
        setDone(id, checkbox.checked);
      });
      moduleBox.hidden = false;
    }
  }

  // A module page's exercises: each <details> with the answers becomes a check of the chosen option.
  var practice = document.querySelector("[data-exercises]");
  if (practice) {
    var moduleId = practice.getAttribute("data-exercises");
    var texts = {
      right: practice.getAttribute("data-text-right"),
      wrong: practice.getAttribute("data-text-wrong"),
      choose: practice.getAttribute("data-text-choose"),
      yourAnswer: practice.getAttribute("data-text-your-answer"),
    };
    var exercises = practice.querySelectorAll("[data-exercise]");
    var score = practice.querySelector("[data-exercise-score]");
    var renderScore = function () {
      if (!score || !store) return;
      fill(score, { right: rightCount(answersOf(readState(), moduleId, exercises.length)) });
      score.hidden = false;
    };
    var saved = answersOf(readState(), moduleId, exercises.length);
    for (var i = 0; i < exercises.length; i++) {
      var number = Number(exercises[i].getAttribute("data-exercise"));
      var previous = saved.filter(function (answer) { return answer.number === number; })[0];
      enhanceExercise(exercises[i], number, previous);
    }
    renderScore();
  }

  function enhanceExercise(item, number, previous) {
    var form = item.querySelector("[data-exercise-form]");
    var details = item.querySelector("[data-exercise-answer]");
    var result = item.querySelector("[data-exercise-result]");
    if (!form || !details || !result) return;
    var options = form.querySelectorAll("[data-option]");
    var boxes = [];
    var markers = [];
    // A find exercise may have more than one right answer.
    var right = [];

    // Each option's verdict and feedback move next to it, hidden until an answer is checked.
    var feedback = details.querySelectorAll("[data-feedback]");
    for (var i = 0; i < feedback.length; i++) {
      var index = Number(feedback[i].getAttribute("data-feedback"));
      var option = options[index];
      if (!option) continue;
      var isCorrect = feedback[i].hasAttribute("data-correct");
      right[index] = isCorrect;
      var box = document.createElement("div");
      box.className = "exercise-option-feedback " + (isCorrect ? "is-correct" : "is-wrong");
      box.id = item.id + "-uitleg-" + (index + 1);
      box.hidden = true;
      var parts = feedback[i].querySelectorAll("[data-feedback-move]");
      // The verdict first, then (in a find exercise) the link to the clause.
      for (var p = parts.length - 1; p >= 0; p--) box.appendChild(parts[p]);
      var marker = document.createElement("strong");
      marker.className = "feedback-chosen";
      marker.textContent = texts.yourAnswer + " ";
      marker.hidden = true;
      var verdict = box.querySelector(".feedback-text");
      if (verdict) verdict.insertBefore(marker, verdict.firstChild);
      option.appendChild(box);
      boxes[index] = box;
      markers[index] = marker;
    }
    var explanation = details.querySelector("[data-exercise-explanation]");
    if (explanation) {
      explanation.hidden = true;
      item.insertBefore(explanation, details);
    }
    item.removeChild(details);
    var actions = form.querySelector("[data-learning-enhanced]");
    if (actions) actions.hidden = false;

    function show(answer) {
      for (var i = 0; i < options.length; i++) {
        var chosen = i === answer;
        options[i].classList.toggle("is-chosen", chosen);
        options[i].classList.toggle("is-right", chosen && right[answer] === true);
        options[i].classList.toggle("is-wrong", chosen && right[answer] !== true);
        if (boxes[i]) {
          boxes[i].hidden = false;
          markers[i].hidden = !chosen;
          var input = options[i].querySelector("input");
          if (input) input.setAttribute("aria-describedby", boxes[i].id);
        }
      }
      if (explanation) explanation.hidden = false;
      result.className = "exercise-result " + (right[answer] ? "is-right" : "is-wrong");
    }

    // The result is announced (role="status"); emptied first, so that the same result checked twice is announced again.
    function announce(message) {
      result.textContent = "";
      window.setTimeout(function () {
        result.textContent = message;
      }, 50);
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = form.querySelector("input:checked");
      if (!chosen) {
        result.className = "exercise-result is-error";
        announce(texts.choose);
        return;
      }
      var answer = Number(chosen.value);
      show(answer);
      announce(right[answer] ? texts.right : texts.wrong);
      if (moduleId && store) saveAnswer(moduleId, number, answer, right[answer] === true);
      renderScore();
    });

    // The answer checked on an earlier visit, shown again without announcing it.
    if (previous && options[previous.answer]) {
      var input = options[previous.answer].querySelector("input");
      if (input) input.checked = true;
      show(previous.answer);
      result.textContent = right[previous.answer] ? texts.right : texts.wrong;
    }
  }

  // The overview: "3 of 8 modules completed", a mark on each completed module and each module's exercise score.
  var overview = document.querySelector("[data-learning-overview]");
  if (overview && store) {
    var items = overview.querySelectorAll("[data-module]");
    var count = overview.querySelector("[data-learning-count]");
    var reset = overview.querySelector("[data-learning-reset]");

    var render = function () {
      var state = readState();
      var completed = 0;
      var anyAnswer = false;
      for (var i = 0; i < items.length; i++) {
        var itemModule = items[i].getAttribute("data-module");
        var isDone = state.done.indexOf(itemModule) !== -1;
        if (isDone) completed++;
        var status = items[i].querySelector("[data-learning-status]");
        if (status) status.hidden = !isDone;
        items[i].classList.toggle("is-completed", isDone);
        var moduleScore = items[i].querySelector("[data-learning-score]");
        if (moduleScore) {
          var answers = answersOf(state, itemModule, Number(moduleScore.getAttribute("data-exercise-total")));
          fill(moduleScore, { right: rightCount(answers) });
          moduleScore.hidden = answers.length === 0;
          if (answers.length) anyAnswer = true;
        }
      }
      if (count) fill(count, { done: completed, total: items.length });
      if (reset) reset.hidden = completed === 0 && !anyAnswer;
    };

    if (reset) {
      reset.addEventListener("click", function () {
        writeState({ done: [], exercises: {} });
        render();
      });
    }
    // Progress made in another tab, or on a page restored from the back/forward cache.
    window.addEventListener("storage", function (event) {
      if (event.key === KEY) render();
    });
    window.addEventListener("pageshow", render);
    render();
    var parts = overview.querySelectorAll("[data-learning-enhanced]");
    for (var j = 0; j < parts.length; j++) parts[j].hidden = false;
  }
})();
