#!/usr/bin/env bash
# Takes docs/passphrase.png (the unlock screen at start) and docs/restore-verified.png (a backup
# checked before restoring: its date and what it holds, then restored) from the real app under Xvfb, on a database
# filled with the CLI and backed up with `dphub backup create`. Needs the app and CLI built
# (target/debug, or $CARGO_TARGET_DIR/debug), tauri-driver and tests/e2e's node modules. Run from
# the repository root.
set -euo pipefail
bin="${CARGO_TARGET_DIR:-target}/debug"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/dphub.sqlite3"
# The sample database and its backup are protected by throwaway passphrases.
export DPHUB_PASSPHRASE="sample database, not a secret" DPHUB_KEYCHAIN=off
export DPHUB_BACKUP_PASSPHRASE="sample backup, not a secret"
dphub() { "$bin/dphub" "$@" --db "$db"; }
dphub person add --full-name "Margaret Ellis" --dob 1949-05-03 --council "Leeds City Council" \
  --type adult-service-user --managed-by themself --gross 1250 --period four-weekly \
  --start 2026-06-01 --first-payment 2026-06-01 >/dev/null
dphub person add --full-name "Tomasz Wiśniewski" --dob 1961-11-20 --council "Leeds City Council" \
  --type adult-service-user --managed-by themself --gross 980 --period four-weekly \
  --start 2026-09-01 >/dev/null
for name in "Ann Lee" "Zoë Łukasiewicz-Şahin" "Kwame Mensah"; do
  dphub pa add --name "$name" --phone "07700 900982" --status working-for-us >/dev/null
done
dphub employ add --person 1 --pa 1 --start 2026-06-01 --rate 13.50 --hours 16 \
  --pattern "Monday to Thursday, 8am to noon" --pay-frequency four-weekly \
  --first-payday 2026-06-05 >/dev/null
dphub employ add --person 2 --pa 2 --start 2026-09-01 --rate 13.20 --hours 10 \
  --pattern "Weekday evenings" --pay-frequency monthly >/dev/null
printf '%%PDF-1.4\n%% a payslip\n' > "$work/payslip.pdf"
dphub account add --person 1 --date 2026-06-01 --in 1250 --category council-payment >/dev/null
dphub account add --person 1 --date 2026-06-05 --out 216 --category pa-wages --payee "Ann Lee" \
  --employment 1 --receipt "$work/payslip.pdf" >/dev/null
dphub account add --person 1 --date 2026-06-12 --out 216 --category pa-wages --payee "Ann Lee" >/dev/null
dphub backup create --to "$work/margaret.dphub-backup"
xvfb-run -a -s "-screen 0 1280x1600x24" \
  node tests/e2e/backup-images.mjs "$db" "$work/margaret.dphub-backup" "$DPHUB_BACKUP_PASSPHRASE"
# The app made the day's backup when it started and kept the data as it was before the restore.
# (Ended by the WebDriver session, it is not closed the usual way, so no backup on closing here.)
dphub backup list
dphub db check
