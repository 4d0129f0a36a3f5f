// Slide decks (deck.html): presenting, overview, presenter view in a second window kept in sync,
// keyboard, touch and #slide-N links. Without it the page is a readable sequence of slides.
(function () {
  "use strict";
  var doc = document, win = window, root = doc.documentElement;
  var deck = doc.querySelector(".deck[data-deck]"), strings = doc.querySelector("template.deck-strings");
  if (!deck || !strings) return;
  var controls = doc.querySelector(".deck-controls");
  var slides = [].slice.call(deck.querySelectorAll(".slide")), total = slides.length;
  if (!total) return;
  var id = deck.getAttribute("data-deck"), key = "coursebook:deck:" + id;
  var presenter = /[?&]presenter\b/.test(location.search);
  var mode = "page", back = "page", cur = 1, peers = [], channel = null, sx = null, sy = 0, stamp = 0;
  var S = function (k) { return strings.getAttribute("data-" + k) || ""; };
  var rtl = function () { return getComputedStyle(deck).direction === "rtl"; };
  var clamp = function (n) { return Math.max(1, Math.min(total, n || 1)); };
  var hashSlide = function () { var m = /^#slide-(\d+)$/.exec(location.hash); return m ? clamp(+m[1]) : 0; };

  function el(tag, cls, text, parent, attr) {
    var e = doc.createElement(tag);
    e.className = cls;
    e.textContent = text;
    for (var a in attr) e.setAttribute(a, attr[a]);
    parent.appendChild(e);
    return e;
  }
  // A bar button: its name as text, and an icon that small screens show instead of the text.
  function button(label, icon, attr) {
    var b = el("button", "", "", bar, attr);
    b.type = "button";
    if (icon) el("span", "deck-icon", icon, b, { "aria-hidden": "true" });
    el("span", "deck-label", label, b);
    return b;
  }
  var bar = el("div", "deck-bar", "", deck);
  var fill = el("span", "", "", el("div", "deck-progress", "", bar, { "aria-hidden": "true" }));
  button(S("prev-label"), "\u2190", { "data-go": "-1" });
  var counter = el("p", "deck-counter", "", bar, { "aria-hidden": "true" });
  button(S("next-label"), "\u2192", { "data-go": "1" });
  var notesButton = button(S("notes-label"), "", { "data-action": "notes", "aria-expanded": "false" });
  notesButton.className = "deck-notes-toggle";
  var timer = el("p", "deck-timer", "", bar);
  el("span", "deck-label", S("timer") + " ", timer);
  var clock = el("span", "", "0:00", timer);
  button(S("close"), "\u2715", { "data-action": "exit" });
  var live = el("p", "sr-only", "", deck, { "aria-live": "polite" });
  var nextLabel = el("p", "deck-next-label", S("next"), deck);
  var end = el("p", "deck-end", S("end"), deck);

  function show() {
    slides.forEach(function (s, i) {
      s.classList.toggle("is-current", i === cur - 1);
      s.classList.toggle("is-next", i === cur);
    });
    counter.textContent = cur + " / " + total;
    var notes = slides[cur - 1].querySelector(".notes");
    notesButton.hidden = !notes;
    if (notes) notesButton.setAttribute("aria-controls", notes.id);
    fill.style.inlineSize = (cur / total) * 100 + "%";
    end.hidden = cur < total;
    nextLabel.hidden = !end.hidden;
  }

  function go(n, remote) {
    n = clamp(n);
    var changed = n !== cur;
    cur = n;
    show();
    if (mode === "page") {
      if (remote) slides[n - 1].scrollIntoView();
      return;
    }
    if (!changed) return;
    live.textContent = S("slide-n-of").replace("{n}", n).replace("{total}", total);
    if (mode === "present") {
      try { history.replaceState(null, "", "#slide-" + n); } catch (e) { /* sandboxed */ }
      var a = doc.activeElement;
      if (a !== deck && deck.contains(a) && !bar.contains(a)) deck.focus();
    }
    if (!remote) send();
  }

  // ----- sync between the audience window and the presenter window -----
  // A change travels three ways (to the other window, a BroadcastChannel and localStorage, so that
  // one works wherever the others do not), each at its own speed. Every change therefore carries
  // the time it was made, and a window takes only changes newer than the last it made or took: a
  // late copy of an older change must not move it back.
  var now = function () { return win.performance && performance.timeOrigin ? performance.timeOrigin + performance.now() : Date.now(); };
  function send() {
    stamp = Math.max(now(), stamp + 0.001);
    var msg = { coursebookDeck: id, slide: cur, at: stamp };
    peers.forEach(function (w) { try { if (!w.closed) w.postMessage(msg, "*"); } catch (e) { /* gone */ } });
    if (channel) channel.postMessage(msg);
    try { localStorage.setItem(key, cur + " " + stamp); } catch (e) { /* no storage */ }
  }
  function receive(d, source) {
    if (!d || d.coursebookDeck !== id || !(d.slide > 0)) return;
    if (source && peers.indexOf(source) < 0) peers.push(source);
    if (!(d.at > stamp) || (!source && mode === "page")) return;
    stamp = d.at;
    go(d.slide, true);
  }
  win.addEventListener("message", function (e) { receive(e.data, e.source); });
  win.addEventListener("storage", function (e) {
    var v = e.key === key && e.newValue ? e.newValue.split(" ") : [];
    if (v.length === 2) receive({ coursebookDeck: id, slide: parseInt(v[0], 10), at: parseFloat(v[1]) });
  });
  try {
    channel = new BroadcastChannel(key);
    channel.onmessage = function (e) { receive(e.data); };
  } catch (e) { /* not available */ }

  // ----- modes: page, present, overview -----
  function setMode(m) {
    if (m === mode) return;
    if (m === "overview") back = mode;
    mode = m;
    root.classList.toggle("deck-on", m !== "page");
    root.classList.toggle("deck-present", m === "present" && !presenter);
    root.classList.toggle("deck-presenter", presenter);
    root.classList.toggle("deck-overview", m === "overview");
    if (m !== "present") showNotes(false);
    slides.forEach(function (s) {
      s.tabIndex = -1;
      s.querySelector(".slide-frame").inert = m === "overview";
    });
    if (m === "overview") tile(cur - 1);
    else if (m === "present") {
      try { history.replaceState(null, "", "#slide-" + cur); } catch (e) { /* sandboxed */ }
      live.textContent = S("slide-n-of").replace("{n}", cur).replace("{total}", total);
      deck.focus();
    } else {
      if (doc.fullscreenElement && doc.exitFullscreen) doc.exitFullscreen().catch(function () {});
      slides[cur - 1].scrollIntoView();
      slides[cur - 1].focus({ preventScroll: true });
    }
  }
  function showNotes(on) {
    root.classList.toggle("deck-notes-open", on);
    notesButton.setAttribute("aria-expanded", on ? "true" : "false");
  }
  function tile(i) {
    slides.forEach(function (s) { s.tabIndex = -1; });
    var s = slides[Math.max(0, Math.min(total - 1, i))];
    s.tabIndex = 0;
    s.focus();
  }
  // The slide being read: the #slide-N one if it is on screen, else the first reaching the top third.
  function reading() {
    var h = win.innerHeight, n = hashSlide(), r = n && slides[n - 1].getBoundingClientRect();
    if (r && r.top < h && r.bottom > 0) return n;
    for (var i = 0; i < total; i++) if (slides[i].getBoundingClientRect().bottom > h / 3) return i + 1;
    return total;
  }
  function present(n) { cur = clamp(n); show(); setMode("present"); send(); }
  function openPresenter() {
    var w = win.open(location.href.replace(/[?#].*$/, "") + "?presenter#slide-" + cur, "coursebook-presenter-" + id, "popup,width=1200,height=760");
    if (w && peers.indexOf(w) < 0) peers.push(w);
  }
  function fullscreen() {
    var f = doc.fullscreenElement || doc.webkitFullscreenElement;
    var req = root.requestFullscreen || root.webkitRequestFullscreen;
    var exit = doc.exitFullscreen || doc.webkitExitFullscreen;
    try {
      var p = f ? exit.call(doc) : req && req.call(root); // without the API presenting already fills the window
      if (p && p.catch) p.catch(function () {});
    } catch (e) { /* refused */ }
  }

  doc.addEventListener("click", function (e) {
    var t = e.target, b = t.closest("[data-action],[data-go]");
    if (b && (bar.contains(b) || (controls && controls.contains(b)))) {
      var a = b.getAttribute("data-action");
      if (b.hasAttribute("data-go")) go(cur + +b.getAttribute("data-go"));
      else if (a === "present") present(reading());
      else if (a === "presenter") { present(reading()); openPresenter(); }
      else if (a === "overview") { if (mode === "page") cur = reading(); show(); setMode("overview"); }
      else if (a === "print") win.print();
      else if (a === "exit") setMode("page");
      else if (a === "notes") showNotes(!root.classList.contains("deck-notes-open"));
      return;
    }
    if (!deck.contains(t) || t.closest("a,button,input,select,textarea,summary,label,audio,video")) return;
    var s = t.closest(".slide");
    if (mode === "overview") { if (s) present(+s.getAttribute("data-slide")); return; }
    if (mode !== "present" || presenter || bar.contains(t)) return;
    var x = e.clientX / win.innerWidth, fwd = rtl() ? -1 : 1;
    if (x < 1 / 3) go(cur - fwd);
    else if (x > 2 / 3) go(cur + fwd);
  });

  deck.addEventListener("touchstart", function (e) {
    sx = e.touches.length === 1 ? e.touches[0].clientX : null;
    sy = e.touches[0].clientY;
  }, { passive: true });
  deck.addEventListener("touchend", function (e) {
    var t = e.changedTouches[0], dx = sx === null ? 0 : t.clientX - sx, dy = t.clientY - sy;
    sx = null;
    if (mode === "present" && Math.abs(dx) > 40 && Math.abs(dx) > 1.5 * Math.abs(dy)) go(cur + ((dx < 0) !== rtl() ? 1 : -1));
  }, { passive: true });

  doc.addEventListener("keydown", function (e) {
    var t = e.target, k = e.key;
    if (mode === "page" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable) return;
    if (k.length === 1) k = /^Key[A-Z]$/.test(e.code) && !/^[a-z]$/i.test(k) ? e.code.charAt(3) : k.toLowerCase();
    var fwd = rtl() ? "ArrowLeft" : "ArrowRight", bwd = rtl() ? "ArrowRight" : "ArrowLeft";
    if (mode === "overview") {
      var i = slides.indexOf(doc.activeElement), top = slides[0].offsetTop, cols = 0;
      if (i < 0) i = cur - 1;
      while (cols < total && slides[cols].offsetTop === top) cols++;
      var d = { Home: -total, End: total, ArrowDown: cols, ArrowUp: -cols }[k];
      if (k === fwd) d = 1;
      if (k === bwd) d = -1;
      if (d) tile(i + d);
      else if (k === "Enter" || k === " ") present(i + 1);
      else if (k === "Escape" || k === "o") setMode(back);
      else return;
    } else {
      if ((k === "Enter" || k === " ") && t.closest("a,button,summary")) return;
      if (k === fwd || k === "ArrowDown" || k === "PageDown" || k === "n" || (k === " " && !e.shiftKey)) go(cur + 1);
      else if (k === bwd || k === "ArrowUp" || k === "PageUp" || k === "p" || k === " ") go(cur - 1);
      else if (k === "Home") go(1);
      else if (k === "End") go(total);
      else if (k === "f") fullscreen();
      else if (k === "Escape" && root.classList.contains("deck-notes-open")) showNotes(false);
      else if (presenter) return;
      else if (k === "Escape") setMode("page");
      else if (k === "o") setMode("overview");
      else if (k === "s") openPresenter();
      else return;
    }
    e.preventDefault();
  });

  win.addEventListener("hashchange", function () { var n = hashSlide(); if (n) go(n); });

  // Shrinks the text of slides that would overflow their 16:9 box. Everything on a slide scales
  // with its width, so one measure at a fixed width serves every view and print. The 4 % spare
  // room is for text that wraps a little differently at other sizes.
  function fit() {
    var x = win.scrollX, y = win.scrollY, z = deck.scrollTop;
    var over = function (m) { return m.c.offsetHeight > m.f.clientHeight * 0.96; };
    root.classList.add("deck-measure");
    var todo = slides.map(function (s) {
      var c = s.querySelector(".slide-content");
      c.style.removeProperty("--fit");
      return { f: c.parentNode, c: c, lo: 0.45, hi: 1 };
    }).filter(over);
    for (var i = 0; i < 6; i++) {
      todo.forEach(function (m) { m.c.style.setProperty("--fit", (m.lo + m.hi) / 2); });
      todo.forEach(function (m) { if (over(m)) m.hi = (m.lo + m.hi) / 2; else m.lo = (m.lo + m.hi) / 2; });
    }
    todo.forEach(function (m) { m.c.style.setProperty("--fit", m.lo); });
    root.classList.remove("deck-measure");
    win.scrollTo(x, y);
    deck.scrollTop = z;
  }

  // ----- start -----
  fit();
  win.addEventListener("load", fit); // images have their size now
  deck.tabIndex = -1;
  slides.forEach(function (s, i) {
    s.tabIndex = -1;
    var notes = s.querySelector(".notes");
    if (notes) notes.id = "slide-" + (i + 1) + "-notes";
  });
  cur = hashSlide() || 1;
  show();
  if (controls) {
    deck.parentNode.insertBefore(controls, deck); // out of the header, so that it can stick to the top
    controls.hidden = false;
    // Slides scroll into view below the sticky controls, however many rows they wrap to.
    var stick = function () { root.style.setProperty("--deck-controls-size", controls.offsetHeight + "px"); };
    stick();
    if (win.ResizeObserver) new ResizeObserver(stick).observe(controls);
    if (hashSlide() && !presenter) slides[cur - 1].scrollIntoView();
  }
  if (presenter) {
    if (win.opener) peers.push(win.opener);
    setMode("present");
    send();
    var start = Date.now();
    setInterval(function () {
      var s = Math.floor((Date.now() - start) / 1000), m = Math.floor(s / 60) % 60, h = Math.floor(s / 3600);
      var pad = function (x) { return (x < 10 ? "0" : "") + x; };
      clock.textContent = (h ? h + ":" + pad(m) : m) + ":" + pad(s % 60);
    }, 1000);
  }
})();
