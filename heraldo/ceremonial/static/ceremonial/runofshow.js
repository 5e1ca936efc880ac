// Drag and drop to reorder the run-of-show. The Subir/Bajar buttons do the same
// without a mouse; this file only adds the pointer way and submits the new order.
(function () {
  "use strict";
  var list = document.querySelector("[data-sortable='true']");
  if (!list) { return; }
  var form = document.getElementById(list.getAttribute("data-reorder-form"));
  var dragged = null;

  list.addEventListener("dragstart", function (event) {
    dragged = event.target.closest(".programme-item");
    if (!dragged) { return; }
    dragged.classList.add("programme-dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", dragged.getAttribute("data-item-id"));
  });

  list.addEventListener("dragover", function (event) {
    if (!dragged) { return; }
    event.preventDefault();
    var over = event.target.closest(".programme-item");
    if (!over || over === dragged) { return; }
    var box = over.getBoundingClientRect();
    var after = event.clientY > box.top + box.height / 2;
    list.insertBefore(dragged, after ? over.nextSibling : over);
  });

  list.addEventListener("dragend", function () {
    if (!dragged) { return; }
    dragged.classList.remove("programme-dragging");
    dragged = null;
    var ids = Array.prototype.map.call(list.querySelectorAll(".programme-item"), function (item) {
      return item.getAttribute("data-item-id");
    });
    var field = form.querySelector("input[name=order]");
    if (field.value !== ids.join(",")) {
      field.value = ids.join(",");
      form.submit();
    }
  });
})();
