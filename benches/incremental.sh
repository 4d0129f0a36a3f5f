#!/usr/bin/env bash
# Incremental rebuild after editing ONE chapter, as `coursebook serve` reports it, beside
# Hugo's dev server (../shared/bench/incremental.sh, same edits) on the same corpus size.
#
#   benches/incremental.sh [--pages 5000] [--locales 1] [--edits 5] [--peers hugo|""] [--work DIR]
#                          [--coursebook BIN]
#
# coursebook: copies the converted corpus (benches/convert_corpus.py), starts
# `coursebook serve --root DIR --port 0` (127.0.0.1, no browser, no requests), waits for
# the first build ("Built N files in N ms"), then appends one sentence to a different
# chapter --edits times, 2 s apart (chapter (i*37) mod pages + 1, as the shared script
# does), and reads the server's own stderr line "Rebuilt in N ms: ..." (file-watch
# debounce, ~150 ms, not included). Then runs the shared incremental.sh for the peers
# (Hugo in its default fast-render mode and with --disableFastRender).
# Needs target/release/coursebook (benches/run.sh builds it), or --coursebook BIN.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$HERE")"
PAGES=5000; LOCALES=1; EDITS=5; PEERS="hugo"; SEED=1; CB=""
WORK="${TMPDIR:-/tmp}/coursebook-bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) PAGES="$2"; shift 2 ;;
    --locales) LOCALES="$2"; shift 2 ;;
    --edits) EDITS="$2"; shift 2 ;;
    --peers) PEERS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --coursebook) CB="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "incremental.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
CB="${CB:-${CARGO_TARGET_DIR:-$REPO/target}/release/coursebook}"
[ -x "$CB" ] || { echo "incremental.sh: $CB not found; run cargo build --release" >&2; exit 2; }
mkdir -p "$WORK/incr"

# the converted corpus, generated once (cached), copied because the edits change it
python3 "$HERE/bench.py" --coursebook "$CB" --tools coursebook --sizes "$([ "$LOCALES" = 1 ] && echo "$PAGES")" \
  --i18n "$([ "$LOCALES" = 1 ] || echo "${PAGES}x$LOCALES")" --seed "$SEED" --work "$WORK" --prepare
SRC="$WORK/corpus/plain-${PAGES}x${LOCALES}-s${SEED}-folder-coursebook"
DIR="$WORK/incr/coursebook-src"
LOG="$WORK/incr/coursebook.log"
rm -rf "$DIR"; cp -r "$SRC" "$DIR"

wait_for() { # file pattern count timeout_s
  local i=0
  while [ "$(grep -c -E "$2" "$1" 2>/dev/null || true)" -lt "$3" ]; do
    sleep 0.2; i=$((i + 1)); [ "$i" -gt $(( $4 * 5 )) ] && return 1
  done; return 0
}

"$CB" serve --root "$DIR" --port 0 >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
if ! wait_for "$LOG" "^Serving " 1 600; then
  echo "coursebook serve did not come up; log:" >&2; tail -20 "$LOG" >&2; exit 1
fi
sleep 2
for i in $(seq 1 "$EDITS"); do
  f="$DIR/curriculum/courses/synthetic/chapters/ch-$(printf %04d $(( (i * 37) % PAGES + 1 ))).md"
  printf '\nEdited paragraph number %s for the incremental test.\n' "$i" >>"$f"
  wait_for "$LOG" "^Rebuilt in " "$i" 300 || { echo "coursebook: no rebuild seen after edit $i" >&2; break; }
  sleep 2
done
kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; trap - EXIT
VER="$("$CB" --version | head -n1)"
python3 - "$LOG" "$VER ($PAGES pages x $LOCALES locale(s))" <<'EOF'
import re, statistics, sys
log, ver = sys.argv[1], sys.argv[2]
text = open(log, encoding="utf-8", errors="replace").read()
first = re.search(r"^Built (\d+) files in (\d+) ms", text, re.M)
ms = [int(m.group(1)) for m in re.finditer(r"^Rebuilt in (\d+) ms", text, re.M)]
print(f"coursebook-serve | {ver} | first build: {first.group(2) if first else '?'} ms "
      f"({first.group(1) if first else '?'} files) | rebuild ms after one-file edit: "
      + ", ".join(str(x) for x in ms) + (f" | median {statistics.median(ms):.0f} ms" if ms else ""))
for line in re.findall(r"^Rebuilt in .*$", text, re.M):
    print("   " + line[:200])
EOF

if [ -n "$PEERS" ]; then
  bash "$REPO/../shared/bench/incremental.sh" --pages "$PAGES" --locales "$LOCALES" --edits "$EDITS" \
    --tools "$PEERS" --seed "$SEED" --work "$WORK"
fi
