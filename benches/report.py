#!/usr/bin/env python3
"""Turn bench.py's results JSON into benches/RESULTS.md and print the ratio table.

    python3 benches/report.py RESULTS_JSON [--large LARGE_JSON] [--out benches/RESULTS.md] [--command "..."]

RESULTS_JSON comes from bench.py --json, LARGE_JSON from large_files.py --json.

RESULTS.md is regenerated above the line `<!-- END GENERATED -->`; whatever follows
that line (incremental figures, the profile, notes written by hand) is kept.
"""
import argparse
import datetime
import json
import os
import platform
import subprocess

MARKER = "<!-- END GENERATED -->"
SEARCH_TARGET = 1.15  # issue #24: a full build costs at most 15 % more with search on


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:
        return "?"


def machine():
    model = sh("lscpu | sed -n 's/^Model name: *//p' | head -n1") or platform.processor() or "?"
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    os_name = sh(". /etc/os-release && echo \"$PRETTY_NAME\"") or platform.system()
    return {"nproc": sh("nproc"), "cpu": model, "mem": mem, "os": os_name, "kernel": platform.release(),
            "rustc": sh("rustc --version"), "python": platform.python_version()}


def f3(x):
    return f"{x:.3f}" if x is not None else "—"


def ratio(x):
    return f"{x:.2f}" if x is not None else "—"


def mb(b):
    return f"{b / 1e6:,.1f}"


def case_name(r):
    return f"{r['pages']} × {r['locales']}" if r["locales"] > 1 else f"{r['pages']}"


def ratio_table(rows):
    # coursebook-nosearch is not a peer: it has its own table (search_table)
    peers = [r for r in rows if not r["tool"].startswith("coursebook") and (r.get("ratio") or r.get("skipped"))]
    lines = ["| pages × locales | peer | wall | CPU | peak RSS | output size |",
             "|---|---|---:|---:|---:|---:|"]
    for r in peers:
        if r.get("skipped"):
            lines.append(f"| {case_name(r)} | {r['label']}: **not timed**, {r['skipped']} | — | — | — | — |")
            continue
        x = r["ratio"]
        wall = ratio(x["wall"]) + ("" if x.get("wall_paired") else " *")
        lines.append(f"| {case_name(r)} | {r['label']} | {wall} | {ratio(x['cpu'])} | "
                     f"{ratio(x['rss'])} | {ratio(x['bytes'])} |")
    return lines


def search_table(rows):
    """coursebook (search on) / coursebook-nosearch per corpus, against SEARCH_TARGET (wall and CPU)."""
    lines = [f"| pages × locales | wall | CPU | peak RSS | output size | target: wall and CPU ≤ {SEARCH_TARGET} |",
             "|---|---:|---:|---:|---:|---|"]
    on = {(r["pages"], r["locales"]): r for r in rows if r["tool"] == "coursebook"}
    for r in rows:
        if r["tool"] != "coursebook-nosearch" or not r.get("ratio"):
            continue
        x = r["ratio"]
        wall = ratio(x["wall"]) + ("" if x.get("wall_paired") else " *")
        over = [k for k in ("wall", "cpu") if x[k] is not None and x[k] > SEARCH_TARGET]
        verdict = "met" if not over else f"**not met** ({' and '.join(k.replace('cpu', 'CPU') for k in over)})"
        # the figures mean nothing if search was not on in one build and off in the other
        if r.get("search_folders") or not on.get((r["pages"], r["locales"]), {}).get("search_folders", True):
            verdict = "**invalid**: search was not on in one build and off in the other"
        lines.append(f"| {case_name(r)} | {wall} | {ratio(x['cpu'])} | {ratio(x['rss'])} | {ratio(x['bytes'])} | "
                     f"{verdict} |")
    return lines if len(lines) > 2 else []


