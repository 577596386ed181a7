/**
 * Windows klist failures: the NTSTATUS of `klist failed with 0xc000005f/-1073741729[: message]` and
 * the substatus of `Error calling API LsaCallAuthenticationPackage (... substatus): 0x51f` turned
 * into a KerberosError with a clear English sentence. The words around the codes are translated
 * on non-English Windows; the codes are not, so only the codes are read.
 */
import type { KerberosError, KerberosErrorCode } from '../types';

interface Reading {
  code: KerberosErrorCode;
  message: string;
}

const NO_LOGON_SESSION: Reading = {
  code: 'no-logon-session',
  message:
    'Windows says the logon session whose tickets were asked for does not exist (it may have ' +
    'ended, or this session signed in without Kerberos). Sign out and sign in again with your ' +
    'domain account, then try again.',
};

const ACCESS_DENIED: Reading = {
  code: 'access-denied',
  message:
    "Windows denied access to these Kerberos tickets. The computer's tickets can only be read " +
    'or purged with administrator rights: run it as administrator, or accept the prompt when ' +
    "Regroup asks for approval for the computer's tickets.",
};

const NO_LOGON_SERVERS: Reading = {
  code: 'kdc-unreachable',
  message:
    'No domain controller could be reached, so Windows could not get a Kerberos ticket. ' +
    'Connect to the corporate network or VPN, then try again.',
};

const ETYPE_NOT_SUPPORTED: Reading = {
  code: 'kdc-error',
  message:
    'The domain controller refused the ticket because it does not support the requested ' +
    'encryption type. Ask your IT help desk to check the encryption types allowed for this ' +
    'account or service.',
};

const UNKNOWN_SERVICE: Reading = {
  code: 'kdc-error',
  message:
    'The domain controller does not know the requested service name (SPN). Check the name, or ' +
    'ask your IT help desk to register it.',
};

const CLOCK_SKEW: Reading = {
  code: 'kdc-error',
  message:
    "This computer's clock differs too much from the domain controller's. Synchronise the time " +
    '(Settings > Time & language > Sync now), then try again.',
};

const NO_CREDENTIALS: Reading = {
  code: 'no-credentials',
  message:
    'Windows has no Kerberos credentials for this session (for example after signing in with a ' +
    'local account or cached credentials while offline). Lock and unlock the computer, or sign ' +
    'out and in, while connected to the corporate network, then try again.',
};

const NO_SUCH_DOMAIN: Reading = {
  code: 'not-in-domain',
  message:
    'Windows could not find the Kerberos domain. If this computer is joined to a domain, ' +
    'connect to the corporate network or VPN and try again; otherwise Regroup has nothing to ' +
    'refresh here.',
};

const LOGON_FAILURE: Reading = {
  code: 'kdc-error',
  message:
    'The domain controller rejected the account (wrong password, or the account is locked, ' +
    'disabled or expired). Sign out and in with your current password, or ask your IT help desk.',
};

const ACCOUNT_LOCKED: Reading = {
  code: 'kdc-error',
  message:
    'The domain controller says the account is locked out. Wait for it to unlock or ask your IT ' +
    'help desk to unlock it, then try again.',
};

const ACCOUNT_DISABLED: Reading = {
  code: 'kdc-error',
  message: 'The domain controller says the account is disabled or expired. Ask your IT help desk.',
};

const PASSWORD_EXPIRED: Reading = {
  code: 'kdc-error',
  message:
    'The domain controller says the password has expired. Change your password (Ctrl+Alt+Del > ' +
    'Change a password), then try again.',
};

const KDC_REFUSED: Reading = {
  code: 'kdc-error',
  message:
    'The domain controller refused the Kerberos request. Try again; if it keeps failing, give ' +
    'the details to your IT help desk.',
};

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

const hex = (n: number): string => `0x${(n >>> 0).toString(16)}`;

/**
 * The KerberosError for a failed klist run. The NTSTATUS decides when it is known, then the
 * substatus; anything else is `klist-failed`. `detail` keeps klist's own words.
 */
export function windowsKlistError(
  ntStatus: number | null,
  subStatus: number | null,
  detail: string,
): KerberosError {
  const reading =
    (ntStatus === null ? undefined : NTSTATUS.get(ntStatus >>> 0)) ??
    (subStatus === null ? undefined : SUBSTATUS.get(subStatus >>> 0));
  if (reading) return { code: reading.code, message: reading.message, detail };
  const shown = [ntStatus, subStatus].filter((n): n is number => n !== null).map(hex);
  return {
    code: 'klist-failed',
    message:
      `klist failed with an error Regroup does not recognise${shown.length ? ` (${shown.join(', ')})` : ''}. ` +
      'Try again; if it keeps failing, give the details to your IT help desk.',
    detail,
  };
}
