// Autosave for the press release editor.
// Every keystroke is copied to localStorage at once; every few seconds the draft is posted to the server.
// If the session has expired, the text stays in this browser and is put back in the form after signing in.
(function () {
  "use strict";
  var form = document.getElementById("release-form");
  if (!form || !window.fetch) { return; }
  var FIELDS = ["headline", "lead", "body", "quotes"];
  var INTERVAL = 4000;
  var statusBox = document.getElementById("autosave-status");
  var restoredBox = document.getElementById("autosave-restored");
  var key = form.dataset.storageKey;
  var dirty = false;
  var inFlight = false;

  var t = form.dataset;
  function field(name) { return form.elements.namedItem(name); }
  function values() {
    var out = {};
    FIELDS.forEach(function (name) { var el = field(name); out[name] = el ? el.value : ""; });
    return out;
  }
  function same(a, b) { return FIELDS.every(function (n) { return (a[n] || "") === (b[n] || ""); }); }
  function say(text) { if (statusBox) { statusBox.textContent = text; } }
  function stamp() {
    var d = new Date();
    return ("0" + d.getHours()).slice(-2) + ":" + ("0" + d.getMinutes()).slice(-2);
  }
  function read(k) {
    try { return JSON.parse(window.localStorage.getItem(k) || "null"); } catch (e) { return null; }
  }
  function keep(synced) {
    try { window.localStorage.setItem(key, JSON.stringify({ fields: values(), at: Date.now(), synced: synced })); } catch (e) { /* storage full or off */ }
  }

  // Put back text that never reached the server (expired session, closed tab, lost connection).
  var stored = read(key);
  if (stored && stored.fields) {
    if (same(stored.fields, values())) {
      window.localStorage.removeItem(key);
    } else if (!stored.synced) {
      FIELDS.forEach(function (name) { var el = field(name); if (el && stored.fields[name] !== undefined) { el.value = stored.fields[name]; } });
      dirty = true;
      if (restoredBox) {
        restoredBox.textContent = t.textRestored + " (" + new Date(stored.at).toLocaleString(document.documentElement.lang) + ")";
        restoredBox.classList.remove("d-none");
        restoredBox.focus();
      }
    }
  }

  form.addEventListener("input", function (event) {
    if (FIELDS.indexOf(event.target.name) === -1) { return; }
    dirty = true;
    keep(false);
    say(t.textDirty);
  });
  form.addEventListener("submit", function () { keep(false); });

  function expired() {
    dirty = true;
    keep(false);
    if (statusBox) {
      statusBox.textContent = "";
      var text = document.createTextNode(t.textExpired + " ");
      var link = document.createElement("a");
      link.href = form.dataset.loginUrl;
      link.textContent = t.textLogin;
      statusBox.appendChild(text);
      statusBox.appendChild(link);
      statusBox.appendChild(document.createTextNode(" " + t.textExpiredEnd));
      statusBox.classList.add("text-danger");
    }
  }

  function save() {
    if (!dirty || inFlight) { return; }
    var current = values();
    if (!current.headline.trim()) { return; }
    var data = new FormData();
    data.append("csrfmiddlewaretoken", field("csrfmiddlewaretoken").value);
    data.append("release", form.dataset.release || "");
    data.append("version", form.dataset.version || "");
    FIELDS.forEach(function (name) { data.append(name, current[name]); });
    inFlight = true;
    dirty = false;
    fetch(form.dataset.autosaveUrl, { method: "POST", body: data, credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (response.redirected || type.indexOf("application/json") === -1) { expired(); return null; }
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      })
      .then(function (result) {
        if (!result) { return; }
        if (result.status === 200 && result.body.saved) {
          form.dataset.version = result.body.version;
          field("version").value = result.body.version;
          if (!form.dataset.release) {
            form.dataset.release = result.body.release;
            form.action = result.body.edit_url;
            form.dataset.loginUrl = form.dataset.loginUrl.split("?")[0] + "?next=" + encodeURIComponent(result.body.edit_url);
            window.localStorage.removeItem(key);
            key = key.replace(/-nueva$/, "-" + result.body.release);
            form.dataset.storageKey = key;
            if (window.history && window.history.replaceState) { window.history.replaceState(null, "", result.body.edit_url); }
          }
          if (same(current, values())) { keep(true); }
          statusBox && statusBox.classList.remove("text-danger");
          say(t.textSaved + " " + stamp() + ".");
        } else if (result.status === 200) {
          dirty = true;
        } else {
          dirty = false;
          keep(false);
          say(result.body.error || t.textFailed);
        }
      })
      .catch(function () {
        dirty = true;
        keep(false);
        say(t.textOffline);
      })
      .then(function () { inFlight = false; });
  }

  window.setInterval(save, INTERVAL);
})();
