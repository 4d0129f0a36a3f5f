#!/usr/bin/env bash
# Installs what the test suite needs beyond Rust: Debian packages (headless Chromium for the
# browser tests, poppler-utils, libxml2-utils, gettext, translate-toolkit (pofilter), Noto fonts for the PDF tests) and the
# browser tests' npm packages. Safe to run again; it installs only what is missing.
#   tests/setup.sh && cargo test
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium poppler-utils libxml2-utils gettext translate-toolkit fonts-noto-core fonts-noto-cjk nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# Node and npm may come from elsewhere (nvm, a tarball): only install them when absent.
if command -v node >/dev/null 2>&1; then missing=("${missing[@]/nodejs}"); fi
if command -v npm >/dev/null 2>&1; then missing=("${missing[@]/npm}"); fi
# The Nu HTML checker (vnu-jar) runs on Java.
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "tests/setup.sh: please install: ${missing[*]} (this script knows apt-get only)" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
echo "tests/setup.sh: ready; run cargo test"
