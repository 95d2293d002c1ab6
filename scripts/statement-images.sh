#!/usr/bin/env bash
# Takes docs/statement-import.png (a bank statement recognised and checked before importing) from the
# real app under Xvfb, on a database filled with the CLI: Margaret's direct payment from 5 January
# 2026 and a remembered rule that files Ann Lee's wages. Needs the app and CLI built (under
# target/debug, or $CARGO_TARGET_DIR/debug), tauri-driver and tests/e2e's node modules. Run from the
# repository root.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/db.sqlite3"
bin="${CARGO_TARGET_DIR:-target}/debug"
export DPHUB_PASSPHRASE='statement images, not a secret' DPHUB_KEYCHAIN=off
dphub() { "$bin/dphub" "$@" --db "$db"; }
dphub person add --full-name "Margaret Okonkwo" --dob 1948-03-12 --council "Hampshire County Council" \
  --type adult-service-user --managed-by themself --gross 1069.60 --period four-weekly \
  --start 2026-01-05 --first-payment 2026-01-05 >/dev/null
dphub account rule add --person 1 --contains "LEE WAGES" --category pa-wages --payee "Ann Lee" >/dev/null
dphub account rule add --person 1 --contains "HAMPSHIRE CC" --category council-payment \
  --payee "Hampshire County Council" >/dev/null
dphub account rule add --person 1 --contains "HMRC" --category hmrc --payee "HMRC" >/dev/null
dphub account rule add --person 1 --contains "NEST" --category pension --payee "NEST" >/dev/null
xvfb-run -a -s "-screen 0 1280x1600x24" node tests/e2e/statement-images.mjs "$db"
