#!/usr/bin/env python3
"""coursebook against Hugo and mdBook on the shared synthetic corpus (see benches/README.md).

Reuses the shared bench's measurement code (../shared/bench/run_peers.py: run_once,
corpus generation and caching, version lookup) and its protocol: per corpus size all
commands run in turn, A B C A B C ..., after --warmup untimed rounds; the output folder
is deleted (untimed) before every run, so each timed run is a full cold build on a warm
OS file cache; wall = the whole process, CPU = user+sys and peak RSS from wait4.

What this adds to run_peers.py --ours:
  * the coursebook corpus: gen_corpus.py --layout plain, converted by convert_corpus.py
    (one course, chapters listed in order, `chapter:` id links, locales/<code>/ files);
  * `hugo-nav`: Hugo --minify with the navigation sidebar coursebook writes (a window of
    25 chapters around the current one in a long course), `hugo-navfull` with every chapter
    on every page;
  * `coursebook-nosearch`: the same coursebook corpus with `search: false` in its site.yaml,
    for the cost of the search index (checked: its output has no <locale>/search/ folder);
  * --mdbook-max-pages (and --nav-max-pages for hugo-navfull): commands that take minutes are
    not timed on the large corpora; the JSON keeps a row saying so, for the report;
  * output size (bytes and files of the output folder, measured after the last run);
  * a ratio table coursebook / peer (wall: median of per-round ratios; CPU, peak RSS,
    output size: ratio of medians) and a JSON file with every run.
"""
import argparse
import glob
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "bench"))
sys.dont_write_bytecode = True  # ../shared is read-only: no __pycache__ there
sys.path.insert(0, SHARED)
import run_peers  # noqa: E402  (shared measurement code: run_once, corpus, version, which)

CONVERT = os.path.join(HERE, "convert_corpus.py")
KNOWN = ["hugo", "hugo-minify", "hugo-nav", "hugo-navfull", "mdbook", "mdbook-nosearch", "coursebook",
         "coursebook-nosearch"]
DEFAULT_TOOLS = "coursebook,coursebook-nosearch,hugo-minify,hugo-nav,mdbook"

# gen_corpus.py's Hugo baseof.html plus a sidebar of the chapters (in order, current one marked)
# on every page, as coursebook's course navigation and mdBook's TOC do. Two variants:
#   hugo-nav      the sidebar coursebook writes today (src/render.rs, NAV_FULL_LIMIT = 60,
#                 NAV_WINDOW = 12): every chapter up to 60 chapters, else the current chapter
#                 and 12 on each side (the first 13 on other pages), with an "All chapters …"
#                 link to the chapter list where some are left out. Chapter i has weight i.
#   hugo-navfull  every chapter on every page (O(pages²) output: ~10 min a build at 5000).
HUGO_HEAD = """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ end }}">
</head>
<body>
<header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></header>
"""
HUGO_TAIL = """<main>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
"""
NAV_ITEM = ('<li><a href="{{ .RelPermalink }}"{{ if eq . $cur }} aria-current="page"{{ end }}>'
            '<span class="num">{{ .Weight }}</span> {{ .Title }}</a></li>\n')
HUGO_NAV = {
    "navwin": HUGO_HEAD + """{{ $cur := . }}{{ $all := .Site.RegularPages.ByWeight }}{{ $n := len $all }}
{{ $start := 0 }}{{ $count := $n }}
{{ if gt $n 60 }}{{ $i := cond .IsPage (sub .Weight 1) 0 }}{{ $start = cond (gt $i 12) (sub $i 12) 0 }}{{ $count = sub (add $i 13) $start }}{{ end }}
{{ $more := site.GetPage "/chapters" }}
<nav class="sidebar"><ol class="nav-chapters">
{{ if gt $start 0 }}<li class="nav-more"><a href="{{ $more.RelPermalink }}">All chapters …</a></li>{{ end }}
{{ range first $count (after $start $all) }}""" + NAV_ITEM + """{{ end }}{{ if lt (add $start $count) $n }}<li class="nav-more"><a href="{{ $more.RelPermalink }}">All chapters …</a></li>{{ end }}</ol></nav>
""" + HUGO_TAIL,
    "navfull": HUGO_HEAD + """{{ $cur := . }}
<nav class="sidebar"><ol class="nav-chapters">
{{ range .Site.RegularPages.ByWeight }}""" + NAV_ITEM + """{{ end }}</ol></nav>
""" + HUGO_TAIL,
}


def derived_corpus(src, d, edit):
    """A copy of corpus `src` at `d`, changed by `edit(copy)`; made once (through a temporary
    folder, so that an interrupted copy is never taken for a finished one)."""
    if not os.path.exists(os.path.join(d, "corpus.json")):
        tmp = d + ".tmp"
        for x in (d, tmp):
            if os.path.exists(x):
                shutil.rmtree(x)
        shutil.copytree(src, tmp)
        edit(tmp)
        os.rename(tmp, d)
    return d


