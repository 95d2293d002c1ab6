#!/usr/bin/env bash
# Runs every test of DP Hub, layer by layer; stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"   # where cargo install puts tauri-driver
bash scripts/setup.sh --for-tests

step() { printf '\n== %s ==\n' "$*"; }

step "Format and lint (Rust)"
cargo fmt --all --check
(cd ui && npm run build)   # the app embeds ui/dist, so it is built before any Rust target
cargo clippy --workspace --all-targets -- -D warnings

step "Core, CLI and IPC (mock runtime) tests"
cargo test --workspace

step "Generated IPC types are up to date"
if [ -n "$(git status --porcelain -- ui/src/lib/bindings ui/tests/browser/generated)" ]; then
  git status --porcelain -- ui/src/lib/bindings ui/tests/browser/generated
  echo "The TypeScript types generated from Rust changed: commit ui/src/lib/bindings." >&2
  exit 1
fi

step "UI: type check, unit tests, browser tests with axe (Chromium)"
(cd ui && npm run check && npm run test:unit && npm run test:browser)

step "End to end: the real app under Xvfb over WebDriver, with only loopback networking"
cargo build --workspace --bins
# WebDriver talks to the app over loopback TCP; nothing else is reachable (scripts/in-netns.sh).
bash scripts/in-netns.sh --loopback \
  xvfb-run -a -s "-screen 0 1280x3300x24" bash -c 'cd tests/e2e && npm test'

step "No network: the real app in a network namespace, every socket traced"
bash scripts/no-network.sh

step "All tests passed"
