#!/usr/bin/env bash
# Peak memory of `coursebook build` as the page count grows (issue #24: at 20,000 pages at most
# 2.5 x the source size + 100 MiB).
#
#   benches/memory.sh                         # 1000, 5000, 20000 pages, 3 runs each
#   benches/memory.sh --sizes "1000 100000" --runs 1
#   benches/memory.sh --bin /tmp/old-coursebook   # an older build, to compare back to back
#
# For each size: generates the corpus if missing (../shared/bench/gen_corpus.py, then
# benches/convert_corpus.py, as benches/run.sh does), builds it --runs times with
# /usr/bin/time -v into --out (removed after), and prints the source size (du -sb of
# curriculum/), the bound, the median peak RSS, wall and CPU (user+sys) time. Needs GNU time
# (`apt-get install time`). Linux. Builds coursebook with `cargo build --release` unless --bin
# is given. `coursebook serve`'s memory: benches/serve_memory.py --root CORPUS.
set -euo pipefail
case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
esac
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$HERE")"
SIZES="1000 5000 20000"; RUNS=3; BIN=""
WORK="${TMPDIR:-/tmp}/coursebook-bench"; OUT="/dev/shm/coursebook-memory-out"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --bin) BIN="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
if [ -z "$BIN" ]; then
  (cd "$REPO" && cargo build --release --quiet)
  BIN="${CARGO_TARGET_DIR:-$REPO/target}/release/coursebook"
fi
GEN="$REPO/../shared/bench/gen_corpus.py"
mkdir -p "$WORK/corpus"
printf '%8s %10s %10s %10s %8s %8s\n' pages "src MiB" "bound MiB" "peak MiB" "wall s" "cpu s"
for n in $SIZES; do
  raw="$WORK/corpus/plain-${n}x1-s1-folder"
  site="$raw-coursebook"
  if [ ! -f "$site/curriculum/site.yaml" ]; then
    [ -d "$raw" ] || python3 "$GEN" --pages "$n" --locales 1 --seed 1 --layout plain --plain-i18n folder --out "$raw" --quiet >/dev/null
    python3 "$HERE/convert_corpus.py" "$raw" "$site" >/dev/null
  fi
  src=$(du -sb "$site/curriculum" | cut -f1)
  peaks=(); walls=(); cpus=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$OUT"
    log=$(/usr/bin/time -v "$BIN" build --quiet --root "$site" --out "$OUT" 2>&1 >/dev/null) || { echo "$log" >&2; exit 1; }
    peaks+=("$(awk -F': ' '/Maximum resident/{print $2}' <<<"$log")")
    walls+=("$(awk -F': ' '/Elapsed \(wall/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' <<<"$log")")
    cpus+=("$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{print u+s}' <<<"$log")")
  done
  rm -rf "$OUT"
  median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
  awk -v n="$n" -v src="$src" -v peak="$(median "${peaks[@]}")" -v wall="$(median "${walls[@]}")" \
      -v cpu="$(median "${cpus[@]}")" 'BEGIN{
    m = 1048576; printf "%8d %10.1f %10.1f %10.1f %8.2f %8.2f\n", n, src/m, 2.5*src/m + 100, peak*1024/m, wall, cpu }'
done
