// Praxis: the @mention picker. Progressive enhancement: without JavaScript
// members type @their-name by hand. With it, typing "@" and a few letters in
// a textarea marked data-mentions="<community-slug>" offers matching members
// of that community in a listbox; arrow keys move, Enter or Tab inserts,
// Escape closes. Built as an ARIA combobox so screen readers announce it.
// Its words come from the page, in the page's language: the textarea's
// data-i18n-mention-list names the list.
(function () {
  "use strict";

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      var args = arguments, self = this;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(self, args); }, ms);
    };
  }

  function currentQuery(textarea) {
    var upto = textarea.value.slice(0, textarea.selectionStart);
    var match = /(^|[\s(\[>])@([\p{L}\p{N}._'-]{1,40})$/u.exec(upto);
    return match ? { text: match[2], start: upto.length - match[2].length - 1 } : null;
  }

  function setup(textarea) {
    var slug = textarea.getAttribute("data-mentions");
    var listId = textarea.id + "-mentions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "mention-list";
    list.setAttribute("role", "listbox");
    var listLabel = textarea.getAttribute("data-i18n-mention-list");
    if (listLabel) { list.setAttribute("aria-label", listLabel); }
    list.hidden = true;
    textarea.parentNode.insertBefore(list, textarea.nextSibling);
    textarea.setAttribute("role", "combobox");
    textarea.setAttribute("aria-autocomplete", "list");
    textarea.setAttribute("aria-controls", listId);
    textarea.setAttribute("aria-expanded", "false");

    var items = [], active = -1, query = null;

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      items = [];
      active = -1;
      textarea.setAttribute("aria-expanded", "false");
      textarea.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      active = index;
      items.forEach(function (item, i) {
        var li = list.children[i];
        li.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0) {
        textarea.setAttribute("aria-activedescendant", listId + "-" + index);
      }
    }

    function insert(index) {
      var item = items[index];
      if (!item || !query) { return; }
      var before = textarea.value.slice(0, query.start);
      var after = textarea.value.slice(textarea.selectionStart);
      var mention = "@" + item.handle + " ";
      textarea.value = before + mention + after;
      var caret = before.length + mention.length;
      textarea.setSelectionRange(caret, caret);
      close();
      textarea.focus();
    }

    var search = debounce(function () {
      query = currentQuery(textarea);
      if (!query) { close(); return; }
      var url = "/api/v1/communities/" + encodeURIComponent(slug) +
        "/members?per_page=8&q=" + encodeURIComponent(query.text);
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (data) {
          items = data.items || [];
          list.innerHTML = "";
          if (!items.length) { close(); return; }
          items.forEach(function (item, i) {
            var li = document.createElement("li");
            li.id = listId + "-" + i;
            li.setAttribute("role", "option");
            li.textContent = item.display_name + " (@" + item.handle + ")";
            li.addEventListener("mousedown", function (e) { e.preventDefault(); insert(i); });
            list.appendChild(li);
          });
          list.hidden = false;
          textarea.setAttribute("aria-expanded", "true");
          highlight(0);
        })
        .catch(close);
    }, 150);

    textarea.addEventListener("input", search);
    textarea.addEventListener("blur", function () { setTimeout(close, 100); });
    textarea.addEventListener("keydown", function (e) {
      if (list.hidden) { return; }
      if (e.key === "ArrowDown") { e.preventDefault(); highlight((active + 1) % items.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight((active - 1 + items.length) % items.length); }
      else if (e.key === "Enter" || e.key === "Tab") { e.preventDefault(); insert(active); }
      else if (e.key === "Escape") { e.preventDefault(); close(); }
    });
  }

  // "Reply" links fill in which post a reply answers.
  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("[data-reply-to]") : null;
    if (!link) { return; }
    var field = document.querySelector("#reply input[name=reply_to]");
    if (field) { field.value = link.getAttribute("data-reply-to"); }
    var body = document.getElementById("field-body");
    if (body) { body.focus(); }
  });

  Array.prototype.forEach.call(document.querySelectorAll("textarea[data-mentions]"), setup);
})();
