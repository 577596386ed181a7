#!/usr/bin/env bash
# A throwaway MIT Kerberos realm for tests, CI and the demo. Needs no root (root only to apt-get
# install the MIT tools when they are missing).
#
#   realm.sh start <dir> [port]   create REGROUP.TEST in <dir> on 127.0.0.1:<port> (free port when
#                                 omitted), start krb5kdc -n in the background, wait until it answers,
#                                 and write <dir>/env (shell exports) and <dir>/realm.json.
#   realm.sh restart <dir>        start the KDC of <dir> again on the same port.
#   realm.sh stop <dir>           stop the KDC started in <dir> by its PID (idempotent).
#   realm.sh env <dir>            print the exports for KRB5_CONFIG, KRB5_KDC_PROFILE, KRB5CCNAME.
#
# REGROUP_TEST_KDC_CLOCK=+10m (any libfaketime offset) runs the KDC with its clock that far off,
# through libfaketime (apt-get installs `faketime` when missing): a real KDC for clock-skew tests.
#
# Principals created: alice, bob, demo (password "<name>-pw"), the services HTTP/web.regroup.test,
# cifs/fs1.regroup.test, ldap/127.0.0.1 and host/<hostname> (mapped to the realm) (keytab
# <dir>/host.keytab), and a keytab for alice (<dir>/alice.keytab; created with -norandkey so her
# password keeps working).
set -euo pipefail

REALM="${REGROUP_TEST_REALM:-REGROUP.TEST}"
MASTER_PW="regroup-master-password"

die() { echo "realm.sh: $*" >&2; exit 1; }

ensure_tools() {
  local missing=()
  for tool in krb5kdc kdb5_util kadmin.local kinit klist kvno; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
  done
  if [ -n "${REGROUP_TEST_KDC_CLOCK:-}" ] && ! command -v faketime >/dev/null 2>&1; then
    missing+=(faketime)
  fi
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "realm.sh: installing the MIT Kerberos tools (missing: ${missing[*]})" >&2
  command -v apt-get >/dev/null 2>&1 || die "the MIT Kerberos KDC and client tools are missing and apt-get is not available; install krb5-kdc, krb5-admin-server and krb5-user (or your distribution's krb5-server and krb5-workstation)."
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    krb5-kdc krb5-admin-server krb5-user ${REGROUP_TEST_KDC_CLOCK:+faketime} >&2 ||
    { "${sudo[@]}" apt-get update -q >&2 && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends krb5-kdc krb5-admin-server krb5-user \
      ${REGROUP_TEST_KDC_CLOCK:+faketime} >&2; } ||
    die "apt-get could not install krb5-kdc krb5-admin-server krb5-user."
}

