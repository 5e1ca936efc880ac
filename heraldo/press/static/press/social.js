// Live character count under each social text, against the network's limit (X counts links as 23),
// and a «Copiar» button beside it: the text goes to the clipboard as it is in the box, saved or not.
(function () {
  "use strict";
  var URL_RE = /https?:\/\/\S+/g;
  var form = document.querySelector(".social-form");
  var labels = form ? form.dataset : {};
  document.querySelectorAll("textarea[data-limit]").forEach(function (area) {
    var limit = parseInt(area.dataset.limit, 10);
    var counter = document.createElement("div");
    counter.className = "small char-count";
    counter.setAttribute("aria-live", "polite");
    var row = document.createElement("div");
    row.className = "d-flex align-items-center gap-2 mt-1";
    var copy = document.createElement("button");
    copy.type = "button";
    copy.className = "btn btn-sm btn-outline-secondary";
    copy.innerHTML = '<i class="bi bi-clipboard" aria-hidden="true"></i> ';
    copy.appendChild(document.createTextNode(labels.textCopy));
    var label = document.querySelector('label[for="' + area.id + '"]');
    copy.setAttribute("aria-label", labels.textCopy + (label ? ": " + label.textContent.trim() : ""));
    var done = document.createElement("span");
    done.className = "small text-success";
    done.setAttribute("role", "status");
    copy.addEventListener("click", function () {
      function copied() {
        done.textContent = labels.textCopied;
        window.setTimeout(function () { done.textContent = ""; }, 2500);
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(area.value).then(copied, function () { area.select(); });
      } else {
        area.select();  // plain http: the text is selected for Ctrl+C
        done.textContent = labels.textSelect;
      }
    });
    row.append(copy, counter, done);
    area.insertAdjacentElement("afterend", row);
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
