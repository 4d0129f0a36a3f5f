// Site-wide progressive enhancement: case-index filters and event times in the reader's own
// time zone. The page works without it.
(function () {
  "use strict";
  // Event sessions carry their start and end as instants; show them in the reader's zone too,
  // unless the reader is in the event's zone already.
  var here;
  try { here = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  var lang = document.documentElement.lang || undefined;
  document.querySelectorAll(".local-time[data-start]").forEach(function (el) {
    var start = new Date(el.getAttribute("data-start"));
    var end = new Date(el.getAttribute("data-end"));
    if (isNaN(start) || isNaN(end) || here === el.getAttribute("data-zone")) return;
    var time = new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", hour12: false });
    var day = new Intl.DateTimeFormat(lang, { day: "numeric", month: "short" });
    var eventDay = el.getAttribute("data-start").slice(0, 10);
    var localDay = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).format(start);
    var text = time.format(start) + "\u2013" + time.format(end);
    if (localDay !== eventDay) text += " (" + day.format(start) + ")";
    el.textContent = (el.getAttribute("data-label") || "{time}").replace("{time}", text);
    el.hidden = false;
  });
})();

// The search field: its script and index load on first use.
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

// Learner progress, kept in this browser only: a chapter read to its end (its pager seen) is
// remembered, and the course page marks it, with its quiz's last result (saved by activity.js
// under the same keys: site folder, locale, kind, id), and sums them up. Nothing leaves the browser.
(function () {
  "use strict";
  var site = "/";
  try { site = new URL("..", document.currentScript.src).pathname; } catch (e) { /* keep "/" */ }
  var locale = document.documentElement.lang;
  var key = function (kind, id) { return ["coursebook", locale, site, kind, id].join(":"); };
  var load = function (k) { try { return JSON.parse(localStorage.getItem(k)); } catch (e) { return null; } };
  var fill = function (text, vars) {
    return (text || "").replace(/\{\s*\$(\w+)\s*\}/g, function (m, k) { return k in vars ? vars[k] : m; });
  };

  var article = document.querySelector("article.chapter[data-chapter]");
  if (article && "IntersectionObserver" in window) {
    var end = article.querySelector(".pager") || article.lastElementChild || article;
    var seen = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) return;
      try { localStorage.setItem(key("read", article.getAttribute("data-chapter")), JSON.stringify(Date.now())); } catch (e) { /* no storage */ }
      seen.disconnect();
    });
    seen.observe(end);
  }

  // The sidebar ticks the chapters read (a chapter's page is <chapter id>.html).
  document.querySelectorAll(".nav-chapters li > a[href$='.html']").forEach(function (a) {
    var id = a.getAttribute("href").split("/").pop().replace(/\.html$/, "");
    if (load(key("read", id))) a.parentNode.classList.add("is-read");
  });

  var box = document.querySelector(".course-progress");
  if (!box) return;
  var entries = Array.prototype.slice.call(document.querySelectorAll(".syllabus-list > li[data-chapter]"));
  function show() {
    var read = 0, passed = 0, quizzes = 0, any = false;
    entries.forEach(function (li) {
      var marks = li.querySelector(".progress-marks");
      var parts = [];
      if (load(key("read", li.getAttribute("data-chapter")))) { read++; parts.push(box.getAttribute("data-read")); }
      var quiz = li.getAttribute("data-quiz");
      if (quiz) {
        quizzes++;
        var state = load(key("quiz", quiz));
        var r = state && state.result;
        if (r && typeof r.score === "number") {
          if (r.passed) passed++;
          parts.push(fill(box.getAttribute(r.passed ? "data-passed" : "data-tried"), { score: r.score, total: r.total }));
        }
      }
      any = any || parts.length > 0;
      if (marks) {
        marks.textContent = parts.join(" · ");
        marks.hidden = parts.length === 0;
      }
    });
    // The next chapter to read: the first one after the last read that is not read itself.
    var lastRead = -1;
    entries.forEach(function (li, i) { if (load(key("read", li.getAttribute("data-chapter")))) lastRead = i; });
    var next = entries.slice(lastRead + 1).concat(entries.slice(0, lastRead + 1)).filter(function (li) {
      return !load(key("read", li.getAttribute("data-chapter")));
    })[0];
    var nextLine = box.querySelector(".progress-next");
    var nextLink = next && next.querySelector("h3 a");
    if (nextLine) {
      var label = nextLine.firstChild;
      if (label && /[\u3000-\u303f\uff00-\uffef]\s+$/.test(label.textContent)) label.textContent = label.textContent.replace(/\s+$/, "");
      nextLine.hidden = !(read && nextLink);
      if (nextLink) {
        var link = nextLine.querySelector("a");
        link.href = nextLink.getAttribute("href");
        link.textContent = nextLink.textContent;
      }
    }
    var summary = fill(box.getAttribute("data-summary"), { read: read, count: entries.length });
    // Sentences are joined by a space, except after a full-width stop (Chinese, Japanese).
    if (quizzes) summary += (/[\u3000-\u303f\uff00-\uffef]$/.test(summary) ? "" : " ") + fill(box.getAttribute("data-quizzes"), { passed: passed, quizzes: quizzes });
    box.querySelector(".progress-summary").textContent = summary;
    box.hidden = !any;
  }
  box.querySelector(".progress-forget").addEventListener("click", function () {
    entries.forEach(function (li) {
      try {
        localStorage.removeItem(key("read", li.getAttribute("data-chapter")));
        if (li.getAttribute("data-quiz")) localStorage.removeItem(key("quiz", li.getAttribute("data-quiz")));
      } catch (e) { /* no storage */ }
    });
    show();
    var heading = document.getElementById("syllabus");
    if (heading) { heading.tabIndex = -1; heading.focus(); }
  });
  show();
})();
