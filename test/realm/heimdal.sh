#!/usr/bin/env bash
# Prepares Heimdal's klist/kinit/kdestroy/kgetcred NEXT TO the MIT tools, for testing the macOS
# (Heimdal) flow against the MIT test KDC.
#
#   heimdal.sh [dir]   prints the folder holding klist, kinit, kdestroy, kgetcred, kswitch (Heimdal)
#
# Debian's heimdal-clients conflicts with krb5-user (installing it would remove MIT), but the Heimdal
# LIBRARIES (libkrb5-26-heimdal ...) have their own names and install side by side with MIT's. So:
# install the libraries with apt-get, download heimdal-clients with `apt-get download`, unpack it
# with `dpkg-deb -x` into <dir>, and link the names Heimdal expects: `klist` and `kswitch` are the
# multi-call `heimtools` (it picks the command from its own name), `kinit`/`kdestroy` are
# `kinit.heimdal`/`kdestroy.heimdal`. Default <dir>: ${XDG_CACHE_HOME:-~/.cache}/regroup/heimdal.
set -euo pipefail

DIR="${1:-${REGROUP_HEIMDAL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/regroup/heimdal}}"
LIBS=(libasn1-8-heimdal libgssapi3-heimdal libhcrypto5-heimdal libhdb9-heimdal libheimntlm0-heimdal
  libhx509-5-heimdal libkadm5clnt7-heimdal libkadm5srv8-heimdal libkafs0-heimdal libkrb5-26-heimdal
  libotp0-heimdal libroken19-heimdal libsl0-heimdal libheimbase1-heimdal libwind0-heimdal libedit2)

die() { echo "heimdal.sh: $*" >&2; exit 1; }

ready() {
  [ -x "$DIR/bin/klist" ] && "$DIR/bin/klist" --version >/dev/null 2>&1 &&
    "$DIR/bin/kinit" --version >/dev/null 2>&1 && "$DIR/bin/kgetcred" --version >/dev/null 2>&1
}

if ready; then echo "$DIR/bin"; exit 0; fi

command -v apt-get >/dev/null 2>&1 || die "apt-get is not available: the Heimdal test tools can only be prepared on Debian/Ubuntu."
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
apt_get() { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -q "$@"; }

missing=()
for lib in "${LIBS[@]}"; do
  dpkg-query -W -f='${Status}' "$lib" 2>/dev/null | grep -q 'install ok installed' || missing+=("$lib")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "heimdal.sh: installing the Heimdal libraries (side by side with MIT): ${missing[*]}" >&2
  apt_get install -y --no-install-recommends "${missing[@]}" >&2 ||
    { apt_get update >&2 && apt_get install -y --no-install-recommends "${missing[@]}" >&2; } ||
    die "apt-get could not install the Heimdal libraries (${missing[*]})."
fi

mkdir -p "$DIR/deb" "$DIR/root" "$DIR/bin"
if ! ls "$DIR"/deb/heimdal-clients_*.deb >/dev/null 2>&1; then
  # apt-get download writes into the current folder; _apt cannot write there when we are root.
  (cd "$DIR/deb" && apt-get -q download heimdal-clients >&2 2>/dev/null) ||
    (cd "$DIR/deb" && apt_get update >&2 && apt-get -q download heimdal-clients >&2) ||
    die "apt-get download heimdal-clients failed."
fi
dpkg-deb -x "$(ls "$DIR"/deb/heimdal-clients_*.deb | head -n 1)" "$DIR/root"

ln -sf ../root/usr/bin/heimtools "$DIR/bin/klist"
ln -sf ../root/usr/bin/heimtools "$DIR/bin/kswitch"
ln -sf ../root/usr/bin/kinit.heimdal "$DIR/bin/kinit"
ln -sf ../root/usr/bin/kdestroy.heimdal "$DIR/bin/kdestroy"
ln -sf ../root/usr/bin/kgetcred "$DIR/bin/kgetcred"

ready || die "the unpacked Heimdal tools do not run: $(ldd "$DIR/root/usr/bin/heimtools" | grep 'not found' | tr '\n' ' ')"
echo "$DIR/bin"
