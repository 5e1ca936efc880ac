// Heraldo's page behaviour. No inline script anywhere: the CSP forbids it.
(function () {
  "use strict";
  // Forms marked data-confirm ask once before a destructive action.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // A tab strip too wide for the screen scrolls sideways: its current tab is brought into view and the
  // edge with more tabs behind it fades out (classes more-left / more-right), so none look cut off.
  function markOverflow(strip) {
    var end = strip.scrollWidth - strip.clientWidth;
    strip.classList.toggle("more-left", strip.scrollLeft > 1);
    strip.classList.toggle("more-right", strip.scrollLeft < end - 1);
  }
  function setUpStrips(root) {
    root.querySelectorAll(".nav.overflow-auto").forEach(function (strip) {
      var current = strip.querySelector(".active");
      if (current && current.offsetLeft + current.offsetWidth > strip.clientWidth) {
        strip.scrollLeft = current.offsetLeft - strip.clientWidth / 3;
      }
      markOverflow(strip);
      strip.addEventListener("scroll", function () { markOverflow(strip); }, { passive: true });
    });
  }
  setUpStrips(document);
  window.addEventListener("resize", function () {
    document.querySelectorAll(".nav.overflow-auto").forEach(markOverflow);
  });
})();
