#!/usr/bin/env bash
# `npm run demo`: see Regroup work on any Linux box, no domain needed. Starts a throwaway MIT realm
# (REGROUP.TEST on 127.0.0.1, in a temp folder), signs a demo user in, runs `regroup list` and
# `regroup refresh --user`, and cleans everything up when it ends, even on failure or Ctrl+C.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="$(mktemp -d "${TMPDIR:-/tmp}/regroup-demo-XXXXXX")"
cleanup() {
  bash "$ROOT/test/realm/realm.sh" stop "$DIR" || true
  rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Starting a throwaway Kerberos realm"
bash "$ROOT/test/realm/realm.sh" start "$DIR"
# shellcheck disable=SC1091
. "$DIR/env"

if [ ! -f "$ROOT/dist/cli/regroup.js" ]; then
  step "Building the regroup command"
  (cd "$ROOT" && node scripts/build.mjs --cli)
fi
regroup() { node "$ROOT/bin/regroup.js" "$@"; }

step "Signing in as demo@$REGROUP_TEST_REALM and opening two services"
printf 'demo-pw\n' | kinit demo >/dev/null
kvno HTTP/web.regroup.test cifs/fs1.regroup.test

step "regroup list"
regroup list

sleep 1 # so that the new ticket's start time visibly differs
step "regroup refresh --user --password-stdin (a wrong password: nothing changes)"
printf 'not-the-password\n' | regroup refresh --user --password-stdin || echo "(exit code $?, tickets kept)"

step "regroup refresh --user --password-stdin (the right password)"
printf 'demo-pw\n' | regroup refresh --user --password-stdin

step "regroup list (a new TGT; the service tickets came back)"
regroup list

step "Done: the realm is stopped and its folder removed"
