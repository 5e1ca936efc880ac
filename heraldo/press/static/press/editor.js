// The release body's editor: Squire over the form's textarea, with a toolbar of exactly what the server keeps
// (bold, italic, links, two levels of subheading, lists). Without JavaScript the textarea works as before.
// The textarea stays the field the form and the autosave send; the editor copies its HTML into it on each change.
(function () {
  "use strict";
  var form = document.getElementById("release-form");
  var textarea = form && form.elements.namedItem("body");
  if (!textarea || !window.Squire || !window.DOMPurify) { return; }
  var t = form.dataset;

  function escapeText(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }
  // The form gives plain paragraphs as plain text (easier without the editor); the editor needs HTML.
  function asHtml(value) {
    if (/<[a-z]/i.test(value)) { return value; }
    return value.split(/\n\s*\n/).filter(function (p) { return p.trim(); }).map(function (p) {
      return "<p>" + escapeText(p.trim()).replace(/\n/g, "<br>") + "</p>";
    }).join("");
  }

  var wrapper = document.createElement("div");
  wrapper.className = "rich-editor border rounded mb-1";
  var toolbar = document.createElement("div");
  toolbar.className = "btn-toolbar gap-1 p-1 border-bottom bg-body-tertiary";
  toolbar.setAttribute("role", "toolbar");
  toolbar.setAttribute("aria-label", t.editorToolbar);
  var area = document.createElement("div");
  area.className = "rich-editor-area form-control border-0";
  area.id = "id_body_editor";
  area.setAttribute("role", "textbox");
  area.setAttribute("aria-multiline", "true");
  var label = document.querySelector('label[for="' + textarea.id + '"]');
  if (label) { label.id = label.id || textarea.id + "_label"; area.setAttribute("aria-labelledby", label.id); label.htmlFor = area.id; }
  if (textarea.getAttribute("aria-describedby")) { area.setAttribute("aria-describedby", textarea.getAttribute("aria-describedby")); }
  // The address of a link is asked in a small row under the toolbar (the selection waits in the editor).
  var linkPanel = document.createElement("div");
  linkPanel.className = "d-none flex-wrap gap-2 align-items-center p-2 border-bottom";  // d-flex when asked
  var linkInput = document.createElement("input");
  linkInput.type = "url";
  linkInput.className = "form-control form-control-sm flex-grow-1 w-auto";
  linkInput.id = "id_body_link";
  linkInput.setAttribute("aria-label", t.editorLinkPrompt);
  var linkApply = document.createElement("button");
  linkApply.type = "button";
  linkApply.className = "btn btn-sm btn-primary";
  linkApply.textContent = t.editorLinkApply;
  var linkCancel = document.createElement("button");
  linkCancel.type = "button";
  linkCancel.className = "btn btn-sm btn-link";
  linkCancel.textContent = t.editorLinkCancel;
  var linkError = document.createElement("span");
  linkError.className = "small text-danger w-100";
  linkError.setAttribute("role", "status");
  linkPanel.append(linkInput, linkApply, linkCancel, linkError);
  function closeLinkPanel() { linkPanel.classList.replace("d-flex", "d-none"); linkError.textContent = ""; editor.focus(); }
  function applyLink() {
    var href = linkInput.value.trim();
    if (!/^(https?:\/\/[^\s/]+\.[^\s]+|mailto:\S+@\S+|tel:[+\d][\d\s-]+)$/i.test(href)) {
      linkError.textContent = t.editorLinkInvalid;
      return;
    }
    editor.makeLink(href);
    closeLinkPanel();
    sync();
  }
  linkApply.addEventListener("click", applyLink);
  linkCancel.addEventListener("click", closeLinkPanel);
  linkInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); applyLink(); }
    if (event.key === "Escape") { event.preventDefault(); closeLinkPanel(); }
  });
  wrapper.appendChild(toolbar);
  wrapper.appendChild(linkPanel);
  wrapper.appendChild(area);
  textarea.parentNode.insertBefore(wrapper, textarea);
  textarea.hidden = true;

  var editor = new window.Squire(area, {
    blockTag: "P",
    sanitizeToDOMFragment: function (html) {
      var fragment = window.DOMPurify.sanitize(html, {
        ALLOWED_TAGS: ["p", "br", "b", "strong", "i", "em", "a", "h1", "h2", "h3", "h4", "ul", "ol", "li", "div", "span"],
        ALLOWED_ATTR: ["href"],
        RETURN_DOM_FRAGMENT: true
      });
      return document.importNode(fragment, true);
    }
  });
  editor.setHTML(asHtml(textarea.value));

  function setBlock(tag) {
    editor.forEachBlock(function (block) {
      if (block.nodeName === tag) { return; }
      var replacement = document.createElement(tag);
      while (block.firstChild) { replacement.appendChild(block.firstChild); }
      block.parentNode.replaceChild(replacement, block);
    }, true);
    editor.focus();
  }
  function inBlock(tag) { return new RegExp("(^|>)" + tag + "(>|$)").test(editor.getPath()); }
  var buttons = [
    { name: "bold", icon: "type-bold", label: t.editorBold, active: function () { return editor.hasFormat("B") || editor.hasFormat("STRONG"); },
      run: function () { if (editor.hasFormat("B") || editor.hasFormat("STRONG")) { editor.removeBold(); } else { editor.bold(); } } },
    { name: "italic", icon: "type-italic", label: t.editorItalic, active: function () { return editor.hasFormat("I") || editor.hasFormat("EM"); },
      run: function () { if (editor.hasFormat("I") || editor.hasFormat("EM")) { editor.removeItalic(); } else { editor.italic(); } } },
    { name: "link", icon: "link-45deg", label: t.editorLink, active: function () { return editor.hasFormat("A"); },
      run: function () {
        if (editor.hasFormat("A")) { editor.removeLink(); return; }
        linkPanel.classList.replace("d-none", "d-flex");
        linkInput.value = "https://";
        linkInput.focus();
      } },
    { name: "h2", icon: "type-h2", label: t.editorHeading, active: function () { return inBlock("H2"); },
      run: function () { setBlock(inBlock("H2") ? "P" : "H2"); } },
    { name: "h3", icon: "type-h3", label: t.editorSubheading, active: function () { return inBlock("H3"); },
      run: function () { setBlock(inBlock("H3") ? "P" : "H3"); } },
    { name: "ul", icon: "list-ul", label: t.editorBullets, active: function () { return inBlock("UL"); },
      run: function () { if (inBlock("UL")) { editor.removeList(); } else { editor.makeUnorderedList(); } } },
    { name: "ol", icon: "list-ol", label: t.editorNumbers, active: function () { return inBlock("OL"); },
      run: function () { if (inBlock("OL")) { editor.removeList(); } else { editor.makeOrderedList(); } } }
  ];
  buttons.forEach(function (spec) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-sm btn-outline-secondary";
    button.dataset.editor = spec.name;
    button.title = spec.label;
    button.setAttribute("aria-label", spec.label);
    button.setAttribute("aria-pressed", "false");
    button.innerHTML = '<i class="bi bi-' + spec.icon + '" aria-hidden="true"></i>';
    button.addEventListener("mousedown", function (event) { event.preventDefault(); }); // keep the selection
    button.addEventListener("click", function () { spec.run(); refresh(); sync(); });
    spec.element = button;
    toolbar.appendChild(button);
  });
  function refresh() {
    buttons.forEach(function (spec) { spec.element.setAttribute("aria-pressed", spec.active() ? "true" : "false"); });
  }
  function sync() {
    var html = editor.getHTML();
    if (html === textarea.value) { return; }
    textarea.value = html;
    textarea.dispatchEvent(new Event("input", { bubbles: true })); // the autosave listens on the form
  }
  editor.addEventListener("input", sync);
  editor.addEventListener("pathChange", refresh);
  editor.addEventListener("cursor", refresh);
  editor.addEventListener("select", refresh);
  form.addEventListener("submit", sync);
})();
