#!/usr/bin/env python3
"""Build time of one huge chapter against the same text split into ten chapters.

Positions of links and headings come from a line index, so a 10 MB chapter with 100,000 links
should build in about the time of ten 1 MB chapters with 10,000 links each (linear, not
quadratic; chapters render in parallel, so on N cores expect a ratio near N). Also times a 5 MB
chapter on a single line, the worst case for column counting. Prints wall, CPU (user+sys) and
peak RSS medians and the ratios; nothing here is a pass/fail test.

    benches/large_files.py [--bin target/release/coursebook] [--runs 3] [--json FILE]

Each build is measured as benches/bench.py measures (../shared/bench/run_peers.py's run_once:
wall of the whole process, CPU and peak RSS from wait4) and writes to /dev/shm when it can
(tmpfs: see benches/README.md). benches/run.sh runs this after its main timing, with --json,
and benches/report.py puts the figures in RESULTS.md.
"""
import argparse, json, os, shlex, shutil, statistics, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "bench"))
sys.dont_write_bytecode = True  # ../shared is read-only: no __pycache__ there
sys.path.insert(0, SHARED)
import run_peers  # noqa: E402  (shared measurement code: run_once, version)

SITE = """title: Large files
default_locale: en
courses:
  - big
"""

# (key, label, chapters, links per chapter, single line); the first case is the base of the ratios
CASES = [
    ("10x1MB", "ten 1 MB chapters, 10,000 links each", 10, 10_000, False),
    ("1x10MB", "one 10 MB chapter, 100,000 links", 1, 100_000, False),
    ("1x5MB-line", "one 5 MB chapter on a single line, 50,000 links", 1, 50_000, True),
]

def chapter(index, links, single_line=False):
    head = f"---\nid: part-{index}\ntitle: Part {index}\nduration: 1h\n---\n\n## Section {index}\n\n"
    sentence = "A sentence with [a link](#section-{i}) and [another](https://example.org/{n}) in it."
    if single_line:
        body = " ".join(sentence.format(i=index, n=n) for n in range(links))
    else:
        body = "\n\n".join(sentence.format(i=index, n=n) for n in range(links))
    return head + body + "\n"

def project(root, parts, links, single_line=False):
    os.makedirs(f"{root}/curriculum/courses/big/chapters", exist_ok=True)
    with open(f"{root}/curriculum/site.yaml", "w") as f:
        f.write(SITE)
    names = []
    for i in range(parts):
        name = f"chapters/part-{i}.md"
        with open(f"{root}/curriculum/courses/big/{name}", "w") as f:
            f.write(chapter(i, links, single_line))
        names.append(name)
    with open(f"{root}/curriculum/courses/big/course.md", "w") as f:
        f.write("---\nid: big\ntitle: Big\nsummary: Large chapters.\nchapters:\n")
        f.write("".join(f"  - {n}\n" for n in names))
        f.write("---\n\nA course with large chapters.\n")

def time_build(binary, root, out, runs):
    """run_once per run (it deletes `out` first); the build's stderr goes to a log shown on failure."""
    q = shlex.quote
    job = {"cmd": f"exec {q(binary)} build --quiet --root {q(root)} --out {q(out)}", "cwd": root, "out": out}
    results = []
    with tempfile.TemporaryFile() as log:
        for _ in range(runs):
            r = run_peers.run_once(job, log)
            if r["rc"] != 0:
                log.seek(0)
                sys.exit(f"build failed in {root}:\n{log.read().decode(errors='replace')[-2000:]}")
            results.append(r)
    shutil.rmtree(out, ignore_errors=True)
    return results

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default="target/release/coursebook")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", help="also write the runs and medians to this file")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    shm = os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK)
    out = os.path.join("/dev/shm" if shm else tempfile.gettempdir(), f"coursebook-large-out-{os.getpid()}")
    results = []
    with tempfile.TemporaryDirectory(prefix="cb-large-") as work:
        for i, (key, label, parts, links, single) in enumerate(CASES):
            root = f"{work}/case{i}"
            project(root, parts, links, single)
            size = sum(os.path.getsize(f"{root}/curriculum/courses/big/chapters/{n}")
                       for n in os.listdir(f"{root}/curriculum/courses/big/chapters"))
            runs = time_build(binary, root, out, args.runs)
            res = {"key": key, "label": label, "chapters": parts, "links": links * parts, "single_line": single,
                   "bytes": size, "runs": runs,
                   "wall": statistics.median(r["wall"] for r in runs),
                   "cpu": statistics.median(r["cpu"] for r in runs),
                   "rss_mib": statistics.median(r["rss_kib"] for r in runs) / 1024}
            results.append(res)
            print(f"{label:52} {size / 1e6:6.1f} MB  {res['wall']:6.2f} s wall  {res['cpu']:6.2f} s CPU  "
                  f"{res['rss_mib']:5.0f} MiB", flush=True)
    base = results[0]
    print(f"\nratio one 10 MB chapter / ten 1 MB chapters: wall {results[1]['wall'] / base['wall']:.2f}, "
          f"CPU {results[1]['cpu'] / base['cpu']:.2f} (linear: wall about the number of cores, CPU about 1)")
    print(f"ratio 5 MB single line / ten 1 MB chapters:   wall {results[2]['wall'] / base['wall']:.2f}, "
          f"CPU {results[2]['cpu'] / base['cpu']:.2f}")
    if args.json:
        meta = {"runs": args.runs, "bin": binary, "version": run_peers.version([binary, "--version"]),
                "cpus": os.cpu_count(), "tmpfs": shm}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"meta": meta, "cases": results}, f, indent=1)
        print(f"(written: {args.json})", file=sys.stderr)

if __name__ == "__main__":
    main()