def hugo_nav_corpus(hugo_src, variant):
    def edit(tmp):
        with open(os.path.join(tmp, "layouts", "_default", "baseof.html"), "w", encoding="utf-8") as f:
            f.write(HUGO_NAV[variant])
    return derived_corpus(hugo_src, f"{hugo_src}-{variant}", edit)


def coursebook_corpus(work, pages, locs, seed):
    plain = run_peers.corpus(work, "plain", pages, locs, seed, "folder")
    d = plain + "-coursebook"
    if not os.path.exists(os.path.join(d, "corpus.json")):
        subprocess.run([sys.executable, CONVERT, plain, d, "--force"], check=True)
    return d


def nosearch_corpus(src):
    """A copy of a coursebook corpus with `search: false` in its site.yaml (search is on by
    default): coursebook / coursebook-nosearch is the cost of the search index."""
    def edit(tmp):
        site = os.path.join(tmp, "curriculum", "site.yaml")
        with open(site, encoding="utf-8") as f:
            text = f.read()
        if "search:" in text:  # convert_corpus.py writes no search key; a second one would be a YAML error
            sys.exit(f"bench: {site} already sets search")
        with open(site, "a", encoding="utf-8") as f:
            f.write("search: false\n")
    return derived_corpus(src, src + "-nosearch", edit)


def search_folders(out):
    """The search index folders of a coursebook site (<locale>/search/, with docs.js). assets/search/
    (the stemmers) is written with search on or off, so it does not count."""
    return sorted(os.path.relpath(p, out) for p in glob.glob(os.path.join(out, "*", "search"))
                  if os.path.isdir(p) and os.path.basename(os.path.dirname(p)) != "assets")


def tree_size(path):
    files = html = size = 0
    for dirpath, _, names in os.walk(path):
        for n in names:
            files += 1
            html += n.endswith(".html")
            size += os.lstat(os.path.join(dirpath, n)).st_size
    return files, html, size


def bench_case(jobs, runs, warmup, slow_s, slow_runs, raw_dir, tag):
    """run_peers.bench_case, plus the output's size taken before its folder is deleted, and one
    change for slow commands: a command whose warm-up took more than slow_s seconds keeps that
    warm-up as its first timed run (its input was just read, so the file cache is warm, and start-up
    is noise at that length) and gets slow_runs timed runs in all (run_peers.py: 3 more runs)."""
    log_path = os.path.join(raw_dir, f"{tag}.log")
    with open(log_path, "ab") as log:
        for j in jobs:
            j["runs"], j["target"], j["failed"] = [], runs, False
        for rnd in range(warmup + runs):
            for j in jobs:
                if j["failed"] or len(j["runs"]) >= j["target"]:
                    continue
                print(f"   {'warm-up' if rnd < warmup else 'run ' + str(rnd - warmup + 1)}: {j['label']}",
                      file=sys.stderr, flush=True)
                log.write(f"\n===== {j['label']} round {rnd}: {j['cmd']}\n".encode())
                log.flush()
                r = run_peers.run_once(j, log)
                print(f"      {r['wall']:.2f} s wall, {r['cpu']:.2f} s CPU, {r['rss_kib'] / 1024:.0f} MiB",
                      file=sys.stderr, flush=True)
                if r["rc"] != 0:
                    j["failed"] = True
                    print(f"   FAILED (exit {r['rc']}): {j['label']}; see {log_path}", file=sys.stderr)
                    continue
                r["round"] = rnd
                if rnd < warmup:
                    if r["wall"] > slow_s:
                        j["target"] = min(runs, max(1, slow_runs))
                        r["warmup_kept"] = True
                        j["runs"].append(r)
                    continue
                j["runs"].append(r)
        for j in jobs:
            j["files"], j["html"], j["bytes"] = tree_size(j["out"]) if os.path.exists(j["out"]) else (0, 0, 0)
            if j["tool"].startswith("coursebook") and os.path.exists(j["out"]):
                j["search_folders"] = search_folders(j["out"])
            if os.path.exists(j["out"]):
                shutil.rmtree(j["out"])


