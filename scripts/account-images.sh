#!/usr/bin/env bash
# Takes docs/account.png (the account with its balance chart) and docs/excess.png (the excess
# explained) from the real app under Xvfb, on a database filled with the CLI: a 4-weekly direct
# payment of £1,069.60 since 1 June 2026, wages paid from it, and a balance that has crept above the
# 4 weeks the council allows. Needs the app and CLI built (target/debug), tauri-driver and
# tests/e2e's node modules. Run from the repository root.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/db.sqlite3"
dphub() { target/debug/dphub "$@" --db "$db"; }
dphub person add --full-name "Margaret Okonkwo" --dob 1948-03-12 --council "Hampshire County Council" \
  --type adult-service-user --managed-by themself --gross 1069.60 --period four-weekly \
  --start 2026-06-01 --first-payment 2026-06-01 >/dev/null
today=$(date +%F)
day=2026-06-01
n=0
while [[ "$day" < "$today" || "$day" == "$today" ]]; do
  dphub account add --person 1 --date "$day" --in 1069.60 --category council-payment \
    --payee "Hampshire County Council" --ref "DP payment $((n + 1))" >/dev/null
  for week in 4 11 18 25; do
    paid=$(date -d "$day + $week days" +%F)
    if [[ "$paid" < "$today" ]]; then
      dphub account add --person 1 --date "$paid" --out 216 --category pa-wages --payee "Ann Lee" >/dev/null
    fi
  done
  n=$((n + 1))
  day=$(date -d "$day + 28 days" +%F)
done
dphub account add --person 1 --date 2026-09-14 --out 85 --category insurance --payee "Employer's liability insurer" >/dev/null
dphub account owe --person 1 --amount 216 --what "Wages for Ann this week" \
  --due "$(date -d "$today + 5 days" +%F)" --category pa-wages --payee "Ann Lee" >/dev/null
dphub account excess --person 1
xvfb-run -a -s "-screen 0 1280x1600x24" node tests/e2e/account-images.mjs "$db"
