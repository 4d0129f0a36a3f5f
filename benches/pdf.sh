#!/usr/bin/env bash
# The course in the forms a workshop uses (issue #18): time and size of the PDFs (Typst) and
# offline copies of the shipped curriculum, and the cost of the `pdf` feature at compile time.
#
#   benches/pdf.sh              # PDFs and packs with target/release/coursebook (built if missing)
#   benches/pdf.sh --cold       # also two cold `cargo build --release` (with and without `pdf`),
#                               # each in a fresh CARGO_TARGET_DIR: ~30-60 min on 2 cores
#
# Budgets (RESULTS.md, "PDF, print book and offline copies"): the English PDF of the Capacities
# course in at most 10 s; all six locales of it in at most 3 times that. Each timing is the
# median of --runs runs (default 3) of the whole command (loading, checking and rendering the
# site, then typesetting). Prints a Markdown table; paste it into RESULTS.md.
#
# Options
#   --runs N        timed runs per command (default 3)
#   --cold          measure cold builds too (slow)
#   --cold-dir DIR  where the cold builds compile (default ${TMPDIR:-/tmp}/coursebook-cold)
#   --no-build      use the binary as it is
# Environment: CARGO_TARGET_DIR is honoured for the release binary.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
cold=0
cold_dir="${TMPDIR:-/tmp}/coursebook-cold"
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --cold) cold=1; shift ;;
    --cold-dir) cold_dir="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
target="${CARGO_TARGET_DIR:-target}"
bin="$target/release/coursebook"
if [ "$build" = 1 ]; then cargo build --release --quiet; fi
work="$(mktemp -d "${TMPDIR:-/tmp}/coursebook-pdf-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# median of the wall times (s) of `runs` runs of a command
time_runs() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; "$@"; exit 1; }
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f (%s)", m, a[1] "–" a[NR]}'
}

echo "## PDFs and offline copies of the shipped curriculum"
echo
echo "Machine: $(nproc) CPUs, $(uname -m); $("$bin" --version); $(date -u +%Y-%m-%d). Median (min–max) of $runs runs, in seconds."
echo
echo "| what | command | time (s) |"
echo "|---|---|---:|"
echo "| English PDF of Capacities | \`coursebook pdf --course capacities --locale en\` | $(time_runs "$bin" pdf --course capacities --locale en -o "$work/en" --quiet) |"
echo "| Capacities in all six locales | \`coursebook pdf --course capacities\` | $(time_runs "$bin" pdf --course capacities -o "$work/all" --quiet) |"
echo "| every course in every locale | \`coursebook pdf\` | $(time_runs "$bin" pdf -o "$work/every" --quiet) |"
echo "| site build without PDFs (for comparison) | \`coursebook build\` | $(time_runs "$bin" build --out "$work/site" --quiet) |"
echo "| offline copies of every course and locale | \`coursebook pack\` | $(time_runs "$bin" pack -o "$work/packs" --quiet) |"
echo
echo "| file | pages | size |"
echo "|---|---:|---:|"
for f in "$work"/every/*.pdf; do
  pages=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
  echo "| $(basename "$f") | ${pages:-?} | $(du -k "$f" | cut -f1) KB |"
done
for f in "$work"/packs/*.zip; do
  echo "| $(basename "$f") | | $(du -k "$f" | cut -f1) KB |"
done

if [ "$cold" = 1 ]; then
  echo
  echo "## Cold release builds"
  echo
  echo "Each in a fresh CARGO_TARGET_DIR ($cold_dir/...); crates = distinct packages of \`cargo tree -e normal,build\`."
  echo
  echo "| features | crates | cold \`cargo build --release\` (s) |"
  echo "|---|---:|---:|"
  for variant in default no-pdf lean; do
    case "$variant" in
      default) flags=(); label="default (\`serve\`, \`pdf\`)" ;;
      no-pdf) flags=(--no-default-features --features serve); label="\`serve\` only (without \`pdf\`)" ;;
      lean) flags=(--no-default-features); label="\`--no-default-features\`" ;;
    esac
    crates=$(cargo tree -e normal,build --prefix none "${flags[@]}" 2>/dev/null | sed 's/ (\*)//; s/ (proc-macro)//' | sort -u | wc -l)
    rm -rf "$cold_dir/$variant"
    start=$(date +%s.%N)
    CARGO_TARGET_DIR="$cold_dir/$variant" cargo build --release --quiet "${flags[@]}"
    end=$(date +%s.%N)
    echo "| $label | $crates | $(echo "$end - $start" | bc | xargs printf '%.0f') |"
    rm -rf "$cold_dir/$variant"
  done
fi
