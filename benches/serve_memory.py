#!/usr/bin/env python3
"""Resident memory of `coursebook serve` over many edits (issue #26: after 200 edits, within 20 %
of the figure after the first build), and its peak against issue #24's bound for a build
(2.5 x the size of curriculum/ + 100 MiB).

    benches/serve_memory.py [--coursebook BIN] [--root SITE] [--edits 200] [--full-every 10]
                            [--csv FILE]

Copies SITE (default: this repository's curriculum/, locales/, themes/, static/) to a temporary
folder, starts `coursebook serve --root COPY --port 0`, waits for the first build, fetches a few
pages, and reads VmRSS from /proc/PID/status. Then makes --edits edits in turn, each a different
chapter: most append a sentence to the body (the text fast path), every --full-every'th toggles
a comment in its front matter (a full build). After each edit it waits for the server's
next build (long polling /__coursebook/status?since=VERSION), fetches two re-rendered pages (plain
and gzip), and reads VmRSS again. Prints the figures and the ratio last / first; exits 1 when the
ratio is above 1.2. Last, stops the server with SIGTERM and prints how long it took to exit and
whether it left anything in its TMPDIR (a folder of its own) or wrote into the site. Linux only (/proc). Needs a release build (default:
$CARGO_TARGET_DIR/release/coursebook, else target/release/coursebook).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
LIMIT = 1.20


def rss_mib(pid, field="VmRSS"):
    """Resident memory now (VmRSS), or its peak so far (VmHWM)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field}")


def tree_bytes(folder):
    return sum(os.path.getsize(os.path.join(d, n)) for d, _, ns in os.walk(folder) for n in ns)


def fetch(url, gzip=False, timeout=60):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip else {})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
    ap.add_argument("--coursebook", default=os.path.join(target, "release", "coursebook"))
    ap.add_argument("--root", default=REPO, help="the site to copy and serve (default: this repository)")
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--full-every", type=int, default=10, help="every Nth edit changes front matter")
    ap.add_argument("--csv", help="write edit,kind,rss_mib rows here")
    args = ap.parse_args()
    if not os.access(args.coursebook, os.X_OK):
        sys.exit(f"serve_memory.py: {args.coursebook} not found; run cargo build --release")

    work = tempfile.mkdtemp(prefix="coursebook-memory-")
    site = os.path.join(work, "site")
    os.makedirs(site)
    for folder in ("curriculum", "locales", "themes", "static"):
        if os.path.isdir(os.path.join(args.root, folder)):
            shutil.copytree(os.path.join(args.root, folder), os.path.join(site, folder))
    chapters = sorted(
        os.path.join(dirpath, name)
        for dirpath, _, names in os.walk(os.path.join(site, "curriculum", "courses"))
        for name in names
        if name.endswith(".md") and os.path.basename(dirpath) == "chapters"
    )
    if not chapters:
        sys.exit("serve_memory.py: no chapters under curriculum/courses/*/chapters/")

    server_tmp = os.path.join(work, "tmp")
    os.makedirs(server_tmp)
    before = sorted(os.path.relpath(os.path.join(d, n), site) for d, _, ns in os.walk(site) for n in ns)
    server = subprocess.Popen(
        [args.coursebook, "serve", "--root", site, "--port", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "NO_COLOR": "1", "TMPDIR": server_tmp},
    )
    log = []
    port = None
    for line in server.stderr:
        log.append(line.rstrip())
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
            break
    if port is None:
        sys.exit("serve did not start:\n" + "\n".join(log))
    threading.Thread(target=lambda: [log.append(l.rstrip()) for l in server.stderr], daemon=True).start()
    base = f"http://127.0.0.1:{port}"

    def status(since=None):
        url = f"{base}/__coursebook/status" + ("" if since is None else f"?since={since}")
        return json.loads(fetch(url))

    rows = []
    try:
        version = status()["version"]
        for path in ("/", "/404.html"):
            fetch(base + path)
            fetch(base + path, gzip=True)
        first = rss_mib(server.pid)
        rows.append((0, "first build", first))
        print(f"first build: {log[0] if log else ''}")
        print(f"after the first build: {first:.1f} MiB (peak so far {rss_mib(server.pid, 'VmHWM'):.1f} MiB)")
        peak = first
        started = time.monotonic()
        for i in range(1, args.edits + 1):
            path = chapters[(i * 7) % len(chapters)]
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if args.full_every and i % args.full_every == 0:
                kind = "front matter"
                # A comment in the front matter, toggled: a full build, and the site stays the same.
                mark = "---\n# revised for the memory benchmark\n"
                if not text.startswith("---\n"):
                    sys.exit(f"no front matter in {path}")
                text = "---\n" + text[len(mark):] if text.startswith(mark) else mark + text[4:]
            else:
                kind = "text"
                text += f"\nEdited paragraph number {i} for the memory benchmark.\n"
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            deadline = time.monotonic() + 300
            while True:
                s = status(version)
                if s["version"] != version:
                    version = s["version"]
                    break
                if time.monotonic() > deadline:
                    sys.exit(f"no build after edit {i}:\n" + "\n".join(log[-20:]))
            if s["errors"]:
                sys.exit(f"edit {i} broke the build: {s['errors'][:3]}")
            for page in [f for f in s["build"]["files"] if f.endswith(".html")][:2]:
                fetch(base + "/" + page)
                fetch(base + "/" + page, gzip=True)
            rss = rss_mib(server.pid)
            peak = max(peak, rss)
            rows.append((i, kind, rss))
            if i % 20 == 0:
                print(f"after {i:>3} edits: {rss:6.1f} MiB ({s['build']['kind']} build)")
        last = rows[-1][2]
        took = time.monotonic() - started
        ratio = last / first
        print(f"after {args.edits} edits: {last:.1f} MiB; peak {peak:.1f} MiB; last / first = {ratio:.2f} "
              f"(limit {LIMIT:.2f}); {args.edits} edits in {took:.0f} s")
        builds = [l for l in log if l.startswith("Rebuilt in")]
        print(f"builds: {len(builds)}, of which full: {sum('full rebuild' in l for l in builds)}")
        # Issue #24: serve within the bound of a build, 2.5 x the source + 100 MiB.
        hwm = rss_mib(server.pid, "VmHWM")
        bound = 2.5 * tree_bytes(os.path.join(site, "curriculum")) / 2**20 + 100
        print(f"peak resident memory (VmHWM) over the run: {hwm:.1f} MiB; "
              f"bound 2.5 x source + 100 MiB = {bound:.1f} MiB")
        stopping = time.monotonic()
        server.terminate()
        code = server.wait(timeout=30)
        stopped = time.monotonic() - stopping
        after = sorted(os.path.relpath(os.path.join(d, n), site) for d, _, ns in os.walk(site) for n in ns)
        written = sorted(set(after) - set(before))
        print(f"SIGTERM: exited with {code} in {stopped * 1000:.0f} ms; left in TMPDIR: {os.listdir(server_tmp)}; "
              f"new files in the site: {written[:5]}")
    finally:
        if server.poll() is None:
            server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)
    if args.csv:
        with open(args.csv, "w", encoding="utf-8") as f:
            f.write("edit,kind,rss_mib\n")
            f.writelines(f"{i},{k},{r:.1f}\n" for i, k, r in rows)
    sys.exit(0 if ratio <= LIMIT else 1)


if __name__ == "__main__":
    main()
