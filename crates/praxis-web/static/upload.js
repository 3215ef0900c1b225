// Praxis: upload progress. Progressive enhancement: without JavaScript the
// form posts as usual. With it, a form marked data-upload-progress sends
// the same multipart body with XMLHttpRequest, shows a <progress> bar and
// announces the percentage to screen readers, then shows the page the
// server answered with (the document, or the form with its errors). Its
// words come from the form, in the page's language: data-i18n-progress
// names the bar, data-i18n-uploaded announces the percentage ("{percent}"
// stands for the number), data-i18n-failed says the upload failed.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("form[data-upload-progress]"), function (form) {
    var words = function (name) { return form.getAttribute("data-i18n-" + name) || ""; };
    var status = document.createElement("p");
    status.className = "upload-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.hidden = true;
    bar.setAttribute("aria-label", words("progress"));
    form.appendChild(bar);
    form.appendChild(status);

    form.addEventListener("submit", function (event) {
      if (!window.FormData || !window.XMLHttpRequest) { return; }
      event.preventDefault();
      var button = form.querySelector("button[type=submit]");
      if (button) { button.disabled = true; }
      bar.hidden = false;
      var lastAnnounced = -10;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.upload.addEventListener("progress", function (e) {
        if (!e.lengthComputable) { return; }
        var percent = Math.round((e.loaded / e.total) * 100);
        bar.value = percent;
        if (percent - lastAnnounced >= 10 || percent === 100) {
          status.textContent = words("uploaded").replace("{percent}", String(percent));
          lastAnnounced = percent;
        }
      });
      xhr.addEventListener("load", function () {
        if (xhr.responseURL && xhr.responseURL !== form.action && xhr.status < 400) {
          window.location.assign(xhr.responseURL);
          return;
        }
        document.open();
        document.write(xhr.responseText);
        document.close();
      });
      xhr.addEventListener("error", function () {
        status.textContent = words("failed");
        if (button) { button.disabled = false; }
      });
      xhr.send(new FormData(form));
    });
  });
})();
