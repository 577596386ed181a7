/**
 * Builds the diagnosis report (types.ts) for `regroup diagnose` and the window's "Copy
 * diagnostics": one function, so both give the help desk the same facts.
 *
 * Order: the ticket listing first (it names the principal and realm), then the KDC search and the
 * group views side by side, then the KDC's clock (kdc-clock.ts) at the KDC that answered. Each
 * probe runs inside `section()`: whatever it throws becomes that section's problem (a sentence and
 * the detail), and the report is still complete. Nothing here changes the ticket cache.
 */
import { realmOf } from '../kerberos/principal';
import os from 'node:os';
import { msg, type Message } from '../i18n/message';
import type { GroupsReport, Verdict } from '../groups/types';
import { clockSkewError, SKEW_LIMIT_MS } from '../kerberos/clock-skew';
import { readKdcClock, type KdcClockReading } from '../kerberos/kdc-clock';
import { checkKdcReachable, type KdcAddress, type PreflightResult } from '../kerberos/preflight';
import type { KerberosService } from '../kerberos/service';
import type { KlistListing, RefreshResult, Ticket } from '../kerberos/types';
import { readKdcHosts } from '../kerberos/unix/krb5-conf';
import { DIAGNOSIS_FORMAT, type DiagnosedTicket, type Diagnosis, type Section } from './types';

export interface LastRefresh {
  result: RefreshResult;
  verdict: Verdict | null;
}

export interface DiagnoserOptions {
  service: KerberosService;
  /** Reads the three group views; absent where group insight is not wired. */
  groups?: () => Promise<GroupsReport>;
  /**
   * The last refresh this process ran (the app remembers it); absent where nothing is kept
   * (the command line), null when none has run yet.
   */
  lastRefresh?: () => LastRefresh | null;
  version: string;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
  system?: () => { os: string; release: string; arch: string; computer: string };
  /** Finds a KDC of the realm that answers (default: the pre-flight's search). */
  findKdc?: (realm: string) => Promise<PreflightResult>;
  clock?: (kdc: KdcAddress, realm: string) => Promise<KdcClockReading>;
}

export interface Diagnoser {
  diagnose(): Promise<Diagnosis>;
}

/** A probe's answer, or its failure as a section problem: the report never dies on one probe. */
async function section<T>(probe: () => Promise<Section<T>>): Promise<Section<T>> {
  try {
    return await probe();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: msg('cli.diagnose.probeFailed'), detail };
  }
}

const failed = (
  problem: Message,
  detail?: string,
): { ok: false; problem: Message; detail?: string } =>
  detail ? { ok: false, problem, detail } : { ok: false, problem };

/** Only what the help desk needs of a ticket; listed field by field so nothing else slips in. */
const diagnosedTicket = (t: Ticket): DiagnosedTicket => ({
  client: t.client,
  server: t.server,
  isTgt: t.isTgt,
  encryptionType: t.encryptionType,
  sessionKeyType: t.sessionKeyType,
  flags: t.flags,
  startTime: t.startTime,
  endTime: t.endTime,
  renewUntil: t.renewUntil,
  kdcCalled: t.kdcCalled,
  cacheFlags: t.cacheFlags,
  cache: t.cache ?? null,
});

function defaultSystem() {
  return { os: os.type(), release: os.release(), arch: os.arch(), computer: os.hostname() };
}

