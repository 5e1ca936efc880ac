// Autosave of a unit's campaign brief: every few seconds the form is posted to the server, which keeps the draft.
// The first save creates the draft and the page's address becomes the draft's, so a reload finds it again.
(function () {
  "use strict";
  var form = document.getElementById("brief-form");
  if (!form || !window.fetch || !window.FormData) { return; }
  var INTERVAL = 3000;
  var statusBox = document.getElementById("autosave-status");
  var t = form.dataset;
  var dirty = false;
  var inFlight = false;

  function say(text, bad) {
    if (!statusBox) { return; }
    statusBox.textContent = text;
    statusBox.classList.toggle("text-danger", !!bad);
  }
  function stamp() {
    var d = new Date();
    return ("0" + d.getHours()).slice(-2) + ":" + ("0" + d.getMinutes()).slice(-2);
  }

  form.addEventListener("input", function () { dirty = true; say(t.textDirty); });
  form.addEventListener("change", function () { dirty = true; say(t.textDirty); });

  function save() {
    if (!dirty || inFlight) { return; }
    var data = new FormData(form);
    data.append("brief", form.dataset.brief || "");
    data.delete && data.delete("send");
    inFlight = true;
    dirty = false;
    fetch(form.dataset.autosaveUrl, { method: "POST", body: data, credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (response.redirected || type.indexOf("application/json") === -1) { dirty = true; say(t.textExpired, true); return null; }
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      })
      .then(function (result) {
        if (!result) { return; }
        if (result.body.saved) {
          if (!form.dataset.brief) {
            form.dataset.brief = result.body.brief;
            form.action = result.body.edit_url;
            if (window.history && window.history.replaceState) { window.history.replaceState(null, "", result.body.edit_url); }
          }
          say(t.textSaved + " " + stamp() + ".");
        } else if (result.status === 200) {
          say(t.textNeedsTitle);
        } else {
          say(result.body.error || t.textFailed, true);
        }
      })
      .catch(function () { dirty = true; say(t.textOffline, true); })
      .then(function () { inFlight = false; });
  }

  window.setInterval(save, INTERVAL);
})();
