// Pin a review comment on the piece's image: a click on the image fills the comment form's two position fields
// (percent from the left and from the top) and shows where the pin will go. The fields work without this script.
(function () {
  "use strict";
  var image = document.getElementById("pin-image");
  var layer = document.getElementById("pin-layer");
  var form = document.getElementById("comment-form");
  if (!image || !layer || !form) { return; }
  var x = form.querySelector("[data-pin=x]");
  var y = form.querySelector("[data-pin=y]");
  var body = form.querySelector("textarea");
  if (!x || !y) { return; }
  var SVG = "http://www.w3.org/2000/svg";
  var draft = null;

  function place(px, py) {
    if (!draft) {
      draft = document.createElementNS(SVG, "svg");
      draft.setAttribute("overflow", "visible");
      draft.setAttribute("class", "pin pin-draft");
      var dot = document.createElementNS(SVG, "circle");
      dot.setAttribute("r", "11");
      dot.setAttribute("class", "pin-dot");
      draft.appendChild(dot);
      layer.appendChild(draft);
    }
    draft.setAttribute("x", px + "%");
    draft.setAttribute("y", py + "%");
  }

  image.classList.add("pin-clickable");
  image.addEventListener("click", function (event) {
    var box = image.getBoundingClientRect();
    var px = Math.round(((event.clientX - box.left) / box.width) * 1000) / 10;
    var py = Math.round(((event.clientY - box.top) / box.height) * 1000) / 10;
    x.value = Math.min(100, Math.max(0, px));
    y.value = Math.min(100, Math.max(0, py));
    place(x.value, y.value);
    if (body) { body.focus(); }
  });
  function typed() {
    if (x.value !== "" && y.value !== "") { place(x.value, y.value); }
  }
  x.addEventListener("input", typed);
  y.addEventListener("input", typed);
})();
