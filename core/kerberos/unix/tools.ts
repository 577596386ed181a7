/**
 * The MIT / Heimdal command-line tools Regroup runs on Linux and macOS, the exact argument lists
 * it uses, and how their error messages become clear sentences. No process is started here.
 *
 * Verified against MIT krb5 1.20 and Heimdal 7.8 (see test/system/realm-*.test.ts):
 * - MIT `kinit` reads the password from standard input when it is not a terminal; Heimdal needs
 *   `--password-file=STDIN`. Either way the password never appears in argv.
 * - MIT `klist` prints expired tickets like valid ones and exits 0; `klist -A` prints nothing and
 *   exits 1 when the default FILE cache is missing (plain `klist` then says why).
 * - MIT `kvno` stores the service ticket in the cache; Heimdal's `kvno` does not, `kgetcred` does.
 * - A failed `kinit -c CACHE` (wrong password, no KDC) leaves CACHE as it was.
 */
import type { KerberosError } from '../types';

export type UnixKind = 'mit' | 'heimdal';

export interface UnixToolPaths {
  klist: string;
  kinit: string;
  kdestroy: string;
  /** MIT `kvno` or Heimdal `kgetcred`: fetches one service ticket into a cache. */
  getServiceTicket: string;
}

/** Tool names looked up in PATH when no path is configured. */
export function defaultToolPaths(kind: UnixKind): UnixToolPaths {
  return {
    klist: 'klist',
    kinit: 'kinit',
    kdestroy: 'kdestroy',
    getServiceTicket: kind === 'mit' ? 'kvno' : 'kgetcred',
  };
}

/** `klist` arguments for listing every cache (the default one first). Never `tgt`-like options. */
export function listArgs(kind: UnixKind): string[] {
  return kind === 'mit' ? ['-A', '-f', '-e'] : ['-A', '-v'];
}

/** `klist` arguments for the default cache alone (used when `-A` printed nothing, to learn why). */
export function listDefaultArgs(kind: UnixKind, cache?: string): string[] {
  const base = kind === 'mit' ? ['-f', '-e'] : ['-v'];
  return cache ? [...base, '-c', cache] : base;
}

/** `kinit` with the password on standard input, into `cache`, for `principal`. */
export function kinitPasswordArgs(kind: UnixKind, cache: string, principal: string): string[] {
  return kind === 'mit'
    ? ['-c', cache, principal]
    : ['--password-file=STDIN', '-c', cache, principal];
}

/** `kinit` from a keytab, into `cache`, for `principal`. */
export function kinitKeytabArgs(cache: string, keytab: string, principal: string): string[] {
  return ['-k', '-t', keytab, '-c', cache, principal];
}

/** Fetch one service ticket into `cache` (MIT `kvno` and Heimdal `kgetcred` take the same options). */
export function serviceTicketArgs(cache: string, server: string): string[] {
  return ['-c', cache, server];
}

/** The name to ask the KDC for: a referral name printed as `svc/host@` is asked for without realm. */
export function requestableServer(server: string): string {
  return server.endsWith('@') ? server.slice(0, -1) : server;
}

const PATTERNS: Array<{
  test: RegExp;
  code: KerberosError['code'];
  message: (p: string) => string;
}> = [
  {
    test: /password incorrect|preauthentication failed|decrypt integrity check failed|integrity check on decrypted field failed/i,
    code: 'wrong-password',
    message: (p) =>
      `The password for ${p} was not accepted, so your tickets were left as they are. ` +
      'Check the password (and Caps Lock) and try again.',
  },
  {
    test: /cannot contact any kdc|cannot find kdc|unable to reach any kdc|no kdc|cannot resolve network address for kdc|connection refused/i,
    code: 'kdc-unreachable',
    message: () =>
      'No domain controller (KDC) of your realm answered, so your tickets were left as they are. ' +
      'Connect to the corporate network or VPN and try again.',
  },
  {
    test: /password has expired|password expired/i,
    code: 'kdc-error',
    message: (p) =>
      `The password of ${p} has expired, so no new ticket was issued and your tickets were left as they are. ` +
      "Change your password (kpasswd, or your organisation's password page), then refresh again.",
  },
  {
    test: /credentials have been revoked|account (?:is )?(?:locked|disabled)|clients credentials have been revoked/i,
    code: 'kdc-error',
    message: (p) =>
      `The domain refused ${p}: the account is locked or disabled. Your tickets were left as they are; ` +
      'ask your IT help desk to unlock the account.',
  },
  {
    test: /not found in kerberos database|client not found|client_not_found|principal unknown/i,
    code: 'kdc-error',
    message: (p) =>
      `The domain does not know ${p}. Your tickets were left as they are; check the account name, ` +
      'or ask your IT help desk.',
  },
  {
    test: /key table|keytab/i,
    code: 'kdc-error',
    message: (p) =>
      `The keytab could not be used to sign in ${p}. Your tickets were left as they are; check that the ` +
      'keytab exists, is readable and holds a current key for this principal.',
  },
  {
    test: /clock skew/i,
    code: 'kdc-error',
    message: () =>
      "This computer's clock differs too much from the domain controller's, so no ticket was issued. " +
      'Your tickets were left as they are; correct the clock (enable time synchronisation) and try again.',
  },
];

/** Turns a failed `kinit` into a clear sentence with a next step. `principal` may be empty. */
export function classifyKinitFailure(output: string, principal: string): KerberosError {
  const who = principal || 'your account';
  const detail = output.replace(/^Password for [^\n]*: ?/gim, '').trim();
  for (const p of PATTERNS) {
    if (p.test.test(detail)) return { code: p.code, message: p.message(who), detail };
  }
  return {
    code: 'kdc-error',
    message:
      `No new ticket could be obtained for ${who}; your tickets were left as they are. ` +
      'Try again; if it keeps failing, give the details to your IT help desk.',
    detail,
  };
}

/** Turns a failed service-ticket request into a short reason for the `failed` list. */
export function classifyServiceFailure(output: string): string {
  const detail = output.trim();
  if (
    /not found in kerberos database|server not found|looking_up_server|unknown server|principal unknown/i.test(
      detail,
    )
  ) {
    return 'The domain no longer knows this service, so its ticket could not be fetched again.';
  }
  if (PATTERNS[1]?.test.test(detail)) {
    return 'No domain controller answered while fetching this ticket; it is fetched again on next use.';
  }
  return `This ticket could not be fetched again (${detail.split('\n').pop() ?? 'no reason given'}); it is fetched again on next use.`;
}