def large_tables(large):
    """large_files.py's figures: the ratios to the ten 1 MB chapters, and each case's medians."""
    cases = large["cases"]
    base = cases[0]
    ratios = ["| case / " + base["label"] + " | wall | CPU | peak RSS |", "|---|---:|---:|---:|"]
    for c in cases[1:]:
        ratios.append(f"| {c['label']} | {ratio(c['wall'] / base['wall'])} | {ratio(c['cpu'] / base['cpu'])} | "
                      f"{ratio(c['rss_mib'] / base['rss_mib'])} |")
    raw = ["| case | source (MB) | links | median wall (s) | CPU user+sys (s) | peak RSS (MiB) | runs |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    for c in cases:
        raw.append(f"| {c['label']} | {mb(c['bytes'])} | {c['links']:,} | {f3(c['wall'])} | {c['cpu']:.2f} | "
                   f"{c['rss_mib']:.0f} | {len(c['runs'])} |")
    return ratios, raw


def raw_table(rows):
    lines = ["| tool | pages × locales | median wall (s) | min-max (s) | pages/s | CPU user+sys (s) | "
             "peak RSS (MiB) | output (MB) | files (.html) | runs |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        if r.get("skipped"):
            lines.append(f"| {r['label']} | {case_name(r)} | not timed: {r['skipped']} | | | | | | | |")
            continue
        if not r["runs"]:
            lines.append(f"| {r['label']} | {case_name(r)} | failed | | | | | | | |")
            continue
        n = r["pages"] * r["locales"]
        lines.append(f"| {r['label']} | {case_name(r)} | {f3(r['median'])} | {r['min']:.3f}-{r['max']:.3f} | "
                     f"{n / r['median']:,.0f} | {r['cpu']:.2f} | {r['rss_mib']:.0f} | {mb(r['bytes'])} | "
                     f"{r['files']} ({r['html']}) | {len(r['runs'])} |")
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("json")
    ap.add_argument("--large", default=None, help="large_files.py's JSON (the large chapter section)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "RESULTS.md"))
    ap.add_argument("--command", default="benches/run.sh", help="the command line that produced the figures")
    ap.add_argument("--elapsed", default="", help="total run time, for the record")
    a = ap.parse_args()
    with open(a.json, encoding="utf-8") as f:
        data = json.load(f)
    meta, rows = data["meta"], data["rows"]
    m = machine()
    v = meta["versions"]
    now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")

    ratios = ratio_table(rows)
    print("coursebook / peer (below 1: coursebook is faster, smaller, or uses less)")
    print("\n".join(ratios))
    search = search_table(rows)
    if search:
        print(f"\ncost of search: coursebook / coursebook-nosearch (target: at most {SEARCH_TARGET})")
        print("\n".join(search))
    large = None
    if a.large:
        with open(a.large, encoding="utf-8") as f:
            large = json.load(f)
        large_ratios, large_raw = large_tables(large)
        print("\nlarge chapters (coursebook only)")
        print("\n".join(large_ratios))
    large_note = ("Not run this time (`run.sh --large-runs 0`, or coursebook not among the tools)." if not large else
                  f"{large['meta']['version']}, {large['meta']['runs']} run(s) per case, medians; output on "
                  f"{'tmpfs' if large['meta']['tmpfs'] else 'disk'}. Search on (the default).")

    out = [
        "# coursebook against Hugo and mdBook: build benchmark",
        "",
        f"Generated by `{a.command}` on {now}" + (f" (whole run: {a.elapsed})" if a.elapsed else "") + ". "
        "Re-run it to refresh everything above the `END GENERATED` marker; the sections below the marker "
        "are kept. See [README.md](README.md) for what is measured and how.",
        "",
        "## Machine and tools",
        "",
        f"* Machine: {m['nproc']} CPUs ({m['cpu']}, {meta['machine']}), {m['mem']} RAM, {m['os']}, "
        f"kernel {m['kernel']}.",
        f"* Tools: {v.get('coursebook') or '?'} (`cargo build --release`, {m['rustc']}); "
        f"{v.get('hugo') or 'Hugo not installed'}; {v.get('mdbook') or 'mdBook not installed'}; Python {m['python']}.",
        f"* Protocol: for each corpus, all commands in turn (A B C A B C …), {meta['warmup']} untimed warm-up "
        f"round(s), then {meta['runs']} timed runs; a command whose warm-up took more than {meta['slow']:g} s "
        f"keeps that warm-up as a timed run and gets {meta.get('slow_runs', 3)} timed run(s) in all. "
        + (f"Hugo with the full sidebar is timed only up to {meta.get('nav_max_pages', '?')} chapters per "
           f"locale (~10 min a build at 5000). " if "hugo-navfull" in meta.get("tools", []) else "")
        + (f"mdBook is timed only up to {meta.get('mdbook_max_pages', '?')} chapters per locale (~2 min a build "
           f"at 5000). " if any(t.startswith("mdbook") for t in meta.get("tools", [])) else "")
        + f"The output folder is deleted before every run (not timed): full cold "
        f"builds on a warm OS file cache; output on {'tmpfs (/dev/shm)' if meta['tmpfs'] else 'disk'}. "
        f"Corpus seed {meta['seed']}. Peak RSS cannot read below {meta['rss_floor_mib']:.0f} MiB (driver size "
        f"at fork).",
        "* **Absolute times are noisy**: the machine has 2 cores, its speed drifts (±50 % between sessions in "
        "the shared bench's repeat runs) and other work (cargo builds, browser tests) may run at the same "
        "time. Compare tools only through the ratios, taken round by round within one run.",
        "",
        "## Ratios: coursebook / peer",
        "",
        "Below 1 means coursebook is faster, uses less CPU or memory, or writes less. Wall: median of the "
        "per-round ratios (same round, back to back; `*`: no round timed both, ratio of the medians); "
        "CPU, peak RSS, output size: ratio of the medians. CPU is the steadier figure when other work "
        "shares the machine.",
        "",
        *ratios,
        "",
        "## Cost of search: coursebook / coursebook-nosearch",
        "",
        *(["Search on (the default) against the same corpus with `search: false` in its `site.yaml` "
           "(`…-coursebook-nosearch`; checked: its output has no `<locale>/search/` folder, and the other's has). "
           f"Issue #24's target: a full build costs at most {SEARCH_TARGET} × as much with search on, taken here "
           "as wall and CPU time; peak RSS and output size are shown for the record. Ratios computed as above.",
           "", *search] if search else
          ["Not timed this time (`coursebook-nosearch` or `coursebook` not among the tools)."]),
        "",
        "## Large chapters (coursebook only)",
        "",
        "`benches/large_files.py`: one 10 MB chapter with 100,000 links, and a 5 MB chapter on a single line, "
        "against the same text as ten 1 MB chapters. Linear processing: wall about the number of cores "
        "(chapters render in parallel), CPU about 1. Ratios of the medians; figures below.",
        "",
        *(large_ratios if large else [large_note]),
        "",
        "## Raw medians",
        "",
        *raw_table(rows),
        "",
        "pages/s = chapters × locales ÷ median wall time. Output = apparent size of all files in the output "
        "folder after the last run; files = their number (of which .html).",
        "",
        "## Large chapters: medians",
        "",
        large_note,
        *(["", *large_raw] if large else []),
        "",
        "## Exact commands",
        "",
        "Each runs through `sh -c` in the corpus folder shown (corpora under "
        f"`{meta['work']}/corpus/`, output under `{meta['out_root']}/`).",
        "",
    ]
    seen = set()
    for r in rows:
        key = (r["label"], r["pages"], r["locales"])
        if key in seen or r.get("skipped"):
            continue
        seen.add(key)
        env = " ".join(f"{k}={v}" for k, v in r.get("env", {}).items())
        out.append(f"* {r['label']}, {case_name(r)}: `cd {r['cwd']} && {env + ' ' if env else ''}{r['cmd']}`")
    if large:
        out.append(f"* large chapters: `{large['meta']['bin']} build --quiet --root CASE --out OUT`, on the "
                   "projects `benches/large_files.py` writes into a temporary folder")
    out.append("")
    text = "\n".join(out) + "\n" + MARKER + "\n"
    tail = ""
    if os.path.exists(a.out):
        with open(a.out, encoding="utf-8") as f:
            old = f.read()
        if MARKER in old:
            tail = old.split(MARKER, 1)[1].lstrip("\n")
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text + ("\n" + tail if tail else ""))
    print(f"(written: {a.out})")


if __name__ == "__main__":
    main()