sbin() { # the path of an admin tool that may live in /usr/sbin outside root's PATH
  if command -v "$1" >/dev/null 2>&1; then command -v "$1"; else echo "/usr/sbin/$1"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_config() {
  local dir="$1" port="$2"
  cat >"$dir/krb5.conf" <<CONF
[libdefaults]
	default_realm = $REALM
	dns_lookup_kdc = false
	dns_lookup_realm = false
	dns_canonicalize_hostname = false
	rdns = false
	ticket_lifetime = 10h
	renew_lifetime = 3d
	forwardable = true
	udp_preference_limit = 1

[realms]
	$REALM = {
		kdc = 127.0.0.1:$port
	}

[domain_realm]
	.regroup.test = $REALM
	regroup.test = $REALM
	$(host_name) = $REALM
CONF
  cat >"$dir/kdc.conf" <<CONF
[kdcdefaults]
	kdc_listen = 127.0.0.1:$port
	kdc_tcp_listen = 127.0.0.1:$port

[realms]
	$REALM = {
		database_name = $dir/principal
		key_stash_file = $dir/stash
		acl_file = $dir/kadm5.acl
		max_life = 10h
		max_renewable_life = 7d
		supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal
	}

[logging]
	kdc = FILE:$dir/kdc.log
CONF
  : >"$dir/kadm5.acl"
}

write_env() {
  local dir="$1" port="$2" pid="$3"
  cat >"$dir/env" <<ENV
export KRB5_CONFIG='$dir/krb5.conf'
export KRB5_KDC_PROFILE='$dir/kdc.conf'
export KRB5CCNAME='FILE:$dir/ccache'
export REGROUP_TEST_REALM='$REALM'
export REGROUP_TEST_KDC_PORT='$port'
export REGROUP_TEST_KDC_PID='$pid'
ENV
  cat >"$dir/realm.json" <<JSON
{"realm":"$REALM","dir":"$dir","port":$port,"pid":$pid,"hostPrincipal":"$(host_principal)"}
JSON
}

# kinit -k (no principal) asks for host/<hostname> in the realm domain_realm maps that name to.
host_name() { hostname | tr "A-Z" "a-z"; }
host_principal() { echo "host/$(host_name)"; }

cmd_start() {
  local dir="${1:-}" port="${2:-}"
  [ -n "$dir" ] || die "usage: realm.sh start <dir> [port]"
  ensure_tools
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  [ ! -f "$dir/kdc.pid" ] || cmd_stop "$dir"
  rm -f "$dir/principal"* "$dir/stash" "$dir"/*.keytab "$dir/kdc.log"

  export KRB5_CONFIG="$dir/krb5.conf" KRB5_KDC_PROFILE="$dir/kdc.conf"
  write_config "$dir" "${port:-0}"
  "$(sbin kdb5_util)" create -s -r "$REALM" -P "$MASTER_PW" >"$dir/setup.log" 2>&1 ||
    die "kdb5_util could not create the realm database (see $dir/setup.log)."
  local kadmin
  kadmin="$(sbin kadmin.local)"
  {
    for user in alice bob demo; do
      "$kadmin" -r "$REALM" -q "addprinc -pw $user-pw $user"
    done
    for svc in HTTP/web.regroup.test cifs/fs1.regroup.test ldap/127.0.0.1 "$(host_principal)"; do
      "$kadmin" -r "$REALM" -q "addprinc -randkey $svc"
    done
    "$kadmin" -r "$REALM" -q "ktadd -k $dir/host.keytab $(host_principal)"
    "$kadmin" -r "$REALM" -q "ktadd -norandkey -k $dir/alice.keytab alice"
  } >>"$dir/setup.log" 2>&1 || die "kadmin.local could not add the test principals (see $dir/setup.log)."

  local tries
  for tries in 1 2 3 4 5; do
    [ -n "$port" ] || port="$(free_port)"
    write_config "$dir" "$port"
    run_kdc "$dir" "$port" && return 0
    [ -z "${2:-}" ] || break   # a fixed port was asked for: do not pick another
    port=""
  done
  die "krb5kdc did not start (see $dir/kdc.log)."
}

# Starts krb5kdc -n in the background and waits until its port answers (about 5 s at most).
run_kdc() {
  local dir="$1" port="$2" pid clock=() lib
  # libfaketime preloaded through `env`, which execs krb5kdc: $! is the KDC itself, so stopping
  # it stops the KDC (the `faketime` wrapper would stay its parent, and a kill left the KDC running).
  if [ -n "${REGROUP_TEST_KDC_CLOCK:-}" ]; then
    lib="$(ls /usr/lib/*/faketime/libfaketime.so.1 /usr/lib/faketime/libfaketime.so.1 2>/dev/null | head -n 1)"
    [ -n "$lib" ] || die "libfaketime.so.1 not found (apt-get install faketime)."
    clock=(env "LD_PRELOAD=$lib" "FAKETIME=$REGROUP_TEST_KDC_CLOCK")
  fi
  KRB5_CONFIG="$dir/krb5.conf" KRB5_KDC_PROFILE="$dir/kdc.conf" \
    "${clock[@]}" "$(sbin krb5kdc)" -n -r "$REALM" </dev/null >>"$dir/kdc.log" 2>&1 &
  pid=$!
  echo "$pid" >"$dir/kdc.pid"
  for _ in $(seq 1 100); do
    if port_answers "$port"; then
      write_env "$dir" "$port" "$pid"
      echo "realm.sh: $REALM is up on 127.0.0.1:$port (krb5kdc PID $pid); source $dir/env" >&2
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  rm -f "$dir/kdc.pid"
  return 1
}

# Starts the KDC of an existing realm folder again, on the same port.
cmd_restart() {
  local dir="${1:?usage: realm.sh restart <dir>}" port
  dir="$(cd "$dir" && pwd)"
  cmd_stop "$dir"
  port="$(sed -n "s/^export REGROUP_TEST_KDC_PORT=.\(.*\).$/\1/p" "$dir/env")"
  run_kdc "$dir" "$port" || die "krb5kdc did not start again on port $port (see $dir/kdc.log)."
}

cmd_stop() {
  local dir="${1:-}"
  [ -n "$dir" ] || die "usage: realm.sh stop <dir>"
  [ -f "$dir/kdc.pid" ] || return 0
  local pid
  pid="$(cat "$dir/kdc.pid")"
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/kdc.pid"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  restart) shift; cmd_restart "$@" ;;
  env) cat "${2:?usage: realm.sh env <dir>}/env" ;;
  *) die "usage: realm.sh start <dir> [port] | stop <dir> | env <dir>" ;;
esac
