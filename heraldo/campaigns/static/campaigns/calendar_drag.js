// Drag a piece to another day of the editorial calendar: the drop posts the page's hidden form to the piece's
// reschedule address with the new date; the server checks it (publicity rules included) and says what happened.
// Without a mouse or a script, each piece has its «Reprogramar» link to the same form with a date field.
(function () {
  "use strict";
  var form = document.getElementById("drag-form");
  if (!form) { return; }
  var dragged = null;
  document.querySelectorAll("[data-reschedule]").forEach(function (item) {
    item.addEventListener("dragstart", function (event) {
      dragged = item;
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", item.dataset.reschedule);
    });
    item.addEventListener("dragend", function () { dragged = null; });
  });
  document.querySelectorAll("[data-drop-day]").forEach(function (cell) {
    cell.addEventListener("dragover", function (event) {
      if (!dragged) { return; }
      event.preventDefault();
      cell.classList.add("ed-drop");
    });
    cell.addEventListener("dragleave", function () { cell.classList.remove("ed-drop"); });
    cell.addEventListener("drop", function (event) {
      cell.classList.remove("ed-drop");
      if (!dragged) { return; }
      event.preventDefault();
      form.action = dragged.dataset.reschedule;
      form.elements.starts_on.value = cell.dataset.dropDay;
      form.submit();
    });
  });
})();
