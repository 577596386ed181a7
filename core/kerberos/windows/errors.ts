/**
 * Windows klist failures: the NTSTATUS of `klist failed with 0xc000005f/-1073741729[: message]` and
 * the substatus of `Error calling API LsaCallAuthenticationPackage (... substatus): 0x51f` turned
 * into a KerberosError whose sentence is a catalogue message (`krb.windows.*`). The words around
 * the codes are translated on non-English Windows; the codes are not, so only the codes are read.
 * klist's own lines stay in `detail` for the help desk.
 */
import { msg, type Message } from '../../i18n/message';
import { exitCodeText, windowsStatusText } from '../../process/exit-codes';
import type { KerberosError, KerberosErrorCode } from '../types';

interface Reading {
  code: KerberosErrorCode;
  message: Message;
}

const reading = (code: KerberosErrorCode, message: Message): Reading => ({ code, message });

const NO_LOGON_SESSION = reading('no-logon-session', msg('krb.windows.noLogonSession'));
const ACCESS_DENIED = reading('access-denied', msg('krb.windows.accessDenied'));
const NO_LOGON_SERVERS = reading('kdc-unreachable', msg('krb.windows.noLogonServers'));
const ETYPE_NOT_SUPPORTED = reading('kdc-error', msg('krb.windows.etypeNotSupported'));
const UNKNOWN_SERVICE = reading('kdc-error', msg('krb.windows.unknownService'));
const CLOCK_SKEW = reading('kdc-error', msg('krb.windows.clockSkew'));
const NO_CREDENTIALS = reading('no-credentials', msg('krb.windows.noCredentials'));
const NO_SUCH_DOMAIN = reading('not-in-domain', msg('krb.windows.noSuchDomain'));
const LOGON_FAILURE = reading('kdc-error', msg('krb.windows.logonFailure'));
const ACCOUNT_LOCKED = reading('kdc-error', msg('krb.windows.accountLocked'));
const ACCOUNT_DISABLED = reading('kdc-error', msg('krb.windows.accountDisabled'));
const PASSWORD_EXPIRED = reading('kdc-error', msg('krb.windows.passwordExpired'));
const KDC_REFUSED = reading('kdc-error', msg('krb.windows.kdcRefused'));

/** NTSTATUS codes from the `klist failed with 0x.../-...` line. */
const NTSTATUS: ReadonlyMap<number, Reading> = new Map([
  [0xc000005f, NO_LOGON_SESSION], // STATUS_NO_SUCH_LOGON_SESSION
  [0xc0000022, ACCESS_DENIED], // STATUS_ACCESS_DENIED
  [0xc0000061, ACCESS_DENIED], // STATUS_PRIVILEGE_NOT_HELD
  [0xc000005e, NO_LOGON_SERVERS], // STATUS_NO_LOGON_SERVERS
  [0xc00002fd, ETYPE_NOT_SUPPORTED], // STATUS_KDC_UNKNOWN_ETYPE
  [0xc000018b, UNKNOWN_SERVICE], // STATUS_NO_TRUST_SAM_ACCOUNT (KDC_ERR_S_PRINCIPAL_UNKNOWN)
  [0xc0000133, CLOCK_SKEW], // STATUS_TIME_DIFFERENCE_AT_DC
  [0xc0000225, NO_CREDENTIALS], // STATUS_NOT_FOUND
  [0xc00000df, NO_SUCH_DOMAIN], // STATUS_NO_SUCH_DOMAIN
  [0xc000006d, LOGON_FAILURE], // STATUS_LOGON_FAILURE
  [0xc000006a, LOGON_FAILURE], // STATUS_WRONG_PASSWORD
  [0xc0000064, LOGON_FAILURE], // STATUS_NO_SUCH_USER
  [0xc0000234, ACCOUNT_LOCKED], // STATUS_ACCOUNT_LOCKED_OUT
  [0xc0000072, ACCOUNT_DISABLED], // STATUS_ACCOUNT_DISABLED
  [0xc0000193, ACCOUNT_DISABLED], // STATUS_ACCOUNT_EXPIRED
  [0xc0000071, PASSWORD_EXPIRED], // STATUS_PASSWORD_EXPIRED
  [0xc0000224, PASSWORD_EXPIRED], // STATUS_PASSWORD_MUST_CHANGE
  [0xc0000413, KDC_REFUSED], // STATUS_AUTHENTICATION_FIREWALL_FAILED
  [0xc0000388, KDC_REFUSED], // STATUS_DOWNGRADE_DETECTED
]);

/** Win32 errors and SSPI HRESULTs printed as the substatus. */
const SUBSTATUS: ReadonlyMap<number, Reading> = new Map([
  [1312, NO_LOGON_SESSION], // ERROR_NO_SUCH_LOGON_SESSION (0x520)
  [5, ACCESS_DENIED], // ERROR_ACCESS_DENIED
  [1314, ACCESS_DENIED], // ERROR_PRIVILEGE_NOT_HELD
  [1311, NO_LOGON_SERVERS], // ERROR_NO_LOGON_SERVERS (0x51f)
  [0x80090311, NO_LOGON_SERVERS], // SEC_E_NO_AUTHENTICATING_AUTHORITY
  [0x80090342, ETYPE_NOT_SUPPORTED], // SEC_E_ETYPE_NOT_SUPP
  [1787, UNKNOWN_SERVICE], // ERROR_NO_TRUST_SAM_ACCOUNT (0x6fb)
  [0x80090303, UNKNOWN_SERVICE], // SEC_E_TARGET_UNKNOWN
  [1398, CLOCK_SKEW], // ERROR_TIME_SKEW
  [0x80090324, CLOCK_SKEW], // SEC_E_TIME_SKEW
  [0x8009030e, NO_CREDENTIALS], // SEC_E_NO_CREDENTIALS
  [1168, NO_CREDENTIALS], // ERROR_NOT_FOUND
  [1355, NO_SUCH_DOMAIN], // ERROR_NO_SUCH_DOMAIN
  [1326, LOGON_FAILURE], // ERROR_LOGON_FAILURE
  [1909, ACCOUNT_LOCKED], // ERROR_ACCOUNT_LOCKED_OUT
  [1331, ACCOUNT_DISABLED], // ERROR_ACCOUNT_DISABLED
  [1793, ACCOUNT_DISABLED], // ERROR_ACCOUNT_EXPIRED
  [1330, PASSWORD_EXPIRED], // ERROR_PASSWORD_EXPIRED
  [1907, PASSWORD_EXPIRED], // ERROR_PASSWORD_MUST_CHANGE
]);

/**
 * The KerberosError for a failed klist run. The NTSTATUS decides when it is known, then the
 * substatus; anything else is `klist-failed`, naming the codes. `detail` keeps klist's own words.
 */
export function windowsKlistError(
  ntStatus: number | null,
  subStatus: number | null,
  detail: string,
): KerberosError {
  const known =
    (ntStatus === null ? undefined : NTSTATUS.get(ntStatus >>> 0)) ??
    (subStatus === null ? undefined : SUBSTATUS.get(subStatus >>> 0));
  if (known) return { code: known.code, message: known.message, detail };
  const shown = [
    ...(ntStatus === null ? [] : [windowsStatusText(ntStatus)]),
    // A Win32 error (1312) stays decimal, as Windows documents it; an HRESULT is hex.
    ...(subStatus === null ? [] : [exitCodeText(subStatus)]),
  ];
  return {
    code: 'klist-failed',
    message: shown.length
      ? msg('krb.windows.unrecognisedCode', { codes: shown.join(', ') })
      : msg('krb.windows.unrecognised'),
    detail,
  };
}
