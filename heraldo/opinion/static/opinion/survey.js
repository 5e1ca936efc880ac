// Skip logic on the page: a question asked only after a given answer is hidden (and not sent) until that
// answer is chosen. The server applies the same rule again, so this only spares people needless questions.
(function () {
  "use strict";
  document.querySelectorAll("[data-survey-form]").forEach(function (form) {
    function answersOf(id) {
      var values = [];
      form.querySelectorAll('[name="q' + id + '"]').forEach(function (input) {
        var given = input.type === "radio" || input.type === "checkbox" ? input.checked : input.value !== "";
        if (given) values.push(input.value);
      });
      return values;
    }
    function apply() {
      // Conditions point to earlier questions, so one pass in page order settles chains of them.
      form.querySelectorAll(".survey-question[data-show-if]").forEach(function (fieldset) {
        var parent = form.querySelector("#pregunta-" + fieldset.dataset.showIf);
        var shown = !!parent && !parent.hidden && answersOf(fieldset.dataset.showIf).indexOf(fieldset.dataset.showIfAnswer) !== -1;
        fieldset.hidden = !shown;
        fieldset.disabled = !shown;
      });
    }
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    apply();
  });
})();
