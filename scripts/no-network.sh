#!/usr/bin/env bash
# The no-network proof: runs the real desktop app (target/debug/dp-hub, no WebDriver) on a database
# with data in it, inside a network namespace with no interface up, under
# `strace -f -e trace=network`, on a virtual display; lets it start, render and stay up, then closes
# it. Fails if the app or any process it started (WebKit's web and network processes included)
# called socket() for AF_INET or AF_INET6 (or passed such an address to connect, bind or send), or
# if the window never appeared.
#
# Usage: scripts/no-network.sh [seconds to stay up, default 15]
# Needs: the app and CLI built (cargo build --workspace --bins), strace, unshare (util-linux),
# ip (iproute2), xvfb-run and xwininfo (x11-utils); `import` (imagemagick) for a screenshot if
# present. The trace and screenshot are kept in tests/no-network/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
stay_up="${1:-15}"
target="${CARGO_TARGET_DIR:-target}"
app="$target/debug/dp-hub"
cli="$target/debug/dphub"
for f in "$app" "$cli"; do
  [ -x "$f" ] || { echo "Build first: $f is missing (cargo build --workspace --bins)" >&2; exit 1; }
done
for tool in strace unshare ip xvfb-run xwininfo; do
  command -v "$tool" >/dev/null || { echo "$tool is needed: run scripts/setup.sh --for-tests" >&2; exit 1; }
done

# The database is encrypted: the app and the CLI unlock it with this passphrase, and the system
# keychain is left alone.
export DPHUB_PASSPHRASE='no-network proof passphrase, not a secret' DPHUB_KEYCHAIN=off

artifacts=tests/no-network/artifacts
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/dphub.sqlite3"
trace="$artifacts/strace.txt"
rm -f "$trace"

# A database with a person, a PA and an employment, so the app has something to show.
"$cli" --db "$db" person add --full-name "Zoë Łukasiewicz" --dob 12/3/1948 \
  --council "Hampshire County Council" --type adult-service-user --managed-by themself \
  --gross "£1,250.00" --contribution 180.40 --start 2026-01-05 >/dev/null
"$cli" --db "$db" pa add --name "Ann Lee" --phone "07700 900982" --rate 13.50 >/dev/null
"$cli" --db "$db" employ add --person 1 --pa 1 --start 2026-02-02 --rate 13.50 --hours 16 \
  --pattern "Monday to Thursday, 8am to noon" --pay-frequency four-weekly --first-payday 2026-02-06 >/dev/null

# A new network namespace with no interface up (see scripts/in-netns.sh).
netns=(bash scripts/in-netns.sh)

# The calls that would mean the network: a socket() of an Internet family, or an address of one
# passed to connect, bind or sendto.
inet_calls() { grep -E 'socket\(AF_INET6?[,)]|sa_family=AF_INET6?[,}]' "$1" || true; }

# A control, so the check is seen to catch what it looks for: bash opening a TCP connection
# (to the discard port on loopback, which fails in the namespace, but the socket is made).
control="$work/control.txt"
"${netns[@]}" strace -f -qq -e trace=network -o "$control" \
  bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>/dev/null || true
if [ -z "$(inet_calls "$control")" ]; then
  echo "FAILED: the control's TCP socket was not seen in its trace" >&2
  exit 1
fi
echo "control: a traced bash opening TCP was caught: $(inet_calls "$control" | head -1 | cut -d' ' -f2-)"

# Inside the virtual display: start the traced app, wait for its window, stay up, take a
# screenshot, then close it (SIGTERM, as a window manager's close would end it).
inner=$(cat <<'EOS'
set -u
"$@" &
pid=$!
window=""
for _ in $(seq 1 120); do
  window=$(xwininfo -root -tree 2>/dev/null | grep -m1 '"DP Hub"' || true)
  [ -n "$window" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
echo "window: ${window:-none}"
sleep "$STAY_UP"
if command -v import >/dev/null; then
  import -window root "$ARTIFACTS/screenshot.png" 2>/dev/null && echo "screenshot: $ARTIFACTS/screenshot.png"
fi
# $pid is strace (unshare replaces itself with it); the app is strace's child.
app_pid=$(pgrep -P "$pid" -x dp-hub || true)
if [ -n "$app_pid" ]; then
  echo "still running after ${STAY_UP} s: closing it"
  kill -TERM "$app_pid"
else
  echo "the app had ended by itself"
fi
wait "$pid" || true
[ -n "$window" ]
EOS
)
set +e
STAY_UP="$stay_up" ARTIFACTS="$artifacts" DPHUB_DB="$db" \
  xvfb-run -a -s "-screen 0 1280x900x24" bash -c "$inner" inner \
  "${netns[@]}" strace -f -qq -e trace=network,execve -o "$trace" "$app"
window_ok=$?
set -e

sockets=$(grep -E 'socket\(' "$trace" || true)
echo "socket() calls by the app and its child processes, by address family:"
echo "$sockets" | grep -oE 'socket\(AF_[A-Z0-9]+' | sort | uniq -c | sed 's/socket(/  /' || true
echo "programs started (execve), all traced:"
grep -E 'execve\(.* = 0$' "$trace" | grep -oE 'execve\("[^"]+"' | sed 's/execve("/  /; s/"$//' \
  | sort | uniq -c || true
echo "processes and threads traced: $(cut -d' ' -f1 "$trace" | sort -u | wc -l)"
inet=$(inet_calls "$trace")
status=0
if [ -n "$inet" ]; then
  echo "FAILED: the app opened Internet sockets:" >&2
  echo "$inet" >&2
  status=1
else
  echo "No AF_INET or AF_INET6 socket was opened."
fi
if [ "$window_ok" -ne 0 ]; then
  echo "FAILED: the app's window did not appear (see $trace)" >&2
  status=1
fi
exit "$status"
