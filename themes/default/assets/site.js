// Site-wide progressive enhancement: case-index filters. The page works without it.
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
