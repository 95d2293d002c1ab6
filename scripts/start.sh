#!/usr/bin/env bash
# Sets up what is missing, builds DP Hub and opens it on its local database
# (the app's data folder; DPHUB_DB=path or --db path to use another file). Where there is no system
# keychain the app asks for a passphrase at start (DPHUB_PASSPHRASE=… gives it without asking).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(cd ui && npm run build)
exec cargo run --bin dp-hub -- "$@"
