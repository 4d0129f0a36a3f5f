#!/usr/bin/env bash
# coursebook against Hugo and mdBook: cold full builds on the shared synthetic corpus.
#
#   benches/run.sh                       # default: 1000, 5000 and 20000 pages, 1000 pages x 3 locales;
#                                        # coursebook (search on and off), hugo --minify,
#                                        # hugo --minify + sidebar, mdbook (up to 5000 pages);
#                                        # then the large chapter case (coursebook only)
#   benches/run.sh --quick               # ~30 s + builds: 1000 pages only, 3 runs, no mdBook
#   benches/run.sh --tools coursebook,hugo-nav --sizes "1000" --i18n "" --runs 3
#
# Steps: installs the peers if missing (hugo: apt-get; mdbook: cargo install --locked,
# started in the background first as it takes minutes), builds coursebook with
# `cargo build --release`, generates the corpora (../shared/bench/gen_corpus.py, then
# benches/convert_corpus.py for coursebook's layout), times every tool in turn, round
# by round (benches/bench.py, using ../shared/bench/run_peers.py's measurement code),
# then times one 10 MB chapter against ten 1 MB chapters (benches/large_files.py, coursebook
# only), prints the ratio tables (coursebook / peer, the cost of search, large chapters) and
# rewrites benches/RESULTS.md above its `<!-- END GENERATED -->` line (benches/report.py).
#
# Options
#   --tools LIST      comma list among coursebook,coursebook-nosearch,hugo,hugo-minify,hugo-nav,
#                     hugo-navfull,mdbook,mdbook-nosearch (coursebook-nosearch: the same corpus with
#                     `search: false` in its site.yaml, for the cost of search; hugo-nav: Hugo
#                     --minify with coursebook's sidebar, a window of 25 chapters; hugo-navfull:
#                     every chapter on every page)
#                     (default coursebook,coursebook-nosearch,hugo-minify,hugo-nav,mdbook)
#   --sizes "N ..."   single-locale chapter counts (default "1000 5000 20000")
#   --i18n "PxL ..."  multilingual cases (default "1000x3"; "" for none)
#   --runs N          timed runs per command (default 5)
#   --warmup N        untimed rounds first (default 1)
#   --slow S          a command whose warm-up takes more than S seconds (default 30) keeps
#                     that warm-up as a timed run and gets --slow-runs timed runs in all
#   --slow-runs N     default 1 (mdBook at 5000 pages: ~2 min a build; Hugo at 20000: ~30 s)
#   --nav-max-pages N time hugo-navfull only up to N chapters per locale (default 1000;
#                     Hugo with the full sidebar takes ~10 min a build at 5000 pages)
#   --mdbook-max-pages N  time mdbook only up to N chapters per locale (default 5000; ~2 min a
#                     build at 5000, more above); the report says where it was not timed
#   --large-runs N    runs per case of benches/large_files.py (default 3; 0: not run)
#   --quick           --sizes 1000 --i18n "" --runs 3 --large-runs 1
#                     --tools coursebook,coursebook-nosearch,hugo-minify,hugo-nav
#   --work DIR        corpora, logs, raw JSON (default ${TMPDIR:-/tmp}/coursebook-bench)
#   --out-dir DIR     where builds write (default /dev/shm/coursebook-bench-out)
#   --results FILE    default benches/RESULTS.md
#   --no-install      never install anything (a missing peer is skipped)
#   --no-build        use target/release/coursebook as it is
# Environment: HUGO, MDBOOK name the peer binaries; CARGO_TARGET_DIR is honoured.
# A default run takes ~15 min on 2 cores (plus the builds and, the first time, generating
# the corpora): mdBook ~4 min, the 20,000-page case ~6 min.
set -euo pipefail
case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
esac
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$HERE")"
TOOLS="coursebook,coursebook-nosearch,hugo-minify,hugo-nav,mdbook"; SIZES="1000 5000 20000"; I18N="1000x3"
RUNS=5; WARMUP=1; SLOW=30; SLOW_RUNS=1; NAV_MAX=1000; MDBOOK_MAX=5000; LARGE_RUNS=3; INSTALL=1; BUILD=1
WORK="${TMPDIR:-/tmp}/coursebook-bench"; OUT_DIR=""; RESULTS="$HERE/RESULTS.md"
ARGS=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --tools) TOOLS="$2"; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --i18n) I18N="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --slow) SLOW="$2"; shift 2 ;;
    --slow-runs) SLOW_RUNS="$2"; shift 2 ;;
    --nav-max-pages) NAV_MAX="$2"; shift 2 ;;
    --mdbook-max-pages) MDBOOK_MAX="$2"; shift 2 ;;
    --large-runs) LARGE_RUNS="$2"; shift 2 ;;
    --quick) SIZES="1000"; I18N=""; RUNS=3; LARGE_RUNS=1
             TOOLS="coursebook,coursebook-nosearch,hugo-minify,hugo-nav"; shift ;;
    --work) WORK="$2"; shift 2 ;;
    --out-dir) OUT_DIR="$2"; shift 2 ;;
    --results) RESULTS="$2"; shift 2 ;;
    --no-install) INSTALL=0; shift ;;
    --no-build) BUILD=0; shift ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
