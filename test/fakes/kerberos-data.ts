/**
 * Typed builders for the Kerberos data the app passes around (tickets, klist listings, refresh
 * results), shared by the main-process tests and the renderer tests. Only types are imported, and
 * nothing from Node, so the renderer's tsconfig compiles this file too.
 *
 * Defaults describe dyork's ordinary Windows logon session; a test passes in `extra` every value it
 * relies on that differs.
 */
import type { KlistListing, RefreshResult, RefreshScope, Ticket } from '../../core/kerberos/types';

const HOUR = 3_600_000;

/** A ticket for `server` that started two hours before `now` and ends `endInMs` after it. */
export function ticketOf(
  server: string,
  endInMs: number,
  extra: Partial<Ticket> = {},
  now: number = Date.now(),
): Ticket {
  return {
    client: 'dyork@CONTOSO.COM',
    server,
    isTgt: server.startsWith('krbtgt/'),
    encryptionType: 'AES-256-CTS-HMAC-SHA1-96',
    sessionKeyType: 'AES-256-CTS-HMAC-SHA1-96',
    flags: ['forwardable', 'renewable', 'pre_authent', 'name_canonicalize'],
    flagsHex: '0x40a50000',
    startTime: new Date(now - 2 * HOUR).toISOString(),
    endTime: new Date(now + endInMs).toISOString(),
    renewUntil: new Date(now + 7 * 24 * HOUR).toISOString(),
    cacheFlags: [],
    kdcCalled: 'DC01.contoso.com',
    ...extra,
  };
}

/** A complete Windows listing of logon session 0:0x11b5a5 holding `tickets`. */
export function listingOf(tickets: Ticket[], extra: Partial<KlistListing> = {}): KlistListing {
  return {
    kind: 'windows',
    logonId: '0:0x11b5a5',
    cache: null,
    principal: null,
    complete: true,
    error: null,
    tickets,
    ...extra,
  };
}

/**
 * A successful Windows refresh of `scope` that removed and acquired nothing, started and finished
 * now. `caveats` is empty by default so that a view test sees only the caveats it passes in.
 */
export function refreshResultOf(
  scope: RefreshScope,
  extra: Partial<RefreshResult> = {},
): RefreshResult {
  return {
    scope,
    outcome: 'refreshed',
    ok: true,
    message:
      scope === 'user'
        ? { id: 'krb.result.user.refreshedNoClient', values: { removed: 0 } }
        : { id: 'krb.result.computer.refreshed.windows' },
    removed: [],
    acquired: [],
    failed: [],
    error: null,
    after: null,
    startedAt: new Date().toISOString(),
    finishedAt: new Date().toISOString(),
    caveats: [],
    ...extra,
  };
}