export function createDiagnoser(options: DiagnoserOptions): Diagnoser {
  const now = options.now ?? (() => new Date());
  const { env, platform } = options;
  const windows = platform === 'win32';
  const findKdc =
    options.findKdc ??
    (async (realm: string) =>
      checkKdcReachable(
        realm,
        windows
          ? { logonServer: env.LOGONSERVER }
          : { configuredKdcs: await readKdcHosts(realm, env) },
      ));
  const clock = options.clock ?? ((kdc: KdcAddress, realm: string) => readKdcClock(kdc, realm));

  async function listing(): Promise<KlistListing | Error> {
    try {
      return await options.service.list();
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  function identity(list: KlistListing | Error): Diagnosis['identity'] {
    const fromEnv =
      windows && env.USERNAME && env.USERDNSDOMAIN
        ? `${env.USERNAME}@${env.USERDNSDOMAIN.toUpperCase()}`
        : null;
    if (list instanceof Error && !fromEnv)
      return failed(msg('cli.diagnose.probeFailed'), list.message);
    const read = list instanceof Error ? null : list;
    const principal =
      read?.principal ?? read?.tickets.find((t) => t.isTgt)?.client ?? fromEnv ?? null;
    const realm = realmOf(principal) ?? (env.USERDNSDOMAIN?.trim().toUpperCase() || null);
    if (!principal && !realm && read?.error) return failed(read.error.message, read.error.detail);
    return {
      ok: true,
      principal,
      realm,
      logonSession: read?.logonId ?? null,
      cache: read?.cache ?? null,
    };
  }

  function tickets(list: KlistListing | Error): Diagnosis['tickets'] {
    if (list instanceof Error) return failed(msg('cli.diagnose.probeFailed'), list.message);
    if (list.error && !list.tickets.length) return failed(list.error.message, list.error.detail);
    return {
      ok: true,
      kind: list.kind,
      complete: list.complete,
      tickets: list.tickets.map(diagnosedTicket),
    };
  }

  async function kdc(realm: string | null): Promise<Diagnosis['kdc']> {
    if (!realm) return failed(msg('cli.diagnose.noRealm'));
    const started = now().getTime();
    const found = await findKdc(realm);
    const answeredInMs = now().getTime() - started;
    if (!found.reachable || !found.kdc)
      return failed(found.message, found.tried.join(', ') || undefined);
    return { ok: true, realm, ...found.kdc, tried: found.tried, answeredInMs };
  }

  async function clockAt(found: Diagnosis['kdc']): Promise<Diagnosis['clock']> {
    if (!found.ok) return failed(msg('cli.diagnose.noKdcForClock'));
    const reading = await clock({ host: found.host, port: found.port }, found.realm);
    if (!reading.ok) return failed(reading.reason, reading.detail);
    const skew = clockSkewError(reading, windows ? 'windows' : 'unix');
    return {
      ok: true,
      kdc: `${reading.kdc.host}:${reading.kdc.port}`,
      kdcTime: reading.kdcTime,
      localTime: reading.localTime,
      offsetSeconds: Math.round(reading.offsetMs / 100) / 10,
      roundTripMs: reading.roundTripMs,
      withinLimit: Math.abs(reading.offsetMs) <= SKEW_LIMIT_MS,
      warning: skew?.message ?? null,
    };
  }

  async function groups(): Promise<Diagnosis['groups']> {
    if (!options.groups) return failed(msg('cli.groups.unavailable'));
    return { ok: true, report: await options.groups() };
  }

  function lastRefresh(): Diagnosis['lastRefresh'] {
    if (!options.lastRefresh) return failed(msg('cli.diagnose.noRefreshKept'));
    const last = options.lastRefresh();
    return last ? { ok: true, ...last } : failed(msg('cli.diagnose.noRefreshYet'));
  }

  return {
    async diagnose() {
      const createdAt = now().toISOString();
      const list = await listing();
      const who = identity(list);
      const realm = who.ok ? who.realm : null;
      const [found, groupViews] = await Promise.all([section(() => kdc(realm)), section(groups)]);
      return {
        format: DIAGNOSIS_FORMAT,
        createdAt,
        redacted: false,
        app: { version: options.version },
        system: { platform, ...(options.system ?? defaultSystem)() },
        identity: who,
        tickets: tickets(list),
        kdc: found,
        clock: await section(() => clockAt(found)),
        groups: groupViews,
        lastRefresh: lastRefresh(),
      };
    },
  };
}
