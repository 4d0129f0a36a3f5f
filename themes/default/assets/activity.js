// Quizzes and worksheets: checking, saving in this browser, export and import. Progressive
// enhancement: without this script every question, answer and field is still on the page.
(() => {
  "use strict";
  const $$ = (root, sel) => Array.from(root.querySelectorAll(sel));
  // Answers are kept per site (the folder above assets/), per locale and per activity id, so an
  // activity shares its answers between its own page and the chapter that embeds it.
  let site = "/";
  try { site = new URL("..", document.currentScript.src).pathname; } catch (e) { /* keep "/" */ }
  const storageKey = (section, kind) => ["coursebook", section.dataset.locale, site, kind, section.dataset.id].join(":");
  // Storage can throw (file:// in some browsers, private modes, quota): never let it break a page.
  const load = key => { try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; } };
  const save = (key, value) => { try { localStorage.setItem(key, JSON.stringify(value)); return true; } catch (e) { return false; } };
  const forget = key => { try { localStorage.removeItem(key); } catch (e) { /* nothing to do */ } };
  const parseJson = (root, sel) => { try { return JSON.parse(root.querySelector(sel).textContent); } catch (e) { return null; } };
  const fill = (text, vars) => (text || "").replace(/\{\s*\$(\w+)\s*\}/g, (m, k) => (k in vars ? vars[k] : m));
  const stringsOf = section => { const t = section.querySelector("template.strings"); return t ? t.dataset : {}; };
  const unhide = (root, sel) => $$(root, sel).forEach(el => { el.hidden = false; });


  // ----- SCORM 1.2 run-time bridge -----
  // Active only where an LMS launched a chapter page of a SCORM package as a SCO (the manifest
  // launches it with `?sco=<chapter>&quiz=<quiz>`) and the page finds the LMS's API: without an
  // LMS nothing below runs and the page works as on the site (answers kept in this browser).
  // The LMS receives: lesson_status (completed once the chapter is read to its end; passed or
  // failed when its quiz is checked, against cmi.student_data.mastery_score), the quiz's score
  // (0-100), the section being read as lesson_location, and the quiz's answers as suspend_data.
  const SUSPEND_LIMIT = 4096; // cmi.suspend_data is a CMIString4096 in SCORM 1.2
  const lms = (() => {
    let params;
    try { params = new URLSearchParams(location.search); } catch (e) { return null; }
    if (!params.get("sco")) return null;
    // The API discovery algorithm of the SCORM 1.2 run-time environment (ADL): this window's
    // parents, then those of the window that opened it.
    const findAPI = win => {
      let tries = 0;
      try {
        while (!win.API && win.parent && win.parent !== win) {
          if (++tries > 7) return null;
          win = win.parent;
        }
        return win.API || null;
      } catch (e) { return null; } // a frame of another origin
    };
    let api = findAPI(window);
    if (!api && window.opener) api = findAPI(window.opener);
    if (!api || typeof api.LMSInitialize !== "function") return null;
    if (String(api.LMSInitialize("")) !== "true") return null;

    const get = k => { try { const v = api.LMSGetValue(k); return v == null ? "" : String(v); } catch (e) { return ""; } };
    const set = (k, v) => { try { return String(api.LMSSetValue(k, String(v))) === "true"; } catch (e) { return false; } };
    const commit = () => { try { api.LMSCommit(""); } catch (e) { /* the LMS reports its own errors */ } };
    const quizId = params.get("quiz") || "";
    const mastery = parseFloat(get("cmi.student_data.mastery_score"));
    let status = get("cmi.core.lesson_status");
    let location0 = get("cmi.core.lesson_location");
    let saved = null;
    try { saved = JSON.parse(get("cmi.suspend_data") || "null"); } catch (e) { saved = null; }
    if (!status || status === "not attempted") { set("cmi.core.lesson_status", "incomplete"); status = "incomplete"; }
    // The learner can come back to a chapter and find their answers and place.
    set("cmi.core.exit", "suspend");
    commit();

    // Quiz answers, compact: names without the quiz's prefix, long free text shortened to fit.
    const encode = (id, state) => {
      const prefix = id + "-", a = {};
      Object.keys(state.answers || {}).forEach(k => { a[k.indexOf(prefix) === 0 ? k.slice(prefix.length) : k] = state.answers[k]; });
      const data = { v: 1, q: id, a, c: state.checked ? 1 : 0 };
      let text = JSON.stringify(data);
      while (text.length > SUSPEND_LIMIT) {
        let longest = null;
        Object.keys(a).forEach(k => { if (typeof a[k] === "string" && (!longest || a[k].length > a[longest].length)) longest = k; });
        if (!longest || !a[longest]) { data.a = {}; text = JSON.stringify(data); break; }
        a[longest] = a[longest].slice(0, Math.max(0, a[longest].length - (text.length - SUSPEND_LIMIT) - 1));
        text = JSON.stringify(data);
      }
      return text;
    };
    const decode = id => {
      if (!saved || saved.q !== id || !saved.a) return null;
      const answers = {};
      Object.keys(saved.a).forEach(k => { answers[id + "-" + k] = saved.a[k]; });
      return { answers, checked: !!saved.c };
    };

    const rank = { "not attempted": 0, browsed: 0, incomplete: 1, completed: 2, failed: 3, passed: 3 };
    const setStatus = s => {
      if (s === "completed" && (rank[status] || 0) >= 2) return; // reading never undoes a quiz result
      if (s !== status && set("cmi.core.lesson_status", s)) { status = s; commit(); }
    };

    // Read: the end of the chapter has been on screen.
    const article = document.querySelector("article.chapter") || document.querySelector("main");
    if (article) {
      const end = document.createElement("div");
      end.className = "sco-end";
      end.setAttribute("aria-hidden", "true");
      article.appendChild(end);
      if ("IntersectionObserver" in window) {
        const seen = new IntersectionObserver(entries => {
          if (entries.some(e => e.isIntersecting)) { seen.disconnect(); setStatus("completed"); }
        });
        seen.observe(end);
      } else setStatus("completed");
    }

    // Bookmark: the last section heading scrolled past.
    const headings = $$(document, "main h2[id], main h3[id]");
    let place = location0;
    let ticking = false;
    const track = () => {
      ticking = false;
      let current = "";
      headings.forEach(h => { if (h.getBoundingClientRect().top < window.innerHeight * 0.4) current = h.id; });
      if (current && current !== place && current.length <= 255) { place = current; set("cmi.core.lesson_location", current); }
    };
    window.addEventListener("scroll", () => { if (!ticking) { ticking = true; requestAnimationFrame(track); } }, { passive: true });
    if (get("cmi.core.entry") === "resume" && location0) {
      const target = document.getElementById(location0);
      if (target) requestAnimationFrame(() => target.scrollIntoView());
    }

    // Inside the LMS's frame, leaving the page would end the SCO: other pages open beside it,
    // and the link to this chapter's quiz page goes to the quiz embedded here.
    $$(document, "a[href]").forEach(a => {
      const href = a.getAttribute("href");
      if (!href || href[0] === "#") return;
      const file = href.split(/[?#]/)[0];
      if (quizId && /(^|\/)quizzes\//.test(file) && file.split("/").pop() === quizId + ".html" && document.getElementById("quiz-" + quizId)) {
        a.setAttribute("href", "#quiz-" + quizId);
        return;
      }
      a.target = "_blank";
      a.rel = "noopener";
    });

    const started = Date.now();
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      const s = Math.round((Date.now() - started) / 1000);
      const pad = n => String(n).padStart(2, "0");
      set("cmi.core.session_time", `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`);
      if (place) set("cmi.core.lesson_location", place);
      commit();
      try { api.LMSFinish(""); } catch (e) { /* nothing more to do */ }
    };
    window.addEventListener("pagehide", finish);
    window.addEventListener("beforeunload", finish);

    return {
      /** The quiz state the LMS kept for `id`, if this SCO's quiz. */
      saved: id => (id === quizId ? decode(id) : null),
      /** The learner changed an answer of quiz `id`. */
      progress: (id, state) => { if (id === quizId) set("cmi.suspend_data", encode(id, state)); },
      /** Quiz `id` was checked. */
      result: (id, state, r) => {
        if (id !== quizId || !r.total) return;
        const raw = Math.round((r.score * 10000) / r.total) / 100;
        set("cmi.suspend_data", encode(id, state));
        set("cmi.core.score.min", 0);
        set("cmi.core.score.max", 100);
        set("cmi.core.score.raw", raw);
        const pass = isNaN(mastery) ? r.passMark : mastery;
        const passed = r.score * 100 >= pass * r.total;
        setStatus(passed ? "passed" : "failed");
        commit();
      },
    };
  })();

  // ----- quizzes -----

  // A short answer as compared: case, accents and Arabic vowel marks, the forms of alef, yeh
  // and teh marbuta, hyphens and the punctuation around it do not count (a phone keyboard often
  // leaves accents out; "Capacity development." is the right answer).
  const normalise = (text, locale) => {
    let s = String(text).normalize("NFKC");
    try { s = s.toLocaleLowerCase(locale || undefined); } catch (e) { s = s.toLowerCase(); }
    return s.normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625]/g, "\u0627").replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647")
      .replace(/[-\u2010-\u2015_]/g, " ")
      .replace(/^[\s"'«»“”‘’(\[]+|[\s"'«»“”‘’)\].,;:!?。，、！？؟،؛…]+$/g, "")
      .replace(/\s+/g, " ").normalize("NFC");
  };
  // "2.5", "2,5", " 2.5 ", "−3", Arabic-Indic digits and the Arabic decimal separator.
  const parseNumber = text => {
    const s = String(text).normalize("NFKC").trim()
      .replace(/[\u0660-\u0669]/g, d => d.charCodeAt(0) - 0x660)
      .replace(/[\u06f0-\u06f9]/g, d => d.charCodeAt(0) - 0x6f0)
      .replace(/[\s\u066c]/g, "").replace(/[,\u066b]/, ".").replace(/^\u2212/, "-");
    return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN;
  };

  function quiz(section) {
    const form = section.querySelector("form.quiz-form");
    const key = parseJson(section, "script.answer-key");
    if (!form || !key || !Array.isArray(key.questions)) return;
    const t = stringsOf(section);
    const locale = section.dataset.locale || document.documentElement.lang;
    const skey = storageKey(section, "quiz");
    const retry = form.querySelector("[data-action=retry]");
    const result = form.querySelector(".quiz-result");
    const graded = key.questions.some(q => q.type !== "reflection");
    const items = new Map($$(form, "li.question").map(li => [li.dataset.question, li]));
    let state = { answers: {}, checked: false };

    const collect = () => {
      const a = {};
      for (const el of form.elements) {
        if (!el.name) continue;
        if (el.type === "radio" || el.type === "checkbox") {
          a[el.name] = a[el.name] || [];
          if (el.checked) a[el.name].push(el.value);
        } else a[el.name] = el.value;
      }
      return a;
    };
    const apply = a => {
      for (const el of form.elements) {
        if (!el.name) continue;
        const v = a[el.name];
        if (el.type === "radio" || el.type === "checkbox") el.checked = Array.isArray(v) && v.indexOf(el.value) >= 0;
        else el.value = typeof v === "string" ? v : "";
      }
    };
    const persist = () => {
      if (lms) lms.progress(key.id || section.dataset.id, state);
      return save(skey, state);
    };

    const unmark = li => {
      li.classList.remove("is-correct", "is-incorrect", "is-partial", "is-unanswered");
      $$(li, ".is-correct, .is-incorrect").forEach(el => el.classList.remove("is-correct", "is-incorrect"));
      $$(li, ".option-feedback").forEach(p => { p.hidden = true; });
      const fb = li.querySelector(".feedback");
      if (fb) fb.textContent = "";
      const d = li.querySelector("details.answer[data-opened]");
      if (d) { d.open = false; d.removeAttribute("data-opened"); }
    };
    const unmarkAll = () => {
      items.forEach(unmark);
      result.textContent = "";
      result.classList.remove("is-passed", "is-failed");
      retry.hidden = true;
    };
    const mark = (el, ok) => el.classList.add(ok ? "is-correct" : "is-incorrect");

    // Grades one question, marks its parts; returns "correct", "partial", "incorrect" or "unanswered".
    const grade = (q, li) => {
      const controls = $$(li, "input, select, textarea");
      const chosen = controls.filter(c => c.checked);
      switch (q.type) {
        case "single":
        case "multiple": {
          if (!chosen.length) return "unanswered";
          let right = 0;
          chosen.forEach(c => {
            const i = Number(c.value);
            const ok = q.correct.indexOf(i) >= 0;
            if (ok) right++;
            mark(c.closest("li"), ok);
            const fb = li.querySelector(`.option-feedback[data-option="${i}"]`);
            if (fb) fb.hidden = false;
          });
          if (right === chosen.length && right === q.correct.length) return "correct";
          return q.type === "multiple" && right ? "partial" : "incorrect";
        }
        case "true_false":
          if (!chosen.length) return "unanswered";
          mark(chosen[0].closest("li"), (chosen[0].value === "true") === q.correct);
          return (chosen[0].value === "true") === q.correct ? "correct" : "incorrect";
        case "short_text": {
          const v = normalise(controls[0].value, locale);
          if (!v) return "unanswered";
          return (q.accept || []).some(a => normalise(a, locale) === v) ? "correct" : "incorrect";
        }
        case "numeric": {
          if (!controls[0].value.trim()) return "unanswered";
          const n = parseNumber(controls[0].value);
          const tol = (q.tolerance || 0) + 1e-9 * Math.max(1, Math.abs(q.value));
          return Math.abs(n - q.value) <= tol ? "correct" : "incorrect";
        }
        case "ordering":
        case "matching": {
          const selects = controls.filter(c => c.tagName === "SELECT");
          if (selects.every(s => !s.value)) return "unanswered";
          let right = 0;
          selects.forEach(s => {
            // ordering: the item shown at `data-item` belongs at the position whose entry names it;
            // matching: the left item `data-left` pairs with the shown right `pairs[left]`.
            const ok = q.type === "ordering"
              ? s.value !== "" && q.order[Number(s.value)] === Number(s.dataset.item)
              : s.value !== "" && q.pairs[Number(s.dataset.left)] === Number(s.value);
            if (ok) right++;
            mark(s.closest("li"), ok);
          });
          return right === selects.length ? "correct" : right ? "partial" : "incorrect";
        }
        default:
          return "";
      }
    };

    const check = focus => {
      unmarkAll();
      let score = 0;
      key.questions.forEach(q => {
        const li = items.get(q.id);
        if (!li || q.type === "reflection") return;
        const verdict = grade(q, li);
        if (verdict === "correct") score += q.points;
        li.classList.add(verdict === "correct" ? "is-correct" : "is-incorrect");
        if (verdict === "partial" || verdict === "unanswered") li.classList.add("is-" + verdict);
        const fb = li.querySelector(".feedback");
        if (fb) fb.textContent = t[verdict] || t.incorrect || "";
        const d = li.querySelector("details.answer");
        if (d && !d.open) { d.open = true; d.setAttribute("data-opened", ""); }
      });
      const total = key.total || 0;
      const passed = score * 100 >= key.passMark * total;
      const percent = total ? Math.floor((score * 100) / total) : 0;
      result.textContent = fill(passed ? t.passed : t.failed, { score, total, percent, pass: key.passMark });
      result.classList.add(passed ? "is-passed" : "is-failed");
      retry.hidden = false;
      state.checked = true;
      state.result = { score, total, percent, passed };
      persist();
      if (lms && focus) lms.result(key.id || section.dataset.id, state, { score, total, passMark: key.passMark });
      if (focus) result.focus();
    };

    unhide(form, ".quiz-actions");
    result.tabIndex = -1;
    const saved = (lms && lms.saved(key.id || section.dataset.id)) || load(skey);
    if (saved && saved.answers) {
      state = saved;
      apply(saved.answers);
      if (saved.checked && graded) check(false);
    }

    const changed = e => {
      state.answers = collect();
      // A changed answer no longer matches its marks.
      const li = e.target.closest && e.target.closest("li.question");
      if (li && li.matches(".is-correct, .is-incorrect")) unmark(li);
      persist();
    };
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", e => {
      e.preventDefault();
      state.answers = collect();
      if (graded) check(true);
      else {
        result.textContent = persist() ? t.saved || "" : "";
        result.focus();
      }
    });
    retry.addEventListener("click", () => {
      unmarkAll();
      state.checked = false;
      delete state.result;
      persist();
      const first = form.querySelector("input, select, textarea");
      if (first) first.focus();
    });
    form.querySelector("[data-action=reset]").addEventListener("click", () => {
      form.reset();
      unmarkAll();
      state = { answers: {}, checked: false };
      forget(skey);
    });
  }

  // ----- worksheets -----

  const csvField = s => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const parseCsv = text => {
    const rows = [];
    let row = [], field = "", quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c !== '"') field += c;
        else if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else if (c === '"') quoted = true;
      else if (c === ",") { row.push(field); field = ""; }
      else if (c === "\n" || c === "\r") {
        if (c === "\r" && text[i + 1] === "\n") i++;
        row.push(field); rows.push(row); row = []; field = "";
      } else field += c;
    }
    if (field || row.length) { row.push(field); rows.push(row); }
    return rows;
  };
  // Markdown: backslash escapes (valid CommonMark) keep `\`, `|` and `<` literal; a newline in a
  // table cell is <br>; a text line that starts with `#` or `\` gets a leading backslash.
  const mdEscape = s => s.replace(/[\\|<]/g, "\\$&").replace(/\n/g, "<br>");
  const mdUnescape = s => s.replace(/\\([\\|<])|<br>/g, (m, c) => c || "\n");
  const mdCells = line => {
    const cells = [];
    let cur = "";
    for (let i = 0; i < line.length; i++) {
      if (line[i] === "\\") cur += line[i] + (line[++i] || "");
      else if (line[i] === "|") { cells.push(cur); cur = ""; } else cur += line[i];
    }
    cells.push(cur);
    return cells.slice(1, -1).map(c => mdUnescape(c.replace(/^ /, "").replace(/ $/, "")));
  };
  const CSV_HEADER = ["block", "row", "column", "label", "value"];

  function worksheet(section) {
    const form = section.querySelector("form.worksheet-form");
    const schema = parseJson(section, "script.worksheet-schema");
    if (!form || !schema || !Array.isArray(schema.blocks)) return;
    const t = stringsOf(section);
    const skey = storageKey(section, "worksheet");
    const status = form.querySelector(".worksheet-status");
    const say = (text, vars) => { status.textContent = fill(text, vars || {}); };
    const blocks = schema.blocks;
    const tables = blocks.filter(b => b.type === "table");
    const body = b => form.querySelector(`[data-table="${CSS.escape(b.id)}"] tbody`);
    const cellName = (b, r, c) => `${b.id}.${r}.${c.id}`;
    const valueOf = name => {
      const el = form.elements.namedItem(name);
      // A rating's radio group: the chosen value, or nothing.
      if (el && el instanceof RadioNodeList) return el.value || "";
      return el ? el.value : "";
    };
    // A rating's scale labels, from its column headers ("1 Strongly disagree" → "Strongly disagree").
    const scaleOf = b => $$(form, `[data-rating="${CSS.escape(b.id)}"] thead th[id]`).map(th => th.textContent.replace(/^\s*\d+\s*/, "").trim());
    const ratingText = (b, v) => (v ? `${v} (${scaleOf(b)[Number(v) - 1] || ""})` : "");
    const initialRows = new Map(tables.map(b => [b, body(b).rows.length]));
    let warned = false;

    tables.forEach(b => body(b).querySelectorAll("tr").forEach(tr => {
      $$(tr, "td").forEach((td, i) => {
        const c = b.columns[i];
        if (c) { td.dataset.label = c.label; if (c.prompt) td.dataset.prompt = c.prompt; }
      });
    }));

    const addRow = b => {
      const tb = body(b);
      const n = tb.rows.length;
      const tr = tb.rows[n - 1].cloneNode(true);
      $$(tr, "textarea").forEach((ta, i) => { ta.value = ""; ta.name = cellName(b, n, b.columns[i]); });
      tb.appendChild(tr);
      return tr;
    };
    const setRows = (b, n) => {
      const tb = body(b);
      n = Math.max(n, initialRows.get(b));
      while (tb.rows.length < n) addRow(b);
      while (tb.rows.length > n) tb.deleteRow(-1);
    };
    // The worksheet's content: { values: {name: text}, rows: {tableId: count} }.
    const collect = () => {
      const values = {}, rows = {};
      $$(form, "input[name], textarea[name]").forEach(el => {
        if (el.type === "radio") { if (el.checked) values[el.name] = el.value; } else if (el.type !== "file") values[el.name] = el.value;
      });
      tables.forEach(b => { rows[b.id] = body(b).rows.length; });
      return { values, rows };
    };
    const apply = data => {
      tables.forEach(b => setRows(b, (data.rows && data.rows[b.id]) || 0));
      $$(form, "input[name], textarea[name]").forEach(el => {
        const v = (data.values && data.values[el.name]) || "";
        if (el.type === "radio") el.checked = v !== "" && el.value === String(v);
        else if (el.type !== "file") el.value = v;
      });
    };
    const persist = () => {
      if (!save(skey, collect()) && !warned) { warned = true; say(t.notSaved); }
    };

    // Rows of [block, row, column, label, value]; rows are numbered from 1.
    const entries = () => {
      const out = [];
      blocks.forEach(b => {
        if (b.type === "rating") {
          b.items.forEach(i => out.push([b.id, "", i.id, i.label, ratingText(b, valueOf(`${b.id}.${i.id}`))]));
          return;
        }
        if (b.type !== "table") { out.push([b.id, "", "", b.label, valueOf(b.id)]); return; }
        for (let r = 0; r < body(b).rows.length; r++) {
          b.columns.forEach(c => out.push([b.id, String(r + 1), c.id, c.label, valueOf(cellName(b, r, c))]));
        }
      });
      return out;
    };
    const toCsv = () => "\ufeff" + [CSV_HEADER].concat(entries()).map(r => r.map(csvField).join(",")).join("\r\n") + "\r\n";
    const toMarkdown = () => {
      const lines = ["# " + mdEscape(schema.title), ""];
      blocks.forEach(b => {
        lines.push(`## ${mdEscape(b.label)} <!-- ${b.id} -->`, "");
        if (b.type === "rating") {
          const row = cells => "| " + cells.map(mdEscape).join(" | ") + " |";
          lines.push(row(["", b.label]), "| --- | --- |");
          b.items.forEach(i => lines.push(row([i.label, ratingText(b, valueOf(`${b.id}.${i.id}`))])));
        } else if (b.type === "table") {
          const row = cells => "| " + cells.map(mdEscape).join(" | ") + " |";
          lines.push(row(b.columns.map(c => c.label)), "|" + b.columns.map(() => " --- ").join("|") + "|");
          for (let r = 0; r < body(b).rows.length; r++) lines.push(row(b.columns.map(c => valueOf(cellName(b, r, c)))));
        } else {
          valueOf(b.id).split("\n").forEach(l => lines.push(/^[#\\]/.test(l) ? "\\" + l : l));
        }
        lines.push("");
      });
      return lines.join("\n");
    };

    const fromCsv = text => {
      const rows = parseCsv(text);
      const head = (rows.shift() || []).map(s => s.trim().toLowerCase());
      if (head.slice(0, 5).join() !== CSV_HEADER.join()) return null;
      const data = { values: {}, rows: {} };
      let found = 0;
      rows.forEach(([id, row, col, , value]) => {
        const b = blocks.find(x => x.id === id);
        if (!b) return;
        found++;
        if (b.type === "rating") {
          const n = parseInt(value, 10);
          if (b.items.some(i => i.id === col) && n >= 1) data.values[`${b.id}.${col}`] = String(n);
          return;
        }
        if (b.type !== "table") { data.values[b.id] = value || ""; return; }
        const r = parseInt(row, 10) - 1;
        const c = b.columns.find(x => x.id === col);
        if (!(r >= 0) || !c) return;
        data.values[cellName(b, r, c)] = value || "";
        data.rows[b.id] = Math.max(data.rows[b.id] || 0, r + 1);
      });
      return found ? data : null;
    };
    const fromMarkdown = text => {
      const data = { values: {}, rows: {} };
      const parts = [];
      text.replace(/\r\n?/g, "\n").split("\n").forEach(line => {
        const m = /^## (.*?)(?: <!-- (\S+) -->)?$/.exec(line);
        if (m) parts.push({ label: mdUnescape(m[1]), id: m[2], lines: [] });
        else if (parts.length) parts[parts.length - 1].lines.push(line);
      });
      let found = 0;
      parts.forEach(p => {
        const b = blocks.find(x => (p.id ? x.id === p.id : x.label === p.label));
        if (!b) return;
        found++;
        if (b.type === "rating") {
          p.lines.filter(l => l[0] === "|").slice(2).forEach((l, k) => {
            const n = parseInt(mdCells(l)[1], 10);
            if (b.items[k] && n >= 1) data.values[`${b.id}.${b.items[k].id}`] = String(n);
          });
          return;
        }
        if (b.type !== "table") {
          data.values[b.id] = p.lines.slice(1, -1).map(l => (l[0] === "\\" ? l.slice(1) : l)).join("\n");
          return;
        }
        const rows = p.lines.filter(l => l[0] === "|").slice(2);
        rows.forEach((l, r) => mdCells(l).forEach((v, i) => { if (b.columns[i]) data.values[cellName(b, r, b.columns[i])] = v; }));
        data.rows[b.id] = rows.length;
      });
      return found ? data : null;
    };

    const download = (name, text, type) => {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      a.hidden = true;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      say(t.exported, { file: name });
    };
    const clear = () => {
      apply({});
      forget(skey);
    };

    unhide(form, ".worksheet-actions, [data-action=add-row]");
    const saved = load(skey);
    if (saved && saved.values) {
      apply(saved);
      if (Object.keys(saved.values).some(k => saved.values[k])) say(t.restored);
    }

    form.addEventListener("input", e => { if (e.target.type !== "file") persist(); });
    form.addEventListener("change", e => { if (e.target.type === "radio") persist(); });
    form.addEventListener("submit", e => e.preventDefault());
    form.addEventListener("click", e => {
      const btn = e.target.closest("button[data-action]");
      if (!btn) return;
      const action = btn.dataset.action;
      if (action === "add-row") {
        const b = tables.find(x => x.id === btn.closest("[data-table]").dataset.table);
        addRow(b).querySelector("textarea").focus();
        persist();
      } else if (action === "export-csv") download(schema.id + ".csv", toCsv(), "text/csv;charset=utf-8");
      else if (action === "export-md") download(schema.id + ".md", toMarkdown(), "text/markdown;charset=utf-8");
      else if (action === "print") window.print();
      else if (action === "reset" && window.confirm(t.confirmClear || btn.textContent)) {
        clear();
        say(t.cleared);
      }
    });
    const file = form.querySelector("input[type=file][data-action=import]");
    if (file) file.addEventListener("change", async () => {
      const f = file.files && file.files[0];
      if (!f) return;
      const text = (await f.text()).replace(/^\ufeff/, "");
      const data = /^"?block"?,/i.test(text) ? fromCsv(text) : fromMarkdown(text);
      file.value = "";
      if (!data) { say(t.importFailed, { file: f.name }); return; }
      apply(data);
      persist();
      say(t.imported, { file: f.name });
    });

    // Facilitator edition: participants' exported copies, compiled into counts and lists. The
    // files are untrusted: their text is only ever set as text.
    const compile = section.querySelector(".worksheet-compile");
    const many = compile && compile.querySelector("input[type=file][data-action=compile]");
    if (many) many.addEventListener("change", async () => {
      const c = compile.querySelector("template.compile-strings").dataset;
      const out = compile.querySelector(".compile-result");
      const copies = [], refused = [];
      for (const f of Array.from(many.files || [])) {
        const text = (await f.text()).replace(/^\ufeff/, "");
        const data = /^"?block"?,/i.test(text) ? fromCsv(text) : fromMarkdown(text);
        if (data) copies.push(data); else refused.push(f.name);
      }
      many.value = "";
      out.textContent = "";
      const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
      const share = (count, total) => fill(c.share, { count, total, percent: total ? Math.round((count * 100) / total) : 0 });
      out.appendChild(el("p", fill(c.files, { count: copies.length })));
      refused.forEach(name => out.appendChild(el("p", fill(c.notExport, { file: name }), "compile-refused")));
      if (!copies.length) return;
      const at = (d, name) => (d.values && d.values[name]) || "";
      blocks.forEach(b => {
        out.appendChild(el("h3", b.label));
        if (b.type === "rating") {
          const scale = scaleOf(b);
          const top = scale.length >= 4 ? 2 : 1;
          const table = el("table");
          const head = table.createTHead().insertRow();
          [c.statement].concat(scale.map((s, i) => `${i + 1} ${s}`), [c.answered, scale.slice(-top).join(" + ")])
            .forEach(h => { const th = el("th", h); th.scope = "col"; head.appendChild(th); });
          const body = table.createTBody();
          b.items.forEach(i => {
            const counts = scale.map(() => 0);
            copies.forEach(d => { const v = parseInt(at(d, `${b.id}.${i.id}`), 10); if (v >= 1 && v <= scale.length) counts[v - 1]++; });
            const answered = counts.reduce((x, y) => x + y, 0);
            const tr = body.insertRow();
            const th = el("th", i.label); th.scope = "row"; tr.appendChild(th);
            counts.forEach(n => tr.appendChild(el("td", String(n))));
            tr.appendChild(el("td", String(answered)));
            tr.appendChild(el("td", answered ? share(counts.slice(-top).reduce((x, y) => x + y, 0), answered) : "–"));
          });
          const wrap = el("div", null, "table-wrap"); wrap.appendChild(table); out.appendChild(wrap);
        } else if (b.type === "table") {
          const rows = [];
          copies.forEach(d => {
            const n = (d.rows && d.rows[b.id]) || 0;
            for (let r = 0; r < n; r++) {
              const cells = b.columns.map(col => at(d, cellName(b, r, col)));
              if (cells.some(x => x.trim())) rows.push(cells);
            }
          });
          if (!rows.length) { out.appendChild(el("p", c.none)); return; }
          const table = el("table");
          const head = table.createTHead().insertRow();
          b.columns.forEach(col => { const th = el("th", col.label); th.scope = "col"; head.appendChild(th); });
          const body = table.createTBody();
          rows.forEach(cells => { const tr = body.insertRow(); cells.forEach(x => tr.appendChild(el("td", x))); });
          const wrap = el("div", null, "table-wrap"); wrap.appendChild(table); out.appendChild(wrap);
        } else {
          const answers = copies.map(d => at(d, b.id).trim()).filter(Boolean);
          if (!answers.length) { out.appendChild(el("p", c.none)); return; }
          const ul = el("ul", null, "compile-answers");
          answers.forEach(a => ul.appendChild(el("li", a)));
          out.appendChild(ul);
        }
      });
    });
  }

  // Browsers without `field-sizing: content` print only the visible part of a textarea.
  const fits = window.CSS && CSS.supports && CSS.supports("field-sizing", "content");
  if (!fits) {
    window.addEventListener("beforeprint", () => $$(document, ".activity textarea").forEach(ta => {
      ta.style.blockSize = ta.scrollHeight + 4 + "px";
    }));
    window.addEventListener("afterprint", () => $$(document, ".activity textarea").forEach(ta => { ta.style.blockSize = ""; }));
  }

  $$(document, "section[data-activity=quiz]").forEach(quiz);
  $$(document, "section[data-activity=worksheet]").forEach(worksheet);
})();
