#!/usr/bin/env bash
# Builds the installers for this system (on Linux: .deb and AppImage) into target/release/bundle/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(cd ui && npm run build)
ui/node_modules/.bin/tauri build "$@"
ls -l target/release/bundle/*/