START=$(date +%s)
mkdir -p "$WORK"
has() { case ",$TOOLS," in *",$1"*) return 0 ;; *) return 1 ;; esac; }
MDBOOK_BIN="${MDBOOK:-$(command -v mdbook || { [ -x "$HOME/.cargo/bin/mdbook" ] && echo "$HOME/.cargo/bin/mdbook"; } || true)}"
HUGO_BIN="${HUGO:-$(command -v hugo || true)}"

# 1. peers (mdBook's cargo install takes minutes: in the background while we build and generate)
MDBOOK_PID=""
if [ "$INSTALL" = 1 ] && has mdbook && [ -z "$MDBOOK_BIN" ]; then
  echo "== installing mdbook in the background (cargo install mdbook --locked; log $WORK/mdbook-install.log)" >&2
  cargo install mdbook --locked >"$WORK/mdbook-install.log" 2>&1 &
  MDBOOK_PID=$!
fi
if [ "$INSTALL" = 1 ] && has hugo && [ -z "$HUGO_BIN" ]; then
  echo "== installing hugo (apt-get install -y hugo)" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get install -y hugo >"$WORK/hugo-install.log" 2>&1 \
    || { $SUDO apt-get update >>"$WORK/hugo-install.log" 2>&1 && $SUDO apt-get install -y hugo >>"$WORK/hugo-install.log" 2>&1; } \
    || echo "   hugo install failed (see $WORK/hugo-install.log); skipped" >&2
fi

# 2. coursebook
TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
if [ "$BUILD" = 1 ]; then
  echo "== cargo build --release" >&2
  (cd "$REPO" && cargo build --release --quiet)
fi
[ -x "$TARGET/release/coursebook" ] || { echo "run.sh: $TARGET/release/coursebook not found" >&2; exit 2; }
# time a copy: a rebuild of target/ during the run must not change the binary under test
CB="$WORK/bin/coursebook"
mkdir -p "$WORK/bin"; cp "$TARGET/release/coursebook" "$CB"

# 3. corpora (cached under $WORK/corpus)
BENCH=(python3 "$HERE/bench.py" --coursebook "$CB" --tools "$TOOLS" --sizes "$SIZES" --i18n "$I18N"
       --runs "$RUNS" --warmup "$WARMUP" --slow "$SLOW" --slow-runs "$SLOW_RUNS" --nav-max-pages "$NAV_MAX"
       --mdbook-max-pages "$MDBOOK_MAX" --work "$WORK")
[ -n "$OUT_DIR" ] && BENCH+=(--out-dir "$OUT_DIR")
echo "== generating corpora under $WORK/corpus (cached)" >&2
"${BENCH[@]}" --prepare

if [ -n "$MDBOOK_PID" ]; then
  echo "== waiting for cargo install mdbook" >&2
  wait "$MDBOOK_PID" || echo "   mdbook install failed (see $WORK/mdbook-install.log); skipped" >&2
fi

# 4. timing, then the large chapter case (coursebook only, after the peers so as not to change
#    their conditions), then the report
STAMP="$(date +%Y%m%d-%H%M%S)"
JSON="$WORK/raw/results-$STAMP.json"
"${BENCH[@]}" --json "$JSON"
REPORT=(python3 "$HERE/report.py" "$JSON" --out "$RESULTS")
if [ "$LARGE_RUNS" -gt 0 ] && case ",$TOOLS," in *,coursebook,*) true ;; *) false ;; esac; then
  echo "== large chapters: benches/large_files.py --runs $LARGE_RUNS" >&2
  LARGE_JSON="$WORK/raw/large-files-$STAMP.json"
  python3 "$HERE/large_files.py" --bin "$CB" --runs "$LARGE_RUNS" --json "$LARGE_JSON" >&2
  REPORT+=(--large "$LARGE_JSON")
fi
ELAPSED=$(( $(date +%s) - START ))
"${REPORT[@]}" --command "benches/run.sh${ARGS[*]:+ ${ARGS[*]}}" --elapsed "$((ELAPSED / 60)) min $((ELAPSED % 60)) s"
