#!/usr/bin/env python3
"""Attribute `perf script` samples (with call graphs) to coursebook's build phases.

    perf script -i perf.data -F tid,ip,sym | python3 benches/perf_phases.py

Each sample goes to the innermost (closest to the leaf) frame that matches a phase below,
so malloc/memcpy inside minify-html count as minify-html, and syntax highlighting inside
Markdown rendering counts as highlighting. Record with `--call-graph dwarf` (the libc
allocator has no frame pointers: with `-g` a quarter of the samples lose their callers).
"""
import sys, collections
# innermost (leaf-first) matching category wins
CATS = [
    ("highlight (syntect)", ("syntect::", "coursebook::highlight", "fancy_regex", "onig", "match_at", "forward_search")),
    ("minify-html", ("minify_html",)),
    ("Tera: Context::insert (serialising page data to serde_json)", ("tera::context::Context::insert", "serde_json::value::ser")),
    ("Tera: template render", ("tera::",)),
    ("sidebar: chapter lookup by id in Renderer::page (O(chapters) per page)", ("position<coursebook::model::Document<coursebook::model::ChapterMeta>, coursebook::render::{impl#2}::page",)),
    ("page context: rest of Renderer::page (nav, alternates)", ("Renderer::page", "page (inlined)", "{impl#2}::page")),
    ("Markdown: pulldown-cmark parse+HTML", ("pulldown_cmark",)),
    ("template compaction (coursebook::compact, once per build)", ("coursebook::compact",)),
    ("Markdown: coursebook::markdown (links, headings, numbering)", ("coursebook::markdown",)),
    ("load: YAML front matter (serde_yaml_ng/libyaml)", ("serde_yaml", "unsafe_libyaml")),
    ("load: other (read, hash, validate)", ("coursebook::load", "coursebook::source", "coursebook::site", "coursebook::translate", "coursebook::build::localize")),
    ("write output (coursebook::output)", ("coursebook::output",)),
    ("other render (render_chapter etc.)", ("coursebook::render",)),
    ("other coursebook", ("coursebook::",)),
]
counts = collections.Counter(); total = 0
threads = collections.Counter()
def flush(tid, frames):
    global total
    if tid is None: return
    total += 1
    threads[tid] += 1
    for f in frames:
        for name, pats in CATS:
            if any(p in f for p in pats):
                counts[name] += 1; return
    leaf = frames[0] if frames else "?"
    if any(k in leaf for k in ("malloc", "free", "memmove", "memcpy", "realloc")):
        counts["unattributed libc alloc/copy"] += 1
    elif "[k]" in leaf or leaf.startswith(("exc_", "asm_", "clear_page", "do_", "__handle", "handle_")) :
        counts["kernel (page faults, munmap, exit)"] += 1
    else:
        counts["other/unknown: " + leaf[:40]] += 1
tid = None; frames = []
for line in sys.stdin:
    if not line.strip():
        flush(tid, frames); tid = None; frames = []; continue
    # frames are indented with a tab; a sample's header line ("  5348 ") may start with spaces
    if not line.startswith("\t"):
        flush(tid, frames); tid = line.split()[0]; frames = []; continue
    parts = line.strip().split(None, 1)
    frames.append(parts[1] if len(parts) > 1 else parts[0])
flush(tid, frames)
print("samples", total, "threads", dict(threads))
other = 0
for k, v in counts.most_common():
    if k.startswith("other/unknown") and v / total < 0.005:
        other += v; continue
    print(f"{100*v/total:5.1f}%  {k}")
print(f"{100*other/max(total, 1):5.1f}%  other/unknown (small)")
