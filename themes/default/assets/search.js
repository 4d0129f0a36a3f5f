// Site search. site.js loads this script when the search field first gets focus (the search page
// loads it at once). The index is made of classic scripts that call CoursebookSearch.data(), so
// everything works from file:// (no fetch, no modules, no WebAssembly); a query loads only the
// shards of its words, and the text of the results it shows.
//
// Queries are analysed exactly as the build analyses the text (src/output/search/analyze.rs):
// the same word pieces, folding and Snowball stemmers (assets/search/stem-*.js).
(function (root) {
  "use strict";
  const S = root.CoursebookSearch = root.CoursebookSearch || {};
  const loaded = new Map();

  /** Called by every index file with its name and contents. */
  S.data = (name, value) => { loaded.set(name, value); };

  // ----- analysis: mirrors src/output/search/analyze.rs -----

  const WORD_CHAR = /[\p{Alphabetic}\p{N}\p{M}]/u;
  const ALL_DIGITS = /^\p{N}+$/u;
  const isHan = c => (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF);

  /** Accent, case-form and Arabic folding of a lowercase word. */
  function fold(word) {
    let out = "", previous = " ";
    for (const ch of word.normalize("NFKD")) {
      const c = ch.codePointAt(0);
      let kept = ch;
      if (c === 0x306 && previous === "и") kept = ch;
      else if ((c >= 0x300 && c <= 0x36F) || (c >= 0x64B && c <= 0x65F) || c === 0x670 || c === 0x640) kept = "";
      else if (c === 0x671) kept = "\u0627";
      else if (c === 0x649) kept = "\u064A";
      else if (c === 0x629) kept = "\u0647";
      else if (c >= 0x660 && c <= 0x669) kept = String(c - 0x660);
      else if (c >= 0x6F0 && c <= 0x6F9) kept = String(c - 0x6F0);
      if (kept) { out += kept; previous = kept; }
    }
    return out.normalize("NFC");
  }

  // Word-like segments. Intl.Segmenter (UAX #29 with ICU's dictionaries) for queries; for long
  // texts (snippets) plain runs of word characters, which give the same pieces after the cuts
  // below and cost linear time (Chromium's segmenter slows down quadratically on long texts).
  const segmenters = new Map();
  function segments(text, locale) {
    if (root.Intl && Intl.Segmenter && text.length <= 400) {
      const out = [];
      if (!segmenters.has(locale)) segmenters.set(locale, new Intl.Segmenter(locale, { granularity: "word" }));
      for (const s of segmenters.get(locale).segment(text)) if (s.isWordLike) out.push([s.index, s.segment]);
      return out;
    }
    const out = [], re = /[\p{Alphabetic}\p{N}\p{M}]+/gu;
    let m;
    while ((m = re.exec(text))) out.push([m.index, m[0]]);
    return out;
  }

  /** The pieces of a text: [start, end, han] in UTF-16 units (see analyze.rs `pieces`). */
  function pieces(text, locale) {
    const spans = [];
    for (const [offset, word] of segments(text, locale)) {
      let run = null, i = 0;
      for (const ch of word + " ") {
        const kind = WORD_CHAR.test(ch) ? isHan(ch.codePointAt(0)) : null;
        if (run) {
          if (kind === run[1]) { i += ch.length; continue; }
          spans.push([offset + run[0], offset + i, run[1]]);
        }
        run = kind === null ? null : [i, kind];
        i += ch.length;
      }
    }
    const merged = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && last[2] && span[2] && last[1] === span[0]) last[1] = span[1];
      else merged.push(span);
    }
    return merged.filter(([s, e, han]) => {
      const t = text.slice(s, e);
      return han || Array.from(t).length > 1 || ALL_DIGITS.test(t);
    });
  }

  function bigrams(run) {
    const chars = Array.from(run);
    if (chars.length < 2) return [run];
    const out = [];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return out;
  }

  /** An analyser for the index's locale: `terms(text, han)` as the build computes them. */
  function analyser(docs) {
    const stemmer = docs.stemmer && root.CoursebookStemmers ? root.CoursebookStemmers[docs.stemmer] : null;
    const cache = new Map();
    const stemmable = w => !ALL_DIGITS.test(w) && Array.from(w).every(ch => ch.codePointAt(0) <= 0xFFFF);
    const stem = w => (stemmer && stemmable(w) ? fold(stemmer(w)) : fold(w));
    function terms(text, han) {
      if (han) return bigrams(text);
      let t = cache.get(text);
      if (t) return t;
      const lower = text.toLowerCase();
      t = [stem(fold(lower))];
      if (docs.stem_as_written) {
        const other = stem(lower.normalize("NFC"));
        if (other !== t[0]) t.push(other);
      }
      cache.set(text, t);
      return t;
    }
    return { terms, pieces: text => pieces(text, docs.locale) };
  }

  // ----- the index -----

  function shardOf(term, shards) {
    const chars = Array.from(term);
    const key = chars.slice(0, isHan(chars[0].codePointAt(0)) ? 1 : 2).join("");
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h % Math.max(1, shards);
  }

  S.analysis = { fold, pieces, bigrams, analyser, shardOf };

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error("cannot load " + src));
      document.head.appendChild(s);
    });
  }

  function Index(base, docs) {
    this.base = base;
    this.docs = docs;
    this.analysis = analyser(docs);
    this.requests = new Map();
    this.sorted = new Map();
    this.decoded = new Map();
  }
  Index.prototype.file = function (name) {
    if (!this.requests.has(name)) {
      this.requests.set(name, loadScript(this.base + name + ".js").then(() => loaded.get(name)));
    }
    return this.requests.get(name);
  };
  Index.prototype.shardFor = function (term) { return "t" + shardOf(term, this.docs.shards); };
  Index.prototype.terms = function (name) {
    let sorted = this.sorted.get(name);
    if (!sorted) { sorted = Object.keys(loaded.get(name) || {}).sort(); this.sorted.set(name, sorted); }
    return sorted;
  };
  /** [doc, weight] pairs of a term in a loaded shard. */
  Index.prototype.postings = function (term) {
    const name = this.shardFor(term);
    const key = name + "\u0000" + term;
    if (this.decoded.has(key)) return this.decoded.get(key);
    const raw = (loaded.get(name) || {})[term];
    let out = null;
    if (raw) {
      out = [];
      // Per record: twice the gap from the previous one, plus 1 when its weight (not 1) follows.
      for (let i = 0, doc = 0; i < raw.length;) {
        const n = raw[i++];
        doc += Math.floor(n / 2);
        out.push([doc, n % 2 ? raw[i++] : 1]);
      }
    }
    this.decoded.set(key, out);
    return out;
  };
  Index.prototype.withPrefix = function (prefix) {
    const all = this.terms(this.shardFor(prefix));
    let lo = 0, hi = all.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid] < prefix) lo = mid + 1; else hi = mid; }
    const out = [];
    for (let i = lo; i < all.length && all[i].startsWith(prefix) && out.length < 60; i++) out.push(all[i]);
    return out;
  };
  Index.prototype.near = function (word) {
    const max = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    if (!max) return [];
    return this.terms(this.shardFor(word)).filter(t => Math.abs(t.length - word.length) <= max && distance(t, word, max) <= max);
  };

  // Optimal string alignment distance, giving up past `max`.
  function distance(a, b, max) {
    let prev2 = null, prev = [];
    for (let j = 0; j <= b.length; j++) prev.push(j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      let best = i;
      for (let j = 1; j <= b.length; j++) {
        let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        cur.push(d);
        if (d < best) best = d;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length];
  }

  /** What a query asks for: one token per word (or Chinese bigram), with its forms. */
  Index.prototype.parse = function (query) {
    const a = this.analysis, tokens = [];
    const ps = a.pieces(query);
    const open = ps.length > 0 && ps[ps.length - 1][1] === query.length;
    ps.forEach(([s, e, han], n) => {
      const text = query.slice(s, e), last = open && n === ps.length - 1;
      if (han) {
        for (const b of bigrams(text)) tokens.push({ exact: [b], prefix: Array.from(b).length === 1 ? [b] : [], raw: b });
      } else {
        const exact = a.terms(text, false), raw = fold(text.toLowerCase());
        // The word being typed is a prefix once it has three letters ("i" would match everything).
        const open3 = last && Array.from(raw).length >= 3;
        tokens.push({ exact, prefix: open3 ? [raw].concat(exact) : [], raw, last: open3 });
      }
    });
    return tokens;
  };
  Index.prototype.shardsOf = function (tokens) {
    const names = new Set();
    for (const t of tokens) for (const form of t.exact.concat(t.prefix, [t.raw])) if (form) names.add(this.shardFor(form));
    return Array.from(names);
  };

  /** Ranked results of parsed tokens (their shards loaded): [{doc, score, hits}]. */
  Index.prototype.search = function (tokens) {
    const docs = this.docs.docs, n = docs.length, avg = this.docs.average_length || 1;
    const hits = new Set(), prefixes = [];
    const perToken = tokens.map(t => {
      const found = new Map();
      found.terms = new Set();
      const take = (term, factor) => {
        const list = this.postings(term);
        if (!list) return;
        hits.add(term);
        found.terms.add(term);
        for (const [doc, w] of list) found.set(doc, Math.max(found.get(doc) || 0, w * factor));
      };
      for (const term of t.exact) take(term, 1);
      for (const p of t.prefix) for (const term of this.withPrefix(p)) if (!t.exact.includes(term)) take(term, 0.7);
      // Spelling is corrected when the word and its continuations match nothing, even if a short
      // stem inside it does ("digitl" holds "digit", of "dígito", but means "digital").
      const unmatched = !found.size;
      if (t.last) {
        // A word being typed may already hold a whole stem: "interoperabi" holds "interoper".
        const chars = Array.from(t.raw);
        for (let k = chars.length - 1; k >= Math.max(3, chars.length - 4); k--) take(chars.slice(0, k).join(""), 0.6);
      }
      if (unmatched) for (const form of t.exact) for (const term of this.near(form)) take(term, 0.5);
      if (t.prefix.length) prefixes.push(t.raw);
      return found;
    });
    const scores = new Map(), matched = new Map();
    perToken.forEach(found => {
      const idf = Math.log(1 + (n - found.size + 0.5) / (found.size + 0.5));
      for (const [doc, w] of found) {
        const len = docs[doc][5] || 1;
        scores.set(doc, (scores.get(doc) || 0) + idf * (w * 2.2) / (w + 1.2 * (0.5 + 0.5 * len / avg)));
        matched.set(doc, (matched.get(doc) || 0) + 1);
      }
    });
    // Words found in most records ("the", "de") do not have to match.
    const required = perToken.filter(f => f.size <= n / 2).length || perToken.length;
    const ranked = [];
    for (const [doc, score] of scores) {
      const m = matched.get(doc);
      ranked.push({ doc, score, complete: m >= required, matched: m });
    }
    const complete = ranked.filter(r => r.complete);
    const list = complete.length ? complete : ranked;
    const order = (x, y) => (y.matched - x.matched) || (y.score - x.score) || (x.doc - y.doc);
    list.sort(order);
    // Every word in the title: a title that is just the query (a glossary term) comes first.
    // Only the best results are looked at, so that a common word stays fast.
    const best = list.slice(0, 100);
    for (const r of best) {
      const title = this.titleTerms(r.doc);
      if (perToken.every(f => title.terms.some(t => f.terms.has(t)))) r.score *= title.words === perToken.length ? 2 : 1.3;
      // No record holds every word ("什么是数字鸿沟", what is the digital divide): the records
      // whose whole title is in the query (the term asked about) come first, longest title first.
      if (!complete.length && title.terms.every(t => perToken.some(f => f.terms.has(t)))) r.inTitle = title.terms.length;
    }
    best.sort((x, y) => ((y.inTitle || 0) - (x.inTitle || 0)) || order(x, y));
    return { results: best.concat(list.slice(100)), hits, prefixes };
  };

  /** The terms of a record's title, and its number of words. */
  Index.prototype.titleTerms = function (doc) {
    this.titles = this.titles || new Map();
    let t = this.titles.get(doc);
    if (!t) {
      const title = this.docs.docs[doc][1], a = this.analysis, terms = [];
      const ps = a.pieces(title.replace(/^[\d.]+\s/, ""));
      for (const [s, e, han] of ps) for (const term of a.terms(title.replace(/^[\d.]+\s/, "").slice(s, e), han)) terms.push(term);
      t = { terms, words: ps.reduce((n, p) => n + (p[2] ? bigrams(title.slice(p[0], p[1])).length : 1), 0) };
      this.titles.set(doc, t);
    }
    return t;
  };

  /** The text of a record, once its chunk is loaded. */
  Index.prototype.text = function (doc) {
    const chunks = this.docs.chunks;
    let c = 0;
    while (c + 1 < chunks.length && chunks[c + 1] <= doc) c++;
    const name = "x" + c;
    return this.file(name).then(list => (list ? list[doc - chunks[c]] || "" : ""));
  };

  /** Up to 200 characters of `text` around its best cluster of matches, as [text, marked] parts. */
  Index.prototype.snippet = function (text, found) {
    const marks = [];
    const hit = terms => terms.some(t => found.hits.has(t) || found.prefixes.some(p => t.startsWith(p)));
    for (const [s, e, han] of this.analysis.pieces(text)) {
      const piece = text.slice(s, e);
      if (!han) { if (hit(this.analysis.terms(piece, false))) marks.push([s, e]); continue; }
      const chars = Array.from(piece);
      let offset = s;
      const starts = chars.map(ch => { const o = offset; offset += ch.length; return o; });
      bigrams(piece).forEach((b, k) => {
        if (hit([b])) marks.push([starts[k], k + 2 < starts.length ? starts[k + 2] : e]);
      });
      if (chars.length === 1 && hit([piece])) marks.push([s, e]);
    }
    const span = 200;
    let best = 0, bestCount = 0;
    for (let i = 0; i < marks.length; i++) {
      let count = 0;
      for (let j = i; j < marks.length && marks[j][0] < marks[i][0] + span - 40; j++) count++;
      if (count > bestCount) { best = i; bestCount = count; }
    }
    let start = marks.length ? Math.max(0, marks[best][0] - 40) : 0;
    if (start > 0) { const space = text.indexOf(" ", start); if (space > 0 && space < marks[best][0]) start = space + 1; }
    const end = Math.min(text.length, start + span);
    // The text's blocks (paragraphs, list items, a slide's points) are on lines of their own: a
    // line that ends without punctuation is set off from the next by a dot, not run into it.
    const shown = (s, e) => text.slice(s, e).replace(/\n/g, (_, i) => (/[.!?:;…。！？：；؟]/.test(text[s + i - 1] || ".") ? " " : " · "));
    const parts = [];
    if (start > 0) parts.push(["…", false]);
    let at = start;
    for (const [s, e] of marks) {
      if (e <= at || s >= end) continue;
      if (s > at) parts.push([shown(at, s), false]);
      parts.push([text.slice(Math.max(s, at), Math.min(e, end)), true]);
      at = Math.min(e, end);
    }
    if (at < end) parts.push([shown(at, end), false]);
    if (end < text.length) parts.push(["…", false]);
    return parts;
  };

  /** Runs a query: loads what it needs, then resolves with the ranked results. */
  Index.prototype.query = function (query) {
    const tokens = this.parse(query);
    if (!tokens.length) return Promise.resolve({ results: [], hits: new Set(), prefixes: [] });
    return Promise.all(this.shardsOf(tokens).map(s => this.file(s))).then(() => this.search(tokens));
  };

  let opening = null;
  /** Loads the index of the search form's locale (and its stemmer) once. */
  S.open = function (form) {
    if (!opening) {
      const base = form.getAttribute("data-index");
      const stemmer = form.getAttribute("data-stemmer");
      opening = Promise.all([loadScript(base + "docs.js"), stemmer ? loadScript(stemmer) : null])
        .then(() => {
          const docs = loaded.get("docs");
          if (!docs || docs.format !== 2) throw new Error("unknown search index format");
          return new Index(base, docs);
        });
    }
    return opening;
  };

  // ----- the page -----

  // Loaded twice (the search page's own tag, and site.js on focus)? The first one does it.
  if (typeof document === "undefined" || S.started) return;
  S.started = true;

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  let plurals = null;
  const count = (strings, n, lang) => {
    if (!plurals && root.Intl && Intl.PluralRules) plurals = new Intl.PluralRules(lang);
    const rules = plurals;
    const samples = Object.keys(strings.counts);
    const same = rules ? samples.find(s => rules.select(Number(s)) === rules.select(n) && (n === 0) === (s === "0")) : null;
    const pick = same || (n === 0 ? "0" : n === 1 ? "1" : "100");
    return (strings.counts[pick] || "{n}").replace("{n}", n);
  };

  /** Marks text that is not in the page's language (an untranslated item) with its own. */
  const inLanguage = (e, lang) => {
    if (lang) { e.lang = lang[0]; e.dir = lang[1]; }
    return e;
  };

  function hrefOf(index, doc, rootPath) {
    const d = index.docs.docs[doc];
    const page = index.docs.pages[d[2]];
    // An offline copy points pages it leaves out at the published site: a URL or an absolute
    // path, not one from the root.
    return (/^([a-z][a-z0-9+.-]*:|\/)/i.test(page) ? page : rootPath + page) + (d[3] ? "#" + d[3] : "");
  }

  /** One result: title, where it lives, and a snippet filled in when its text arrives. */
  function resultBody(index, found, r, container, titleTag) {
    const d = index.docs.docs[r.doc];
    const lang = (index.docs.langs || {})[r.doc];
    container.appendChild(inLanguage(el(titleTag, "sr-title", d[1]), lang));
    const place = index.docs.locations[d[4]];
    const placeLangs = (index.docs.location_langs || {})[d[4]];
    const location = el("span", "sr-location", placeLangs ? null : place.join(" › "));
    if (placeLangs) place.forEach((part, i) => {
      if (i) location.appendChild(document.createTextNode(" › "));
      location.appendChild(inLanguage(el("span", null, part), placeLangs[i]));
    });
    container.appendChild(location);
    const snippet = inLanguage(el("span", "sr-snippet"), lang);
    container.appendChild(snippet);
    index.text(r.doc).then(text => {
      if (!text) return;
      for (const [part, marked] of index.snippet(text, found)) snippet.appendChild(marked ? el("mark", null, part) : document.createTextNode(part));
    }, () => {});
  }

  // The header's field: a combobox with results as you type.
  function enhanceField(form) {
    const input = form.querySelector("input[type=search]");
    if (!input || form.hasAttribute("data-enhanced")) return;
    form.setAttribute("data-enhanced", "");
    const rootPath = form.getAttribute("data-root") || "";
    const lang = document.documentElement.lang;
    const popup = el("div", "search-popup");
    popup.hidden = true;
    const list = el("ul", "search-options");
    list.id = "search-options";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
    const more = el("a", "search-more");
    const status = el("div", "sr-only");
    status.setAttribute("role", "status");
    popup.append(list, more);
    form.append(popup, status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    let active = -1, serial = 0, index = null;

    const close = () => { popup.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; };
    const options = () => Array.from(list.querySelectorAll("[role=option]"));
    const activate = i => {
      const opts = options();
      if (!opts.length) return;
      active = (i + opts.length) % opts.length;
      opts.forEach((o, k) => o.setAttribute("aria-selected", k === active ? "true" : "false"));
      input.setAttribute("aria-activedescendant", opts[active].id);
      opts[active].scrollIntoView({ block: "nearest" });
    };

    function run() {
      const query = input.value.trim();
      const mine = ++serial;
      if (!query) { close(); list.textContent = ""; status.textContent = ""; return; }
      S.open(form).then(ix => {
        index = ix;
        return ix.query(query);
      }).then(found => {
        if (mine !== serial) return;
        const strings = index.docs.strings;
        list.textContent = "";
        found.results.slice(0, 8).forEach((r, k) => {
          const li = el("li", "search-option");
          li.id = "search-option-" + k;
          li.setAttribute("role", "option");
          li.setAttribute("aria-selected", "false");
          // Options hold no links (a listbox option is one control): a click or Enter opens it.
          li.setAttribute("data-href", hrefOf(index, r.doc, rootPath));
          resultBody(index, found, r, li, "span");
          list.appendChild(li);
        });
        const total = found.results.length;
        more.hidden = false;
        more.href = form.action.split("?")[0] + "?q=" + encodeURIComponent(query);
        more.textContent = total ? strings.all_results.replace("{q}", query) : strings.no_results.replace("{q}", query);
        popup.hidden = false;
        input.setAttribute("aria-expanded", "true");
        active = -1;
        input.removeAttribute("aria-activedescendant");
        status.textContent = total ? count(strings, total, lang) : strings.no_results.replace("{q}", query);
      }, () => {
        if (mine !== serial) return;
        status.textContent = index ? index.docs.strings.failed : "";
      });
    }

    input.addEventListener("input", run);
    input.addEventListener("focus", () => { S.open(form).catch(() => {}); if (input.value.trim() && list.childElementCount) { popup.hidden = false; input.setAttribute("aria-expanded", "true"); } });
    input.addEventListener("keydown", e => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (popup.hidden) { if (input.value.trim()) run(); return; }
        e.preventDefault();
        activate(active + (e.key === "ArrowDown" ? 1 : -1));
      } else if (e.key === "Enter" && active >= 0 && !popup.hidden) {
        e.preventDefault();
        location.href = options()[active].getAttribute("data-href");
      } else if (e.key === "Escape") {
        if (!popup.hidden) { e.preventDefault(); close(); } else if (input.value) { input.value = ""; run(); }
      }
    });
    list.addEventListener("mousedown", e => e.preventDefault());
    list.addEventListener("click", e => {
      const option = e.target.closest("[role=option]");
      if (option) location.href = option.getAttribute("data-href");
    });
    form.addEventListener("focusout", e => { if (!form.contains(e.relatedTarget)) close(); });
    // site.js loaded this script on focus: load the index now, and answer what was typed since.
    if (document.activeElement === input) { S.open(form).catch(() => {}); if (input.value.trim()) run(); }
  }

  // The search page: every result, with filters.
  function enhancePage(section) {
    const form = document.querySelector(".site-search");
    const pageForm = section.querySelector("form");
    const input = pageForm.querySelector("input[type=search]");
    const status = section.querySelector(".search-page-status");
    const list = section.querySelector(".search-page-results");
    const fieldset = section.querySelector(".search-filters");
    const selects = Array.from(fieldset.querySelectorAll("select"));
    const params = new URLSearchParams(location.search);
    const rootPath = form.getAttribute("data-root") || "";
    const lang = document.documentElement.lang;
    input.value = params.get("q") || "";
    let shown = 50, serial = 0;

    S.open(form).then(index => {
      const docs = index.docs, strings = docs.strings;
      const add = (select, value, label, lang) => { const o = inLanguage(el("option", null, label), lang); o.value = value; select.appendChild(o); };
      const values = { type: new Set(), region: new Set(), country: new Set(), sdg: new Set() };
      docs.docs.forEach(d => values.type.add(d[0]));
      for (const c of Object.values(docs.cases)) { values.region.add(c[0]); c[1].forEach(x => values.country.add(x)); c[2].forEach(x => values.sdg.add(x)); }
      const by = name => selects.find(s => s.dataset.filter === name);
      Object.keys(strings.kinds).filter(k => values.type.has(k)).forEach(k => add(by("type"), k, strings.kinds[k]));
      Object.keys(strings.regions).filter(k => values.region.has(k)).forEach(k => add(by("region"), k, strings.regions[k]));
      Array.from(values.country).sort((a, b) => a.localeCompare(b, lang)).forEach(c => add(by("country"), c, c, (docs.country_langs || {})[c]));
      Array.from(values.sdg).sort((a, b) => a - b).forEach(n => add(by("sdg"), String(n), strings.sdg.replace("{n}", n)));
      selects.forEach(s => { s.value = params.get(s.name) || ""; s.addEventListener("change", () => { shown = 50; run(); }); });
      fieldset.hidden = false;

      function keep(doc) {
        const d = docs.docs[doc], c = docs.cases[doc];
        return selects.every(s => {
          const v = s.value;
          if (!v) return true;
          if (s.dataset.filter === "type") return d[0] === v;
          if (!c) return false;
          if (s.dataset.filter === "region") return c[0] === v;
          if (s.dataset.filter === "country") return c[1].includes(v);
          return c[2].includes(Number(v));
        });
      }

      function run() {
        const query = input.value.trim(), mine = ++serial;
        try {
          const q = new URLSearchParams();
          if (query) q.set("q", query);
          selects.forEach(s => { if (s.value) q.set(s.name, s.value); });
          history.replaceState(null, "", "?" + q.toString());
        } catch (e) { /* some browsers refuse this for file: pages */ }
        if (!query) { list.hidden = true; list.textContent = ""; status.textContent = ""; return; }
        index.query(query).then(found => {
          if (mine !== serial) return;
          const results = found.results.filter(r => keep(r.doc));
          list.textContent = "";
          results.slice(0, shown).forEach(r => {
            const li = el("li", "search-result");
            const a = el("a");
            a.href = hrefOf(index, r.doc, rootPath);
            resultBody(index, found, r, a, "span");
            li.appendChild(a);
            list.appendChild(li);
          });
          if (results.length > shown) {
            const li = el("li", "search-result-more");
            const b = el("button", null, count(strings, results.length, lang) + " …");
            b.type = "button";
            b.addEventListener("click", () => { shown += 50; run(); });
            li.appendChild(b);
            list.appendChild(li);
          }
          list.hidden = !results.length;
          status.textContent = results.length ? count(strings, results.length, lang) : strings.no_results.replace("{q}", query);
        });
      }
      input.addEventListener("input", () => { shown = 50; run(); });
      pageForm.addEventListener("submit", e => { e.preventDefault(); run(); });
      run();
    }, () => { status.textContent = status.getAttribute("data-failed"); });
  }

  const form = document.querySelector(".site-search");
  if (form) enhanceField(form);
  const page = document.querySelector(".search-page");
  if (page && form) enhancePage(page);
})(this);
