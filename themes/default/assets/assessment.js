// Self-assessments: answers kept in the browser, scores per dimension and sub-dimension as a
// table and an SVG chart, CSV/JSON export, print. The form itself works on paper without it.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  function store(key, value) {
    try {
      if (value === undefined) return JSON.parse(localStorage.getItem(key) || "null");
      if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(value));
    } catch (e) { return null; }
  }
  function fill(template, values) {
    return template.replace(/\{\s*\$(\w+)\s*\}/g, function (_, k) { return values[k] !== undefined ? values[k] : ""; });
  }
  function round(x) { return Math.round(x * 100) / 100; }
  function download(name, type, text) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }
  function csvCell(v) {
    v = String(v === null || v === undefined ? "" : v);
    return /[",\n\r]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  function setup(root) {
    var schema = JSON.parse(root.querySelector(".assessment-schema").textContent);
    var strings = root.querySelector("template.strings").dataset;
    var form = root.querySelector(".assessment-form");
    var results = root.querySelector(".assessment-results");
    var status = root.querySelector(".assessment-status");
    var key = "coursebook:" + root.dataset.locale + ":assessment:" + schema.id;
    var values = schema.scale.map(function (p) { return p.value; });
    var min = Math.min.apply(null, values), max = Math.max.apply(null, values);

    root.querySelector(".assessment-actions").hidden = false;
    var editionChoice = root.querySelector(".edition-choice");
    var editionSelect = root.querySelector(".edition-select");
    if (editionChoice) editionChoice.hidden = false;

    function answers() {
      var out = {};
      form.querySelectorAll("input[type=radio]:checked").forEach(function (input) {
        out[input.name.slice(schema.id.length + 1)] = Number(input.value);
      });
      return out;
    }
    function applyEdition(id) {
      var edition = schema.editions.filter(function (e) { return e.id === id; })[0];
      if (!edition) return;
      root.querySelectorAll("[data-var]").forEach(function (span) {
        var v = edition.values[span.dataset.var];
        if (v !== undefined) span.textContent = v;
      });
    }
    function save() {
      store(key, { answers: answers(), edition: editionSelect ? editionSelect.value : null, shown: !results.hidden });
    }
    function mean(codes, given) {
      var sum = 0, n = 0;
      codes.forEach(function (c) { if (given[c] !== undefined) { sum += given[c]; n++; } });
      return { mean: n ? sum / n : null, answered: n, total: codes.length };
    }
    /** Scores per dimension and sub-dimension: mean of the answered items. */
    function scores(given) {
      return schema.dimensions.map(function (d) {
        var all = [];
        var subs = d.subdimensions.map(function (s) {
          all = all.concat(s.items);
          var m = mean(s.items, given);
          return { code: s.code, title: s.title, mean: m.mean, answered: m.answered, total: m.total };
        });
        var m = mean(all, given);
        return { code: d.code, title: d.title, mean: m.mean, answered: m.answered, total: m.total, subdimensions: subs };
      });
    }
    function row(tbody, area, s, level) {
      var tr = document.createElement("tr");
      tr.className = "level-" + level;
      var th = document.createElement("th");
      th.scope = "row";
      th.textContent = area.code + " " + area.title;
      var td1 = document.createElement("td");
      td1.textContent = s.mean === null ? "–" : round(s.mean).toFixed(2);
      var td2 = document.createElement("td");
      td2.textContent = fill(strings.answered, { answered: s.answered, total: s.total });
      tr.append(th, td1, td2);
      tbody.appendChild(tr);
    }
    function chart(list) {
      var box = root.querySelector(".chart");
      box.textContent = "";
      var width = 600, barH = 26, gap = 10, labelW = 70, height = list.length * (barH + gap) + 30;
      var svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("viewBox", "0 0 " + width + " " + height);
      svg.setAttribute("role", "img");
      var title = document.createElementNS(SVG, "title");
      title.textContent = fill(strings.chart, { min: min, max: max });
      var desc = document.createElementNS(SVG, "desc");
      desc.textContent = list.map(function (d) { return d.code + " " + d.title + ": " + (d.mean === null ? "–" : round(d.mean).toFixed(2)); }).join("; ");
      svg.append(title, desc);
      var scaleW = width - labelW - 60;
      list.forEach(function (d, i) {
        var y = i * (barH + gap) + 10;
        var label = document.createElementNS(SVG, "text");
        label.setAttribute("x", 0);
        label.setAttribute("y", y + barH * 0.7);
        label.textContent = d.code;
        var track = document.createElementNS(SVG, "rect");
        track.setAttribute("x", labelW); track.setAttribute("y", y);
        track.setAttribute("width", scaleW); track.setAttribute("height", barH);
        track.setAttribute("class", "track");
        var bar = document.createElementNS(SVG, "rect");
        var share = d.mean === null ? 0 : (d.mean - min) / (max - min || 1);
        bar.setAttribute("x", labelW); bar.setAttribute("y", y);
        bar.setAttribute("width", Math.max(0, share * scaleW)); bar.setAttribute("height", barH);
        bar.setAttribute("class", "bar");
        var value = document.createElementNS(SVG, "text");
        value.setAttribute("x", labelW + scaleW + 8);
        value.setAttribute("y", y + barH * 0.7);
        value.textContent = d.mean === null ? "–" : round(d.mean).toFixed(2);
        svg.append(label, track, bar, value);
      });
      box.appendChild(svg);
    }
    function show(focus) {
      var list = scores(answers());
      var tbody = results.querySelector("tbody");
      tbody.textContent = "";
      list.forEach(function (d) {
        row(tbody, d, d, 1);
        d.subdimensions.forEach(function (s) { row(tbody, s, s, 2); });
      });
      chart(list);
      results.hidden = false;
      save();
      if (focus) results.focus();
    }
    function exportRows() {
      var given = answers();
      var rows = [["dimension", "subdimension", "item", "value"]];
      schema.dimensions.forEach(function (d) {
        d.subdimensions.forEach(function (s) {
          s.items.forEach(function (c) { rows.push([d.code, s.code, c, given[c] === undefined ? "" : given[c]]); });
        });
      });
      return rows;
    }

    form.addEventListener("change", function (e) {
      if (e.target === editionSelect) applyEdition(editionSelect.value);
      save();
      if (!results.hidden) show(false);
    });
    if (editionSelect) editionSelect.addEventListener("change", function () { applyEdition(editionSelect.value); save(); });
    form.addEventListener("submit", function (e) { e.preventDefault(); show(true); });
    root.addEventListener("click", function (e) {
      var action = e.target.closest && e.target.closest("[data-action]");
      if (!action) return;
      var name = action.dataset.action;
      if (name === "export-csv") {
        download(schema.id + ".csv", "text/csv;charset=utf-8", "\ufeff" + exportRows().map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n");
      } else if (name === "export-json") {
        var data = { assessment: schema.id, edition: editionSelect ? editionSelect.value : null, answers: answers(), scores: scores(answers()) };
        download(schema.id + ".json", "application/json", JSON.stringify(data, null, 2) + "\n");
      } else if (name === "print") {
        show(false);
        window.print();
      } else if (name === "reset") {
        if (!window.confirm(strings.confirm)) return;
        form.querySelectorAll("input[type=radio]").forEach(function (i) { i.checked = false; });
        results.hidden = true;
        store(key, null);
      }
    });

    var saved = store(key);
    if (saved) {
      Object.keys(saved.answers || {}).forEach(function (code) {
        var input = form.querySelector('input[name="' + schema.id + ":" + code.replace(/"/g, '\\"') + '"][value="' + saved.answers[code] + '"]');
        if (input) input.checked = true;
      });
      if (saved.edition && editionSelect) { editionSelect.value = saved.edition; applyEdition(saved.edition); }
      if (saved.shown) show(false);
    }
    root.assessmentScores = function () { return scores(answers()); };
  }

  document.querySelectorAll('[data-activity="assessment"]').forEach(setup);
})();
