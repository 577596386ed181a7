/**
 * The data model of the Kerberos core. Every parser, the CLI's `--json` output, the IPC contract and
 * the renderer speak these types. No runtime code here: the renderer imports this file type-only.
 *
 * Sentences for a person are `Message`s (an ID from the catalogue and its values), never text:
 * the edge that shows them formats them in the person's language (the CLI's `--json` writes the
 * formatted text in their place).
 */
import type { Message } from '../i18n/message';

/** Which klist printed the text; `unknown` for text no reader recognised. */
export type KlistKind = 'windows' | 'mit' | 'heimdal' | 'unknown';

/** One cached Kerberos ticket. Times are ISO 8601 with an offset (or `Z`). */
export interface Ticket {
  /** `alice@EXAMPLE.COM` (Windows' spaces around `@` removed). May be `@` or empty for broken tickets. */
  client: string;
  /** `krbtgt/EXAMPLE.COM@EXAMPLE.COM`, `cifs/fs1.example.com@EXAMPLE.COM` ... */
  server: string;
  /** True for a ticket-granting ticket (`krbtgt/...`). */
  isTgt: boolean;
  /** The ticket's encryption type as klist names it (`AES-256-CTS-HMAC-SHA1-96`, `aes256-cts-hmac-sha1-96`). */
  encryptionType: string | null;
  /** The session key's encryption type. */
  sessionKeyType: string | null;
  /** Flag names in Windows' spelling: forwardable, forwarded, proxiable, proxy, may_postdate,
   * postdated, invalid, renewable, initial, pre_authent, hw_authent, ok_as_delegate,
   * name_canonicalize, reserved, anonymous, transited_policy_checked... Unknown bits as `0x20000`. */
  flags: string[];
  /** The flag word as Windows prints it (`0x40e10000`); null where klist does not print it. */
  flagsHex: string | null;
  startTime: string;
  /** Null only where klist hides it (Heimdal's `>>>Expired<<<`; then `expired` is true). */
  endTime: string | null;
  renewUntil: string | null;
  /** Windows cache flags (`PRIMARY`, `DELEGATION`, `ASC` ...); empty elsewhere. */
  cacheFlags: string[];
  /** Windows `Kdc Called`; null where absent or empty. */
  kdcCalled: string | null;
  /** True when klist itself marks the ticket expired (Heimdal). Computed views use `endTime`. */
  expired?: boolean;
  /** MIT/Heimdal with several caches (`klist -A`): the cache this ticket is in. */
  cache?: string | null;
}

/** A failure reported by klist itself, or by the code that ran it. */
export interface KerberosError {
  code: KerberosErrorCode;
  /** A clear sentence for a person, with what to do next. */
  message: Message;
  /** The tool's own words, for help desks (may be empty). */
  detail?: string;
}

export type KerberosErrorCode =
  /** klist (or kinit, kdestroy) is not installed or not where it must be. */
  | 'klist-missing'
  /** The tool did not answer in time and was stopped. */
  | 'timeout'
  /** The tool exited non-zero with no more specific reading. */
  | 'klist-failed'
  /** The tool printed nothing at all. */
  | 'empty-output'
  /** The text is not klist output Regroup can read. */
  | 'unreadable-output'
  /** No ticket cache / no credentials (MIT "No credentials cache found"). */
  | 'no-credentials'
  /** Windows: the logon session does not exist (0xc000005f). */
  | 'no-logon-session'
  /** Windows: access denied (0xc0000022), e.g. listing the computer's tickets without elevation. */
  | 'access-denied'
  /** No KDC of the realm could be reached. */
  | 'kdc-unreachable'
  /** This computer's clock is more than 4 minutes from the KDC's (Kerberos refuses beyond 5). */
  | 'clock-skew'
  /** This computer or account is not in a Kerberos realm / domain. */
  | 'not-in-domain'
  /** The KDC refused the request (unknown principal, encryption type not supported ...). */
  | 'kdc-error'
  /** The person declined the administrator prompt (UAC / sudo / polkit). */
  | 'elevation-declined'
  /** The elevation itself failed (no polkit agent, a prompt that could not start, a step that exited non-zero). */
  | 'elevation-failed'
  /** A password is needed (MIT/Heimdal user refresh) and none was given. */
  | 'password-required'
  /** The KDC rejected the password. */
  | 'wrong-password'
  /** There is no host keytab, so the computer's tickets cannot be refreshed here. */
  | 'no-host-keytab'
  /** Another refresh is already running. */
  | 'busy'
  /** Not available on this operating system. */
  | 'unsupported-platform'
  /** The computer's cache path is not a root-owned regular file (someone else placed it there). */
  | 'cache-not-trusted';

/** What one klist listing says. This is the `--json` shape of `regroup list` and `regroup parse`. */
export interface KlistListing {
  kind: KlistKind;
  /** Windows: the session listed ("Targeted LogonId" when present, else "Current"), `0:0x3e7`. */
  logonId: string | null;
  /** MIT/Heimdal: the (first / default) credentials cache, `FILE:/tmp/krb5cc_1000`. */
  cache: string | null;
  /** MIT/Heimdal: the cache's default principal. */
  principal: string | null;
  /** False when the output was cut (fewer tickets than its count, a ticket cut mid-way). */
  complete: boolean;
  error: KerberosError | null;
  tickets: Ticket[];
  /** MIT `klist -A` / Heimdal `klist -A`: every cache shown, in order. */
  caches?: CacheInfo[];
}

export interface CacheInfo {
  cache: string;
  principal: string | null;
  /** True for the default cache (the first one `klist -A` prints). */
  isDefault: boolean;
}

/** The outcome of a refresh, as the window and `regroup refresh --json` report it. */
export type RefreshOutcome =
  /** Tickets purged and a fresh TGT obtained. */
  | 'refreshed'
  /** Purged, but something did not come back (TGT or some service tickets). */
  | 'partial'
  /** Nothing was changed (the error says why). */
  | 'failed'
  /** The person declined the administrator prompt; nothing was changed. */
  | 'declined'
  /** The pre-flight found no reachable KDC; nothing was purged. */
  | 'offline';

export type RefreshScope = 'user' | 'computer';

/** A ticket (or step) a refresh could not get back, with why: a code for scripts, words for people. */
export interface RefreshFailure {
  server: string;
  message: Message;
  /** Set when the failure is a KerberosError (a script can tell a KDC that is down from others). */
  code?: KerberosErrorCode;
  /** The tool's own words, for the help desk. */
  detail?: string;
}

export interface RefreshResult {
  scope: RefreshScope;
  outcome: RefreshOutcome;
  ok: boolean;
  /** One plain sentence for the person. */
  message: Message;
  /** Tickets that were in the cache before and were purged. */
  removed: Ticket[];
  /** Tickets present after the refresh that were obtained by it (start time after the purge). */
  acquired: Ticket[];
  /** What could not be re-acquired, with why. */
  failed: RefreshFailure[];
  error: KerberosError | null;
  /** The listing after the refresh (null when it could not be read). */
  after: KlistListing | null;
  /** When the refresh started and ended (ISO 8601). */
  startedAt: string;
  finishedAt: string;
  /** What this refresh does and does not reach: always present so nobody is misled. */
  caveats: Message[];
}
