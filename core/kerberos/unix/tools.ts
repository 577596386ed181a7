/**
 * The MIT / Heimdal command-line tools Regroup runs on Linux and macOS, the exact argument lists
 * it uses, and how their error messages become Messages (kinit's own words stay as the detail).
 * No process is started here.
 *
 * Verified against MIT krb5 1.20 and Heimdal 7.8 (see test/system/realm-*.test.ts):
 * - MIT `kinit` reads the password from standard input when it is not a terminal; Heimdal needs
 *   `--password-file=STDIN`. Either way the password never appears in argv.
 * - MIT `klist` prints expired tickets like valid ones and exits 0; `klist -A` prints nothing and
 *   exits 1 when the default FILE cache is missing (plain `klist` then says why).
 * - MIT `kvno` stores the service ticket in the cache; Heimdal's `kvno` does not, `kgetcred` does.
 * - A failed `kinit -c CACHE` (wrong password, no KDC) leaves CACHE as it was.
 */
import type { MessageId } from '../../i18n/catalogue';
import { msg, type Message, type MessageValues } from '../../i18n/message';
import type { KerberosError, KerberosErrorCode } from '../types';

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

/**
 * `kinit` with the password on standard input, for `principal`, into `cache`, or into the default
 * cache (`KRB5CCNAME`, else krb5.conf's) when `cache` is null: the first sign-in of a person who
 * has no cache yet.
 */
export function kinitPasswordArgs(
  kind: UnixKind,
  cache: string | null,
  principal: string,
): string[] {
  const into = cache === null ? [] : ['-c', cache];
  return kind === 'mit' ? [...into, principal] : ['--password-file=STDIN', ...into, principal];
}

/** `kinit` from a keytab, for `principal`, into `cache` (the default cache when null). */
export function kinitKeytabArgs(cache: string | null, keytab: string, principal: string): string[] {
  return ['-k', '-t', keytab, ...(cache === null ? [] : ['-c', cache]), principal];
}

/** Fetch one service ticket into `cache` (MIT `kvno` and Heimdal `kgetcred` take the same options). */
export function serviceTicketArgs(cache: string, server: string): string[] {
  return ['-c', cache, server];
}

/** kinit, kvno and kgetcred: no KDC of the realm answered (MIT and Heimdal wording). */
const KDC_UNREACHABLE =
  /cannot contact any kdc|cannot find kdc|unable to reach any kdc|no kdc|cannot resolve network address for kdc|connection refused/i;

/** The name to ask the KDC for: a referral name printed as `svc/host@` is asked for without realm. */
export function requestableServer(server: string): string {
  return server.endsWith('@') ? server.slice(0, -1) : server;
}

/** The password change command the expired-password sentence names. */
const PASSWORD_CHANGE_COMMAND = 'kpasswd';

/**
 * What kinit says, read into the error Regroup reports (the same for MIT and Heimdal).
 *
 * kinit prints no error number, only the text of its com_err code: MIT as
 * `kinit: <text> while getting initial credentials` (LC_ALL=C, so the English table), Heimdal as
 * `kinit: krb5_get_init_creds: <text or code name>`. Each reading names the com_err code whose
 * text it matches; the code found is added to the help desk's detail, so a ticket can be looked
 * up by its code whatever the wording of the tool's version.
 */
