#!/usr/bin/env python3
"""Build time of one huge chapter against the same text split into ten chapters.

Positions of links and headings come from a line index, so a 10 MB chapter with 100,000 links
should build in about the time of ten 1 MB chapters with 10,000 links each (linear, not
quadratic; chapters render in parallel, so on N cores expect a ratio near N). Also times a 5 MB chapter on a single line, the worst case for column counting.
Prints the times and the ratios; nothing here is a pass/fail test.

    benches/large_files.py [--bin target/release/coursebook] [--runs 3]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

SITE = """title: Large files
default_locale: en
courses:
  - big
"""

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

def time_build(binary, root, runs):
    times = []
    for _ in range(runs):
        out = tempfile.mkdtemp(prefix="cb-large-out-")
        shutil.rmtree(out)
        start = time.perf_counter()
        result = subprocess.run([binary, "build", "--root", root, "--out", out], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"build failed in {root}:\n{result.stderr[-2000:]}")
        shutil.rmtree(out, ignore_errors=True)
    return statistics.median(times)

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default="target/release/coursebook")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    cases = [
        ("ten 1 MB chapters, 10,000 links each", 10, 10_000, False),
        ("one 10 MB chapter, 100,000 links", 1, 100_000, False),
        ("one 5 MB chapter on a single line, 50,000 links", 1, 50_000, True),
    ]
    results = []
    with tempfile.TemporaryDirectory(prefix="cb-large-") as work:
        for i, (label, parts, links, single) in enumerate(cases):
            root = f"{work}/case{i}"
            project(root, parts, links, single)
            size = sum(os.path.getsize(f"{root}/curriculum/courses/big/chapters/{n}")
                       for n in os.listdir(f"{root}/curriculum/courses/big/chapters"))
            seconds = time_build(binary, root, args.runs)
            results.append((label, size, seconds))
            print(f"{label:52} {size / 1e6:6.1f} MB  {seconds:6.2f} s", flush=True)
    base = results[0][2]
    print(f"\nratio one 10 MB chapter / ten 1 MB chapters: {results[1][2] / base:.2f} (linear: about the number of cores)")
    print(f"ratio 5 MB single line / ten 1 MB chapters:   {results[2][2] / base:.2f}")

if __name__ == "__main__":
    main()
