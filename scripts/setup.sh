#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build DP Hub (and, with --for-tests, to test it).
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

for_tests=false
[ "${1:-}" = "--for-tests" ] && for_tests=true

# Build: WebKitGTK for the Tauri shell; librsvg for the bundler (Tauri's documented prerequisites);
# libssl-dev for SQLCipher's crypto (the database is encrypted at rest).
packages=(build-essential pkg-config libwebkit2gtk-4.1-dev librsvg2-dev libssl-dev)
# Tests: a virtual display, the WebKit WebDriver for the real app, Chromium for the UI tests, and
# poppler-utils and qpdf to read back and check the PDFs DP Hub writes. The no-network proof
# (scripts/no-network.sh) needs strace, unshare (util-linux), ip (iproute2), xwininfo (x11-utils)
# to see the window, and import (imagemagick) for its screenshot.
$for_tests && packages+=(xvfb xauth webkit2gtk-driver chromium poppler-utils qpdf
  strace util-linux iproute2 x11-utils imagemagick)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

command -v cargo >/dev/null || { echo "Rust is needed: install it from https://rustup.rs and run this again." >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20+ and npm are needed: install them and run this again." >&2; exit 1; }

# The UI's packages, exactly as locked.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  (cd ui && npm ci --no-audit --no-fund)
fi

if $for_tests; then
  if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    (cd tests/e2e && npm ci --no-audit --no-fund)
  fi
  # tauri-driver bridges WebDriver to the app; pinned to Tauri 2.
  if ! command -v tauri-driver >/dev/null; then
    cargo install tauri-driver --version '^2' --locked
  fi
fi
