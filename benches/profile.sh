#!/usr/bin/env bash
# Where coursebook's build time goes, on the synthetic corpus.
#
#   benches/profile.sh [--pages 5000] [--locales 1] [--callgrind] [--work DIR]
#
# Builds a profiling binary from the same sources into WORK/target-prof (release profile
# plus line tables and frame pointers: CARGO_PROFILE_RELEASE_DEBUG=line-tables-only,
# RUSTFLAGS=-Cforce-frame-pointers=yes; target/ is left alone), prints
# `coursebook build --timings` (the tool's own phases), then samples one build:
#   * perf (default): `perf record -e cpu-clock --call-graph dwarf` (software clock: works in
#     VMs without hardware counters), then self time by symbol, inclusive time, and each
#     sample attributed to a phase (benches/perf_phases.py: minify-html, syntect, Tera, ...);
#   * --callgrind: `valgrind --tool=callgrind` (use --pages 1000: ~50x slower than native),
#     then callgrind_annotate, inclusive and self.
# Reports go to WORK/profile/ (timings.txt, phases.txt, perf-self.txt, perf-children.txt, or
# callgrind-*.txt). perf script takes ~1 min on the 5000-page recording.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$HERE")"
PAGES=5000; LOCALES=1; MODE=perf; SEED=1
WORK="${TMPDIR:-/tmp}/coursebook-bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) PAGES="$2"; shift 2 ;;
    --locales) LOCALES="$2"; shift 2 ;;
    --callgrind) MODE=callgrind; shift ;;
    --work) WORK="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "profile.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
P="$WORK/profile"; mkdir -p "$P"
echo "== profiling build (release + line tables + frame pointers) into $WORK/target-prof" >&2
(cd "$REPO" && CARGO_TARGET_DIR="$WORK/target-prof" CARGO_PROFILE_RELEASE_DEBUG=line-tables-only \
   RUSTFLAGS="-C force-frame-pointers=yes" cargo build --release --quiet)
BIN="$WORK/target-prof/release/coursebook"
python3 "$HERE/bench.py" --coursebook "$BIN" --tools coursebook --work "$WORK" --prepare \
  --sizes "$([ "$LOCALES" = 1 ] && echo "$PAGES")" --i18n "$([ "$LOCALES" = 1 ] || echo "${PAGES}x$LOCALES")"
SRC="$WORK/corpus/plain-${PAGES}x${LOCALES}-s${SEED}-folder-coursebook"
OUT=/dev/shm/coursebook-profile-out
[ -d /dev/shm ] && [ -w /dev/shm ] || OUT="$WORK/profile-out"

echo "== coursebook build --timings ($PAGES pages x $LOCALES locale(s))" >&2
rm -rf "$OUT"; "$BIN" build --root "$SRC" --out "$OUT" --timings 2>&1 | tee "$P/timings.txt"
rm -rf "$OUT"

if [ "$MODE" = perf ]; then
  command -v perf >/dev/null || { echo "profile.sh: perf not found (apt-get install linux-perf), or use --callgrind" >&2; exit 2; }
  # dwarf call graphs: the libc allocator has no frame pointers (with -g, ~25 % of samples lose their callers)
  perf record -q -e cpu-clock -F 499 --call-graph dwarf,16384 -o "$P/perf.data" -- \
    "$BIN" build --root "$SRC" --out "$OUT" >/dev/null 2>&1
  rm -rf "$OUT"
  perf report -i "$P/perf.data" --no-children --sort dso,symbol --percent-limit 0.3 --stdio -g none 2>/dev/null \
    | grep -v '^#' | grep -v '^$' | sed 's/ *- *- *$//' >"$P/perf-self.txt"
  perf report -i "$P/perf.data" --children --sort symbol --percent-limit 1.5 --stdio -g none 2>/dev/null \
    | grep -v '^#' | grep -v '^$' | grep -v ' (inlined)' | sed 's/ *- *- *$//' >"$P/perf-children.txt"
  perf script -i "$P/perf.data" -F tid,ip,sym 2>/dev/null | python3 "$HERE/perf_phases.py" >"$P/phases.txt"
  echo "== phases: innermost matching frame of each sample ($P/phases.txt)"; cat "$P/phases.txt"
  echo "== self time, top symbols ($P/perf-self.txt)"; head -40 "$P/perf-self.txt"
  echo "== inclusive time ($P/perf-children.txt)"; head -60 "$P/perf-children.txt"
else
  command -v valgrind >/dev/null || { echo "profile.sh: valgrind not found (apt-get install valgrind)" >&2; exit 2; }
  valgrind --tool=callgrind --callgrind-out-file="$P/callgrind.out" "$BIN" build --root "$SRC" --out "$OUT" \
    >/dev/null 2>"$P/valgrind.log"
  rm -rf "$OUT"
  callgrind_annotate --inclusive=yes "$P/callgrind.out" 2>/dev/null | head -80 >"$P/callgrind-inclusive.txt"
  callgrind_annotate "$P/callgrind.out" 2>/dev/null | head -60 >"$P/callgrind-self.txt"
  echo "== inclusive"; cat "$P/callgrind-inclusive.txt"; echo "== self"; cat "$P/callgrind-self.txt"
fi
