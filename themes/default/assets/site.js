// Site-wide progressive enhancement: the search field and the case-index filters. The page
// works without it.
(function () {
  "use strict";
  // Search: the script and its index load when the field is first used, not with every page.
  var search = document.querySelector(".site-search");
  if (!search) return;
  var field = search.querySelector("input[type=search]");
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var s = document.createElement("script");
    s.src = search.getAttribute("data-script");
    document.head.appendChild(s);
  }
  field.addEventListener("focus", start);
  field.addEventListener("input", start);
  // "/" goes to the search field, unless the reader is typing somewhere.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    field.focus();
  });
})();
(function () {
  "use strict";
  var form = document.querySelector(".case-filter");
  if (!form) return;
  form.hidden = false;
  var cards = Array.prototype.slice.call(document.querySelectorAll(".case-card"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var status = form.querySelector(".filter-status");
  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var ok = selects.every(function (s) {
        if (!s.value) return true;
        var values = (card.getAttribute("data-" + s.getAttribute("data-filter")) || "").split("|");
        return values.indexOf(s.value) !== -1;
      });
      card.hidden = !ok;
      if (ok) shown++;
    });
    document.querySelectorAll(".case-group").forEach(function (g) {
      g.hidden = !g.querySelector(".case-card:not([hidden])");
    });
    if (status) status.textContent = (form.getAttribute("data-shown") || "{n}").replace("{n}", shown);
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
})();
