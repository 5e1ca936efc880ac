// Suggestions for the archive's filter boxes (source, outlet, topic, authority) as the analyst types, from the
// page's own server. Each suggestion reads "Nombre (id)", so the choice is exact; without JavaScript the box
// takes a name or a number and the server finds the record.
(function () {
  "use strict";
  var WAIT_MS = 200;
  document.querySelectorAll("input[data-suggestions-url]").forEach(function (input) {
    var list = document.createElement("datalist");
    list.id = input.id + "-sugerencias";
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("list", list.id);
    var timer = null;
    var asked = null;
    function ask() {
      var text = input.value.trim();
      if (text === asked) return;
      asked = text;
      var url = input.dataset.suggestionsUrl + "?q=" + encodeURIComponent(text);
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (asked !== text) return; // a newer question is on its way
          list.replaceChildren.apply(
            list,
            data.results.map(function (item) {
              var option = document.createElement("option");
              option.value = item.value;
              return option;
            })
          );
        })
        .catch(function () {
          asked = null; // ask again on the next key
        });
    }
    input.addEventListener("focus", ask);
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, WAIT_MS);
    });
  });
})();