const KINIT_READINGS: Array<{
  comErr: string;
  test: RegExp;
  code: KerberosErrorCode;
  id: MessageId;
  extra?: MessageValues;
}> = [
  // MIT kinit words KRB5KDC_ERR_PREAUTH_FAILED as "Password incorrect" (its table: "Preauthentication
  // failed"); Heimdal as "Password incorrect" too.
  {
    comErr: 'KRB5KDC_ERR_PREAUTH_FAILED',
    test: /password incorrect|preauthentication failed/i,
    code: 'wrong-password',
    id: 'unix.kinit.wrongPassword',
  },
  // A KDC that does not ask for pre-authentication: the reply cannot be decrypted with the password.
  {
    comErr: 'KRB5KRB_AP_ERR_BAD_INTEGRITY',
    test: /decrypt integrity check failed|integrity check on decrypted field failed/i,
    code: 'wrong-password',
    id: 'unix.kinit.wrongPassword',
  },
  {
    comErr: 'KRB5_KDC_UNREACH',
    test: /cannot contact any kdc|unable to reach any kdc|no kdc|connection refused/i,
    code: 'kdc-unreachable',
    id: 'unix.kinit.kdcUnreachable',
  },
  {
    comErr: 'KRB5_REALM_UNKNOWN',
    test: /cannot find kdc|cannot resolve network address for kdc/i,
    code: 'kdc-unreachable',
    id: 'unix.kinit.kdcUnreachable',
  },
  {
    comErr: 'KRB5KDC_ERR_KEY_EXP',
    test: /password has expired|password expired/i,
    code: 'kdc-error',
    id: 'unix.kinit.passwordExpired',
    extra: { command: PASSWORD_CHANGE_COMMAND },
  },
  {
    comErr: 'KRB5KDC_ERR_CLIENT_REVOKED',
    test: /credentials have been revoked|account (?:is )?(?:locked|disabled)/i,
    code: 'kdc-error',
    id: 'unix.kinit.accountLocked',
  },
  // MIT: "Client '...' not found in Kerberos database"; Heimdal: the code name CLIENT_NOT_FOUND.
  {
    comErr: 'KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN',
    test: /not found in kerberos database|client not found|client_not_found|principal unknown/i,
    code: 'kdc-error',
    id: 'unix.kinit.unknownPrincipal',
  },
  // "Key table file '...' not found", "Keytab contains no suitable keys for ...".
  {
    comErr: 'KRB5_KT_NOTFOUND',
    test: /key table|keytab/i,
    code: 'kdc-error',
    id: 'unix.kinit.keytabUnusable',
  },
  {
    comErr: 'KRB5KRB_AP_ERR_SKEW',
    test: /clock skew/i,
    code: 'kdc-error',
    id: 'unix.kinit.clockSkew',
  },
];

/**
 * Whom kinit was signing in, as the sentences name it: a principal (`alice@EXAMPLE.COM`), the
 * computer's own account (`null`: `kinit -k` chose the host principal), or nobody known (`''`).
 */
function subjectValues(principal: string | null): MessageValues {
  const subject = principal === null ? 'computer' : principal ? 'named' : 'unnamed';
  return { subject, principal: principal ?? '' };
}

/**
 * Turns a failed `kinit` into a sentence with a next step; kinit's words (without the password
 * prompt) are the detail. `principal`: see {@link subjectValues}.
 */
export function classifyKinitFailure(output: string, principal: string | null): KerberosError {
  const values = subjectValues(principal);
  const detail = output.replace(/^Password for [^\n]*: ?/gim, '').trim();
  for (const reading of KINIT_READINGS) {
    if (reading.test.test(detail)) {
      return {
        code: reading.code,
        message: msg(reading.id, { ...values, ...reading.extra }),
        detail: `${detail}\n(${reading.comErr})`,
      };
    }
  }
  return { code: 'kdc-error', message: msg('unix.kinit.failed', values), detail };
}

/**
 * Turns a failed service-ticket request into a short reason for the `failed` list. A failed entry
 * has no detail of its own, so the tool's last line is part of the general sentence.
 */
export function classifyServiceFailure(output: string): Message {
  const detail = output.trim();
  if (
    /not found in kerberos database|server not found|looking_up_server|unknown server|principal unknown/i.test(
      detail,
    )
  ) {
    return msg('unix.service.unknown');
  }
  if (KDC_UNREACHABLE.test(detail)) return msg('unix.service.kdcUnreachable');
  const reason = detail.split('\n').pop()?.trim() ?? '';
  return reason ? msg('unix.service.failed', { reason }) : msg('unix.service.failedNoReason');
}
