// Shows only the fields the chosen kind of alert rule uses; without JavaScript every field stays visible.
(function () {
  "use strict";
  var kind = document.getElementById("id_kind");
  if (!kind) return;
  var fieldsByKind = {
    mention: ["target", "tone", "priority_only", "mode"],
    query: ["target", "query", "tone", "priority_only", "mode"],
    surge: ["target", "topic", "window_hours"],
  };
  var optional = ["target", "query", "topic", "window_hours", "tone", "priority_only", "mode"];
  function wrapperOf(name) {
    var input = document.getElementById("id_" + name);
    return input ? input.closest("div") : null;
  }
  function update() {
    var shown = fieldsByKind[kind.value] || optional;
    optional.forEach(function (name) {
      var wrapper = wrapperOf(name);
      if (wrapper) wrapper.hidden = shown.indexOf(name) === -1;
    });
  }
  kind.addEventListener("change", update);
  update();
})();
