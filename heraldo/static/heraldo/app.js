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
})();
