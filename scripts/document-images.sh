#!/usr/bin/env bash
# Renders page 1 of each printable document to docs/document-*.png, from a sample database made
# with the CLI (needs poppler-utils for pdftoppm). Run from the repository root.
set -euo pipefail
cargo build -q -p dphub-cli
dphub() { target/debug/dphub "$@" --db "$work/db.sqlite3"; }
work=$(mktemp -d)
# The sample database is protected by a throwaway passphrase, not the system keychain.
export DPHUB_PASSPHRASE="sample database, not a secret" DPHUB_KEYCHAIN=off
trap 'rm -rf "$work"' EXIT
on=(--prepared-on 2027-02-01)
dphub person add --full-name "Margaret Ellis" --dob 1949-05-03 --address "12 Station Road, Leeds" \
  --postcode "LS1 4AB" --council "Leeds City Council" --council-ref DP-10234 --type adult-service-user \
  --managed-by nominated-person --rep-name "Priya Shah" --rep-relationship daughter \
  --rep-address "8 Park Avenue, Leeds LS6 2QR" --gross 1250 --contribution 180.40 \
  --first-payment 2027-03-01 --start 2027-03-01 --account separate-bank-account >/dev/null
dphub pa add --name "Zoë Łukasiewicz-Şahin" --address "4 Mill Lane, Leeds" --postcode "LS2 7QT" \
  --phone "07700 900982" --status working-for-us --dob 1990-06-01 >/dev/null
dphub employ add --person 1 --pa 1 --start 2027-03-01 --continuous-from 2026-09-14 --rate 13.50 \
  --hours 16 --pattern "Monday to Thursday, 8am to 12 noon" --pay-frequency monthly \
  --duties $'Help with washing and dressing\nPrepare meals\nShopping' \
  --place "12 Station Road, Leeds LS1 4AB" --probation-weeks 12 --notice-pa-weeks 2 \
  --pension-scheme NEST >/dev/null
dphub checklist tick --employment 1 --item written-statement --by "Priya Shah" --on 2026-11-20 >/dev/null
dphub doc agreement --person 1 "${on[@]}" -o "$work/agreement.pdf"
dphub doc agreement --person 1 --large-print "${on[@]}" -o "$work/agreement-large-print.pdf"
dphub doc particulars --employment 1 "${on[@]}" -o "$work/particulars.pdf"
dphub doc costs --person 1 "${on[@]}" -o "$work/costs.pdf"
dphub doc timesheet --employment 1 --week-of 2027-03-01 "${on[@]}" -o "$work/timesheet.pdf"
dphub doc checklist --person 1 --employment 1 "${on[@]}" -o "$work/checklist.pdf"
dphub doc due --days 120 "${on[@]}" -o "$work/due.pdf"
for name in agreement agreement-large-print particulars costs timesheet checklist due; do
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/$name.pdf" "docs/document-$name"
done
