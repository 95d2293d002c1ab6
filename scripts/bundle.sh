#!/usr/bin/env bash
# Builds installers into target/release/bundle/. With no arguments, the .deb on Linux (it needs no
# download); `--bundles deb,appimage` adds the AppImage, whose tools Tauri downloads from GitHub.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(cd ui && npm run build)
[ $# -eq 0 ] && [ "$(uname -s)" = Linux ] && set -- --bundles deb
ui/node_modules/.bin/tauri build "$@"
ls -l target/release/bundle/*/
