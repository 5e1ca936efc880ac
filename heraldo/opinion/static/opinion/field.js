// Field collection: each answer is kept in this phone's storage with an id made here, then sent to the API
// when there is a network. A send whose reply is lost is sent again with the same id and the server keeps
// one response, so nothing is lost and nothing is counted twice.
(function () {
  "use strict";
  var form = document.querySelector("[data-field-form]");
  var panel = document.querySelector("[data-field-status]");
  if (!form || !panel) return;
  var text = form.dataset;
  var key = "heraldo-survey-" + text.survey + "-";
  var csrf = form.querySelector("[name=csrfmiddlewaretoken]").value;
  var flushing = false;

  function part(name) { return panel.querySelector("[data-field-" + name + "]"); }
  function load(name) {
    try { return JSON.parse(window.localStorage.getItem(key + name) || "[]"); } catch (error) { return []; }
  }
  function store(name, value) { window.localStorage.setItem(key + name, JSON.stringify(value)); }
  function sentCount() { return parseInt(window.localStorage.getItem(key + "sent") || "0", 10); }

  function show(message) {
    if (message) part("message").textContent = message;
    part("pending").textContent = String(load("queue").length);
    part("sent").textContent = String(sentCount());
    part("network").textContent = navigator.onLine ? text.textOnline : text.textOffline;
    var list = part("refused");
    list.textContent = "";
    load("refused").forEach(function (entry) {
      var item = document.createElement("li");
      item.textContent = text.textRefused + ": " + entry.error;
      list.appendChild(item);
    });
  }

  function newId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function valuesOf(fieldset) {
    var values = [];
    fieldset.querySelectorAll('[name="q' + fieldset.dataset.question + '"]').forEach(function (input) {
      var given = input.type === "radio" || input.type === "checkbox" ? input.checked : input.value.trim() !== "";
      if (given) values.push(input.value.trim());
    });
    return values;
  }

  function collect() {
    var answers = {};
    form.querySelectorAll(".survey-question").forEach(function (fieldset) {
      if (fieldset.hidden) return;
      var values = valuesOf(fieldset);
      if (values.length) answers[fieldset.dataset.question] = values;
    });
    return answers;
  }

  function drop(item) {
    store("queue", load("queue").filter(function (queued) { return queued.client_id !== item.client_id; }));
  }

  function flush() {
    var queue = load("queue");
    if (flushing || !queue.length) { show(); return; }
    flushing = true;
    var item = queue[0];
    window.fetch(text.syncUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify(item)
    }).then(function (response) {
      if (response.status === 200 || response.status === 201) {
        drop(item);
        window.localStorage.setItem(key + "sent", String(sentCount() + 1));
        return true;
      }
      if (response.status === 400 || response.status === 409) {
        return response.json().then(function (body) {
          drop(item);
          var refused = load("refused");
          refused.push({ item: item, error: body.detail || JSON.stringify(body) });
          store("refused", refused);
          return true;
        });
      }
      if (response.status === 401 || response.status === 403) show(text.textLogin);
      return false;  // kept: the session or the server comes back later
    }).catch(function () {
      return false;  // no network: kept for the next try
    }).then(function (goOn) {
      flushing = false;
      show();
      if (goOn) {
        if (load("queue").length) flush(); else show(text.textSent);
      }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var missing = null;
    form.querySelectorAll(".survey-question[data-required]").forEach(function (fieldset) {
      var empty = !fieldset.hidden && !valuesOf(fieldset).length;
      fieldset.classList.toggle("border-start", empty);
      fieldset.classList.toggle("border-danger", empty);
      fieldset.classList.toggle("ps-2", empty);
      if (empty && !missing) missing = fieldset;
    });
    if (missing) {
      show(text.textMissing);
      missing.scrollIntoView();
      return;
    }
    var queue = load("queue");
    queue.push({ client_id: newId(), collected_at: new Date().toISOString(), answers: collect() });
    store("queue", queue);
    form.reset();
    show(text.textSaved);
    window.scrollTo(0, 0);
    flush();
  });

  part("flush").addEventListener("click", flush);
  window.addEventListener("online", flush);
  window.addEventListener("offline", function () { show(); });
  window.setInterval(flush, 30000);

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register(text.swUrl, { scope: text.swScope }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      // The page and what it loads, so it opens again with no network.
      var urls = [window.location.href];
      document.querySelectorAll("script[src], link[rel=stylesheet]").forEach(function (node) {
        urls.push(node.src || node.href);
      });
      if (registration.active) registration.active.postMessage({ cache: urls });
    }).catch(function () { /* without a service worker the page still keeps answers while it stays open */ });
  }
  show();
  flush();
})();
