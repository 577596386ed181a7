#!/usr/bin/env bash
# Installs the Debian packages that Regroup's tests use, when they are missing:
#   MIT Kerberos (a real KDC on loopback), Samba (a real AD domain controller on loopback),
#   OpenLDAP clients with GSSAPI, Chromium (the renderer, end to end), CJK fonts (the window in
#   Japanese and Chinese), and Wine with mingw-w64 (the CLI on Windows: Windows Node under Wine,
#   klist.exe stand-ins built for Windows).
# Run by `npm test` (pretest) and by .ci/run. Needs root (or sudo) only when something is missing.
set -euo pipefail

need=()
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }
have krb5kdc || need+=(krb5-kdc)
have kadmin.local || need+=(krb5-admin-server)
have kinit || need+=(krb5-user)
have ldapsearch || need+=(ldap-utils)
[ -e /usr/lib/x86_64-linux-gnu/sasl2/libgssapiv2.so ] || ls /usr/lib/*/sasl2/libgssapiv2.so >/dev/null 2>&1 || need+=(libsasl2-modules-gssapi-mit)
have samba || need+=(samba)
have samba-tool || need+=(samba-common-bin)
# A domain controller needs more than the file server: the AD DC bits, provisioning data, winbind.
dpkg -s samba-ad-dc >/dev/null 2>&1 || need+=(samba-ad-dc)
[ -d /usr/share/samba/setup/ad-schema ] || need+=(samba-ad-provision)
have winbindd || need+=(winbind)
have chromium || need+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
# Japanese and Chinese in the window's screenshots (the languages e2e test).
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
# Wine (64-bit only: Windows Node is x64), its compiler, and a loopback-only network for it.
have wine || need+=(wine)
[ -x /usr/lib/wine/wine64 ] || need+=(wine64)
have x86_64-w64-mingw32-gcc || need+=(gcc-mingw-w64-x86-64)
have ip || need+=(iproute2)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing test dependencies: ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "These Debian packages are needed for the tests: ${need[*]}. Install them as root (apt-get install ${need[*]}) and run the tests again." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