def skip_rows(skipped, pages, locs):
    """Rows for the commands not timed in a case: the report lists them with the reason."""
    return [{"label": label, "tool": t, "pages": pages, "locales": locs, "runs": [], "failed": False,
             "skipped": reason} for t, label, reason in skipped]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--coursebook", required=True, help="path to the coursebook binary")
    ap.add_argument("--tools", default=DEFAULT_TOOLS,
                    help=f"comma list among {','.join(KNOWN)}")
    ap.add_argument("--sizes", default="1000 5000 20000", help="single-locale chapter counts")
    ap.add_argument("--i18n", default="1000x3", help="multilingual cases PxL ('' for none)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--slow", type=float, default=30.0,
                    help="a command whose warm-up takes longer keeps it as a timed run and gets --slow-runs in all")
    ap.add_argument("--slow-runs", type=int, default=1)
    ap.add_argument("--nav-max-pages", type=int, default=1000,
                    help="time hugo-navfull only where chapters per locale <= this (5000 pages: ~10 min a build)")
    ap.add_argument("--mdbook-max-pages", type=int, default=5000,
                    help="time mdbook only where chapters per locale <= this (5000 pages: ~2 min a build)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "coursebook-bench"))
    ap.add_argument("--out-dir", default=None)
    ap.add_argument("--json", default=None, help="results JSON (default WORK/raw/results.json)")
    ap.add_argument("--prepare", action="store_true", help="only generate the corpora, time nothing")
    a = ap.parse_args()

    tools = [t for t in a.tools.split(",") if t]
    for t in tools:
        if t not in KNOWN:
            sys.exit(f"bench: unknown tool {t} (known: {', '.join(KNOWN)})")
    work = os.path.abspath(a.work)
    raw = os.path.join(work, "raw")
    os.makedirs(raw, exist_ok=True)
    if a.out_dir:
        outroot = os.path.abspath(a.out_dir)
    elif os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
        outroot = "/dev/shm/coursebook-bench-out"
    else:
        outroot = os.path.join(work, "out")
    os.makedirs(outroot, exist_ok=True)

    hugo, mdbook = run_peers.which("hugo", "HUGO"), run_peers.which("mdbook", "MDBOOK")
    if a.prepare:  # corpora only: the peers need not be installed yet
        hugo, mdbook = hugo or "hugo", mdbook or "mdbook"
    cb = os.path.abspath(a.coursebook)
    vers = {} if a.prepare else {
        "hugo": run_peers.version([hugo, "version"]) if hugo else None,
        "mdbook": run_peers.version([mdbook, "--version"]) if mdbook else None,
        "coursebook": run_peers.version([cb, "--version"])}
    for name, b in (("hugo", hugo), ("mdbook", mdbook)):
        if not b and any(t.startswith(name) for t in tools):
            print(f"note: {name} not found, skipped (set {name.upper()}=path)", file=sys.stderr)
    floor = run_peers.run_once({"cmd": "exec true", "cwd": work, "out": os.path.join(outroot, "floor")},
                               subprocess.DEVNULL)["rss_kib"] / 1024

    cases = [(int(p), 1) for p in a.sizes.split()]
    for c in a.i18n.split():
        p, l = c.lower().split("x")
        cases.append((int(p), int(l)))

    q = shlex.quote
    rows = []
    for pages, locs in cases:
        jobs = []
        skipped = []  # (tool, label, reason): not timed in this case, said so in the report

        def out(name):
            return os.path.join(outroot, name)

        for t in ("coursebook", "coursebook-nosearch"):
            if t not in tools:
                continue
            src = coursebook_corpus(work, pages, locs, a.seed)
            if t == "coursebook-nosearch":
                src = nosearch_corpus(src)
            label = "coursebook" + (" (search off)" if t == "coursebook-nosearch" else "")
            jobs.append({"label": label, "tool": t, "version": vers.get("coursebook"), "cwd": src, "out": out(t),
                         "cmd": f"exec {q(cb)} build --root {q(src)} --out {q(out(t))}"})
        hsrc = None
        for t, flag, name in (("hugo", "", "hugo"), ("hugo-minify", " --minify", "hugo-min"),
                              ("hugo-nav", " --minify", "hugo-nav"), ("hugo-navfull", " --minify", "hugo-navfull")):
            if t not in tools:
                continue
            label = {"hugo": "hugo", "hugo-minify": "hugo --minify",
                     "hugo-nav": "hugo --minify + sidebar", "hugo-navfull": "hugo --minify + full sidebar"}[t]
            if not hugo:
                skipped.append((t, label, "Hugo not installed"))
                continue
            if t == "hugo-navfull" and pages > a.nav_max_pages:
                skipped.append((t, label, f"more than {a.nav_max_pages} chapters per locale (--nav-max-pages)"))
                continue
            hsrc = hsrc or run_peers.corpus(work, "hugo", pages, locs, a.seed, "suffix")
            src = {"hugo-nav": lambda: hugo_nav_corpus(hsrc, "navwin"),
                   "hugo-navfull": lambda: hugo_nav_corpus(hsrc, "navfull")}.get(t, lambda: hsrc)()
            jobs.append({"label": label, "tool": t, "version": vers.get("hugo"), "cwd": src, "out": out(name),
                         "cmd": f"exec {q(hugo)} --quiet{flag} -d {q(out(name))}"})
        for variant in ("mdbook", "mdbook-nosearch"):
            if variant not in tools:
                continue
            env = {"MDBOOK_OUTPUT__HTML__SEARCH__ENABLE": "false"} if variant.endswith("nosearch") else {}
            label = "mdbook" + (" (search off)" if env else "") + (f" ({locs} books)" if locs > 1 else "")
            if not mdbook:
                skipped.append((variant, label, "mdBook not installed"))
                continue
            if pages > a.mdbook_max_pages:
                # mdBook takes ~2 min a build at 5000 pages and grows faster than linearly
                skipped.append((variant, label, f"more than {a.mdbook_max_pages} chapters per locale "
                                                "(--mdbook-max-pages)"))
                continue
            src = run_peers.corpus(work, "mdbook", pages, locs, a.seed, "suffix")
            o = out(variant)
            if locs == 1:
                cmd = f"exec {q(mdbook)} build -d {q(o)}"
            else:
                cmd = f"for b in */; do {q(mdbook)} build -d {q(o)}/\"$b\" \"$b\" || exit 1; done"
            jobs.append({"label": label, "tool": variant, "version": vers.get("mdbook"), "cwd": src, "out": o,
                         "cmd": cmd, "env": env})
        if a.prepare:
            continue
        for t, label, reason in skipped:
            print(f"== {pages} pages x {locs} locale(s): {label} not timed: {reason}", file=sys.stderr)
        if not jobs:
            rows += skip_rows(skipped, pages, locs)
            continue
        print(f"== {pages} pages x {locs} locale(s): {', '.join(j['label'] for j in jobs)}", file=sys.stderr)
        bench_case(jobs, a.runs, a.warmup, a.slow, a.slow_runs, raw, f"{pages}x{locs}")
        ours = next((j for j in jobs if j["tool"] == "coursebook" and j["runs"]), None)
        for j in jobs:
            rs = j["runs"]
            row = {k: j[k] for k in ("label", "tool", "version", "cmd", "runs", "files", "html", "bytes", "failed")}
            row.update(pages=pages, locales=locs, cwd=j["cwd"], env=j.get("env", {}))
            if "search_folders" in j:
                row["search_folders"] = j["search_folders"]
                # the cost of search is only measured if search was on in one and off in the other
                if (j["tool"] == "coursebook-nosearch") == bool(j["search_folders"]):
                    print(f"WARNING: {j['label']}, {pages} x {locs}: search folders {j['search_folders'] or 'none'}:"
                          f" search is not {'off' if j['search_folders'] else 'on'} as expected", file=sys.stderr)
            if rs:
                walls = [r["wall"] for r in rs]
                row.update(median=statistics.median(walls), min=min(walls), max=max(walls),
                           cpu=statistics.median(r["cpu"] for r in rs),
                           rss_mib=statistics.median(r["rss_kib"] for r in rs) / 1024)
            rows.append(row)
        if ours:
            orow = next(r for r in rows if r["tool"] == "coursebook" and r["pages"] == pages and r["locales"] == locs)
            by_round = {r["round"]: r["wall"] for r in ours["runs"]}
            for r in rows:
                if r["pages"] != pages or r["locales"] != locs or r is orow or not r["runs"]:
                    continue
                ratios = [by_round[x["round"]] / x["wall"] for x in r["runs"] if x["round"] in by_round]
                # wall: median of same-round ratios; where no round has both (a slow command timed
                # only in its warm-up round), the ratio of the medians
                r["ratio"] = {"wall": statistics.median(ratios) if ratios else orow["median"] / r["median"],
                              "wall_paired": len(ratios),
                              "wall_rounds": ratios,
                              "cpu": orow["cpu"] / r["cpu"] if r["cpu"] else None,
                              "rss": orow["rss_mib"] / r["rss_mib"] if r["rss_mib"] else None,
                              "bytes": orow["bytes"] / r["bytes"] if r["bytes"] else None}
        rows += skip_rows(skipped, pages, locs)

    if a.prepare:
        return
    meta = {"runs": a.runs, "warmup": a.warmup, "slow": a.slow, "slow_runs": a.slow_runs,
            "nav_max_pages": a.nav_max_pages, "mdbook_max_pages": a.mdbook_max_pages, "seed": a.seed, "cpus": os.cpu_count(),
            "machine": platform.machine(), "out_root": outroot, "tmpfs": outroot.startswith("/dev/shm"),
            "rss_floor_mib": floor, "versions": vers, "tools": tools, "work": work}
    path = a.json or os.path.join(raw, "results.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "rows": rows}, f, indent=1)
    print(f"(per-run figures in {path}; tool logs in {raw})", file=sys.stderr)


if __name__ == "__main__":
    main()
