// Progressive enhancement of a release's photo upload: photos can be dropped on the form, and the
// upload shows its progress. Without this script the plain file input and submit button still work;
// the server checks every file the same way either way. The labels come from the form's data-* attributes.
(function () {
  "use strict";

  function enhance(form) {
    var input = form.querySelector('input[type="file"]');
    if (!input || !window.FormData || !window.DataTransfer) {
      return;
    }
    var labels = form.dataset;
    var hint = document.createElement("p");
    hint.className = "small text-body-secondary photo-drop-hint mt-1 mb-0";
    hint.textContent = labels.dropHint;
    input.parentNode.insertBefore(hint, input.nextSibling);
    var progress = document.createElement("progress");
    progress.className = "w-100 photo-drop-progress";
    progress.max = 100;
    progress.value = 0;
    progress.hidden = true;
    var status = document.createElement("p");
    status.className = "small mb-2";
    status.setAttribute("role", "status");
    form.querySelector('button[type="submit"]').before(progress, status);

    function showChosen() {
      var names = Array.prototype.map.call(input.files, function (file) { return file.name; });
      status.textContent = names.length ? labels.chosen + " " + names.join(", ") : "";
    }

    ["dragenter", "dragover"].forEach(function (name) {
      form.addEventListener(name, function (event) {
        event.preventDefault();
        form.classList.add("photo-drop-over");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      form.addEventListener(name, function () { form.classList.remove("photo-drop-over"); });
    });
    form.addEventListener("drop", function (event) {
      event.preventDefault();
      var images = new DataTransfer();
      Array.prototype.forEach.call(event.dataTransfer.files, function (file) { images.items.add(file); });
      input.files = images.files;
      showChosen();
    });
    input.addEventListener("change", showChosen);

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open("POST", form.action || window.location.href);
      request.upload.addEventListener("progress", function (step) {
        if (step.lengthComputable) {
          progress.value = Math.round((step.loaded / step.total) * 100);
          status.textContent = labels.uploading + " " + progress.value + " %";
        }
      });
      request.addEventListener("load", function () {
        // The server answers as it does without the script (the page again, with its messages or
        // the form's errors): show that page in place of this one.
        var page = new DOMParser().parseFromString(request.responseText, "text/html");
        var main = page.getElementById("contenido");
        if (request.status !== 200 || !main) {
          status.textContent = labels.failed;
          progress.hidden = true;
          return;
        }
        document.getElementById("contenido").replaceWith(main);
        if (request.responseURL) {
          window.history.replaceState(null, "", request.responseURL);
        }
        document.querySelectorAll("form[data-photo-drop]").forEach(enhance);
      });
      request.addEventListener("error", function () {
        status.textContent = labels.failed;
        progress.hidden = true;
      });
      progress.value = 0;
      progress.hidden = false;
      status.textContent = labels.uploading + " 0 %";
      request.send(new FormData(form));
    });
  }

  document.querySelectorAll("form[data-photo-drop]").forEach(enhance);
})();
