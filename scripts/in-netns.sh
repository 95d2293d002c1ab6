#!/usr/bin/env bash
# Runs a command in a new network namespace: with no network at all, or (--loopback) with only the
# loopback interface up. As root with `unshare -n`; otherwise in a user namespace too
# (`unshare -rn`), which some systems forbid: then it says so and runs the command on the host's
# network. Used by the end-to-end tests and the no-network proof.
set -euo pipefail
loopback=false
if [ "${1:-}" = "--loopback" ]; then
  loopback=true
  shift
fi
if [ "$(id -u)" -eq 0 ] && unshare -n true 2>/dev/null; then
  netns=(unshare -n)
elif unshare -rn true 2>/dev/null; then
  netns=(unshare -rn)
else
  echo "NOTE: no network namespace can be made here; running on the host's network." >&2
  exec "$@"
fi
if $loopback; then
  echo "In a new network namespace (${netns[*]}) with only loopback up." >&2
  exec "${netns[@]}" sh -c 'ip link set lo up && exec "$@"' sh "$@"
fi
echo "In a new network namespace (${netns[*]}): $("${netns[@]}" ip -o link | sed 's/\\.*//' | tr '\n' ' ')" >&2
exec "${netns[@]}" "$@"
