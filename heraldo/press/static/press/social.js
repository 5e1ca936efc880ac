// Live character count under each social text, against the network's limit (X counts links as 23).
(function () {
  "use strict";
  var URL_RE = /https?:\/\/\S+/g;
  document.querySelectorAll("textarea[data-limit]").forEach(function (area) {
    var limit = parseInt(area.dataset.limit, 10);
    var counter = document.createElement("div");
    counter.className = "small char-count";
    counter.setAttribute("aria-live", "polite");
    area.insertAdjacentElement("afterend", counter);
    function update() {
      var text = area.value;
      var length = area.dataset.network === "x" ? text.replace(URL_RE, "xxxxxxxxxxxxxxxxxxxxxxx").length : text.length;
      counter.textContent = length + " / " + limit;
      counter.classList.toggle("over", length > limit);
    }
    area.addEventListener("input", update);
    update();
  });
})();
