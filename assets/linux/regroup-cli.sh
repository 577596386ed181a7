#!/bin/sh
# `regroup`, the command line, as the deb installs it: /opt/Regroup/bin/regroup, linked from
# /usr/bin/regroup. The tray app's own Electron cannot run it (its RunAsNode fuse is off), so the
# command line is a plain Node.js script in the app's resources, run by the system's Node.js.
set -eu
app_dir=$(dirname "$(dirname "$(readlink -f "$0")")")
if ! command -v node >/dev/null 2>&1; then
  echo "regroup: the command line needs Node.js 20 or later (sudo apt install nodejs). The Regroup tray app works without it." >&2
  exit 1
fi
exec node "$app_dir/resources/cli/regroup.js" "$@"
