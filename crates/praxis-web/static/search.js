// Praxis: search as you type in the header. Progressive enhancement: without
// JavaScript the box is an ordinary form that opens the results page
// (/search). With it, typing two or more characters offers up to eight
// matches in a listbox under the box; arrow keys move, Enter opens the
// chosen match, Escape closes. Enter without a chosen match still submits
// the form. Built as an ARIA combobox so screen readers announce it; every
// text from the server goes in with textContent, never as markup. Its words
// come from the page, in the page's language, as data-i18n-* attributes of
// the box: the name of each type of match (data-i18n-thread, -post,
// -document, -person, -result for any other) and the announcement of how
// many appeared (data-i18n-suggestions-one, data-i18n-suggestions-other,
// where "{count}" stands for the number).
(function () {
  "use strict";

  var MIN_CHARS = 2;
  var TYPES = ["thread", "post", "document", "person"];

  function debounce(fn, ms) {
    var timer = null;
    var debounced = function () {
      var args = arguments, self = this;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(self, args); }, ms);
    };
    debounced.cancel = function () { clearTimeout(timer); };
    return debounced;
  }

  // Only links within Praxis: a path on this site, never "//elsewhere" or
  // "javascript:".
  function safeUrl(url) {
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/" && url.charAt(1) !== "\\";
  }

  function setup(input) {
    var form = input.form;
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var endpoint = input.getAttribute("data-suggest");
    if (!form || !list || !endpoint || !window.fetch) { return; }
    var listId = list.id;
    var words = function (name) { return input.getAttribute("data-i18n-" + name) || ""; };
    var labels = {};
    TYPES.forEach(function (type) { labels[type] = words(type); });

    // Tells screen reader users how many suggestions appeared.
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    form.appendChild(status);

    var items = [], active = -1, latest = 0, controller = null;

    function clear() {
      while (list.firstChild) { list.removeChild(list.firstChild); }
    }

    function close() {
      list.hidden = true;
      clear();
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function cancel() {
      latest += 1;
      if (controller) { controller.abort(); controller = null; }
    }

    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (li, i) {
        li.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0 && list.children[index]) {
        input.setAttribute("aria-activedescendant", listId + "-" + index);
        if (list.children[index].scrollIntoView) {
          list.children[index].scrollIntoView({ block: "nearest" });
        }
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function option(item, i) {
      var li = document.createElement("li");
      li.id = listId + "-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      // An option holds no link: a control inside a control is announced
      // twice, or not at all. Enter or a click opens item.url.
      li.setAttribute("data-url", item.url);
      var title = document.createElement("span");
      title.className = "suggestion-title";
      title.textContent = item.title || item.url;
      var kind = document.createElement("span");
      kind.className = "suggestion-type";
      kind.textContent = labels[item.type] || words("result");
      li.appendChild(title);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(kind);
      li.addEventListener("mousemove", function () {
        if (active !== i) { highlight(i); }
      });
      li.addEventListener("click", function () { open(i); });
      return li;
    }

    function show(found) {
      clear();
      items = found.filter(function (item) { return item && safeUrl(item.url); });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (!items.length) {
        close();
        status.textContent = "";
        return;
      }
      items.forEach(function (item, i) { list.appendChild(option(item, i)); });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = words(items.length === 1 ? "suggestions-one" : "suggestions-other")
        .replace("{count}", String(items.length));
    }

    function search() {
      var value = input.value.trim();
      cancel();
      if (value.length < MIN_CHARS) { close(); status.textContent = ""; return; }
      var ticket = latest;
      var url = endpoint + "?q=" + encodeURIComponent(value) + "&prefix=true&per_page=8";
      var options = { credentials: "same-origin", headers: { "Accept": "application/json" } };
      if (window.AbortController) {
        controller = new AbortController();
        options.signal = controller.signal;
      }
      fetch(url, options)
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (data) {
          // An answer to an older query that arrived late is dropped.
          if (ticket !== latest) { return; }
          controller = null;
          show((data && data.items) || []);
        })
        .catch(function () {
          if (ticket === latest) { close(); }
        });
    }

    var later = debounce(search, 200);

    function open(index) {
      var item = items[index];
      if (!item) { return; }
      window.location.assign(item.url);
    }

    input.addEventListener("input", later);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "Down") {
        if (list.hidden) {
          if (input.value.trim().length >= MIN_CHARS) { e.preventDefault(); later.cancel(); search(); }
          return;
        }
        e.preventDefault();
        highlight(active + 1 >= items.length ? 0 : active + 1);
      } else if (e.key === "ArrowUp" || e.key === "Up") {
        if (list.hidden) { return; }
        e.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (e.key === "Enter") {
        // Without a chosen suggestion the form goes to the results page.
        if (!list.hidden && active >= 0) { e.preventDefault(); open(active); }
      } else if (e.key === "Escape" || e.key === "Esc") {
        if (!list.hidden) { e.preventDefault(); later.cancel(); cancel(); close(); }
      }
    });
    // Clicking a suggestion must not take the focus out of the box first
    // (which would close the list before the click lands).
    list.addEventListener("mousedown", function (e) { e.preventDefault(); });
    form.addEventListener("submit", function () { later.cancel(); cancel(); close(); });
    // Leaving the search form, by click or by keyboard, closes the list.
    document.addEventListener("click", function (e) {
      if (!form.contains(e.target)) { close(); }
    });
    form.addEventListener("focusout", function (e) {
      if (e.relatedTarget && !form.contains(e.relatedTarget)) { close(); }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), setup);
})();
