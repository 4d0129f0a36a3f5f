#!/usr/bin/env python3
"""Convert a gen_corpus.py `plain` corpus into coursebook's input layout.

    python3 benches/convert_corpus.py PLAIN_DIR OUT_DIR [--force]

PLAIN_DIR is the output of `gen_corpus.py --layout plain` (either --plain-i18n
suffix or folder). OUT_DIR receives:

    curriculum/site.yaml                                one course, all locales
    curriculum/courses/synthetic/course.md              from curriculum/index.md
    curriculum/courses/synthetic/chapters/ch-0001.md    from curriculum/chapters/ch-0001.md
    locales/<code>/courses/synthetic/course.md          pseudo-translations, same paths
    locales/<code>/courses/synthetic/chapters/ch-0001.md

Mapping (the chapter body is kept byte for byte, except link targets):

* front matter: id, title, summary kept; duration "45 min" -> 45min; order
  (the chapters: list in course.md gives the order) and sdgs (no chapter field
  for it in coursebook) dropped.
* inter-chapter links `](ch-0002.md)` -> `](chapter:ch-0002)` (coursebook's
  checked id links); the index's `](chapters/ch-0001.md)` likewise.
* the index page (site title + intro) becomes the course page: its title is the
  course title, its body the course body.
* translations get `source_hash:` (coursebook's record of the source version a
  translation was made from), so they count as current, not outdated: no
  "translation may be outdated" notice, like the peers.

Writes OUT_DIR/corpus.json (the plain manifest plus "converted_from").
Python 3.8+, standard library only.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import sys

COURSE = "synthetic"
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
CHAPTER_LINK = re.compile(r"\]\((?:chapters/)?(ch-\d+)\.md\)")


def parse_front(text, path):
    """The plain corpus' front matter: flat `key: value` lines, values JSON scalars or lists."""
    m = FRONT.match(text)
    if not m:
        sys.exit(f"convert_corpus: {path}: no front matter")
    meta = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        try:
            meta[key.strip()] = json.loads(value)
        except ValueError:
            meta[key.strip()] = value
    return meta, text[m.end():]


def ystr(s):
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def duration(d):
    m = re.fullmatch(r"(\d+)\s*min", str(d))
    if not m:
        sys.exit(f"convert_corpus: unexpected duration {d!r}")
    return f"{m.group(1)}min"


def relink(body):
    return CHAPTER_LINK.sub(lambda m: f"](chapter:{m.group(1)})", body)


def source_hash(text):
    # coursebook: first 8 bytes of the SHA-256 of the source file, hex (src/source.rs content_hash)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def with_hash(text, h):
    first, rest = text.split("\n", 1)
    return f"{first}\nsource_hash: {h}\n{rest}"


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def chapter_file(meta, body):
    lines = ["---",
             f"id: {ystr(meta['id'])}",
             f"title: {ystr(meta['title'])}",
             f"summary: {ystr(meta['summary'])}",
             f"duration: {duration(meta['duration'])}",
             "---", ""]
    return "\n".join(lines) + relink(body)


def course_file(title, body, chapter_ids):
    lines = ["---",
             f"id: {COURSE}",
             f"title: {ystr(title)}",
             "chapters:"]
    lines += [f"  - chapters/{c}.md" for c in chapter_ids]
    lines += ["---", ""]
    return "\n".join(lines) + relink(body)


def convert(src, out):
    with open(os.path.join(src, "corpus.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    if manifest.get("layout") != "plain":
        sys.exit(f"convert_corpus: {src} is a {manifest.get('layout')!r} corpus, not plain")
    locales = manifest["locales"]
    folder = manifest.get("plain_i18n") == "folder"
    cur = os.path.join(src, "curriculum")
    ids = [f"ch-{i:04d}" for i in range(1, manifest["pages"] + 1)]
    site_title = None
    for line in read(os.path.join(cur, "curriculum.yaml")).splitlines():
        if line.startswith("title:"):
            site_title = json.loads(line.split(":", 1)[1].strip())

    def plain_path(loc, rel):  # rel: "index.md" or "chapters/ch-0001.md"
        if loc == locales[0]:
            return os.path.join(cur, rel)
        if folder:
            return os.path.join(cur, "locales", loc, rel)
        stem, ext = os.path.splitext(rel)
        return os.path.join(cur, f"{stem}.{loc}{ext}")

    course_dir = f"courses/{COURSE}"
    sources = {}  # relative path under curriculum/ -> source text (for source_hash)
    for li, loc in enumerate(locales):
        base = os.path.join(out, "curriculum") if li == 0 else os.path.join(out, "locales", loc)
        meta, body = parse_front(read(plain_path(loc, "index.md")), "index.md")
        files = {f"{course_dir}/course.md": course_file(meta["title"], body, ids)}
        for cid in ids:
            p = plain_path(loc, f"chapters/{cid}.md")
            meta, body = parse_front(read(p), p)
            files[f"{course_dir}/chapters/{cid}.md"] = chapter_file(meta, body)
        for rel, text in files.items():
            if li == 0:
                sources[rel] = text
            else:
                text = with_hash(text, source_hash(sources[rel]))
            write(os.path.join(base, rel), text)
    write(os.path.join(out, "curriculum", "site.yaml"),
          f"title: {ystr(site_title)}\n"
          f"default_locale: {locales[0]}\n"
          f"locales: [{', '.join(locales)}]\n"
          f"courses:\n  - {COURSE}\n")
    manifest = dict(manifest, layout="coursebook", converted_from=os.path.abspath(src))
    with open(os.path.join(out, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return manifest


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("src", help="a gen_corpus.py --layout plain corpus")
    p.add_argument("out", help="output folder (coursebook --root)")
    p.add_argument("--force", action="store_true", help="replace a non-empty output folder")
    a = p.parse_args()
    if os.path.exists(a.out) and os.listdir(a.out):
        if not a.force:
            sys.exit(f"convert_corpus: {a.out} exists and is not empty (use --force)")
        shutil.rmtree(a.out)
    m = convert(a.src, a.out)
    print(f"coursebook: {m['pages']} chapters x {len(m['locales'])} locale(s) -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
