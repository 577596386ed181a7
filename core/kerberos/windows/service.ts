/**
 * Regroup on Windows: lists tickets with `%SystemRoot%\System32\klist.exe`, refreshes the user's
 * tickets with `klist purge` + `klist get krbtgt`, and the computer's with a fixed
 * `klist.exe -li 0x3e7 purge` (optionally followed by `gpupdate /target:computer /force`), run
 * directly when Regroup is already elevated, through IT's helper tasks when they are installed,
 * and through the administrator prompt otherwise (computer-route.ts; `capabilities().computerRefresh.how`).
 *
 * Sentences are catalogue messages (`krb.windows.*`, `krb.result.*`); a tool that could not be run
 * becomes a KerberosError through `kerberosErrorFromTool(error, 'windows')`, whose words fit
 * Windows (klist.exe is part of Windows: a missing one is a damaged installation). Exit codes are
 * shown as Windows shows them (`0xC000005F`), klist's own words kept in `detail`.
 */
import path from 'node:path';
import { msg } from '../../i18n/message';
import { runTool, type RunResult } from '../../process/run';
import { system32Tool, type System32Tool } from '../../process/windows-paths';
import { createElevator, type Elevate } from '../elevate';
import { createComputerRunner } from './computer-route';
import { createWindowsHelper, type WindowsHelper } from './helper';
import { errorListing } from '../error-listing';
import {
  checkKdcReachable,
  type KdcAddress,
  type PreflightDeps,
  type PreflightResult,
} from '../preflight';
import { createKdcProxyLookup } from './kdc-proxy-policy';
import { readKdcClock, type KdcClockReading } from '../kdc-clock';
import { clockSkewError } from '../clock-skew';
import { buildRefreshResult, type RefreshFacts } from '../refresh-result';
import { exitCodeText } from '../../process/exit-codes';
import { kerberosErrorFromTool } from '../tool-errors';
import type {
  Capabilities,
  ComputerRefreshOptions,
  KerberosService,
  ListOptions,
  UserRefreshOptions,
} from '../service';
import type {
  KerberosError,
  KlistListing,
  RefreshFailure,
  RefreshResult,
  RefreshScope,
} from '../types';
import { failureOf } from '../refresh-result';
import { parseWindowsKlist, parseWindowsPurge } from './klist';
import { tokenSidsFromWhoami, windowsUpkeep } from './upkeep';
import { readOpenConnections } from './net-use';
import { primaryTgt } from '../principal';

export interface WindowsServiceOptions {
  env?: NodeJS.ProcessEnv;
  /** Where klist.exe is; defaults to `%SystemRoot%\System32\klist.exe`. Tests point it at the fake. */
  klistPath?: string;
  elevate?: Elevate;
  /** The helper's tasks and the elevation check; defaults to the real ones next to klist.exe. */
  helper?: WindowsHelper;
  preflight?: (realm: string) => Promise<PreflightResult>;
  /** For the default pre-flight: DNS and connect stand-ins (tests). */
  preflightDeps?: PreflightDeps;
  /** The KDC proxies policy maps to a realm; by default read with reg.exe (kdc-proxy-policy.ts). */
  kdcProxies?: (realm: string) => Promise<KdcAddress[]>;
  /**
   * Reads the clock of the KDC the pre-flight found (kdc-clock.ts); a skew stops the refresh.
   * Default: the real probe, unless `preflight` is replaced (tests whose stand-in KDC does not
   * speak Kerberos): then only when given.
   */
  clock?: (kdc: KdcAddress, realm: string) => Promise<KdcClockReading>;
  timeoutMs?: number;
  /** The console code page for output that is not UTF-8 (`cp850`); asked of chcp.com when absent. */
  codePage?: string;
  now?: () => Date;
}

/** The commands Regroup runs un-elevated. `tgt` is not among them: it prints the session key. */
type KlistArgs = ['tickets'] | ['-li', '0x3e7'] | ['purge'] | ['get', 'krbtgt'];

const NOT_IN_DOMAIN: KerberosError = {
  code: 'not-in-domain',
  message: msg('krb.windows.notInDomain'),
};

const toolError = (error: unknown): KerberosError => kerberosErrorFromTool(error, 'windows');

/** Reads a klist run: its own error, or an empty run, become errors with sentences. */
function readListing(run: RunResult): KlistListing {
  const text = run.stdout + (run.stderr ? `\n${run.stderr}` : '');
  const code = exitCodeText(run.exitCode);
  if (!text.trim()) {
    return errorListing('windows', {
      code: 'empty-output',
      message: msg('krb.windows.emptyRun', { code }),
    });
  }
  const listing = parseWindowsKlist(text);
  // Output past the runner's cap was dropped: what was read is not all there is.
  if (run.truncated) listing.complete = false;
  if (run.exitCode !== 0 && !listing.error) {
    return {
      ...listing,
      error: {
        code: 'klist-failed',
        message: msg('krb.tool.exit', { tool: 'klist.exe', code }),
        detail: text.trim(),
      },
    };
  }
  return listing;
}

export function createWindowsService(options: WindowsServiceOptions = {}): KerberosService {
  const env = options.env ?? process.env;
  const klistPath = options.klistPath ?? system32Tool(env, 'klist.exe');
  const elevate = options.elevate ?? createElevator({ env });
  // Windows' other tools are where klist.exe is: System32 (tests: the fakes' folder).
  const tool = (name: System32Tool): string =>
    path.join(path.dirname(klistPath), ...name.split('\\'));
  const computer = createComputerRunner({
    helper: options.helper ?? createWindowsHelper({ env, tool }),
    elevate,
    klistPath,
    tool,
    env,
  });
  const now = options.now ?? (() => new Date());
  const realm = (env.USERDNSDOMAIN ?? '').trim();
  const clock =
    options.clock ??
    (options.preflight ? null : (kdc: KdcAddress, r: string) => readKdcClock(kdc, r));

  // klist.exe writes to a pipe in the console's (OEM) code page: cp850 in Western Europe, cp936 in
  // China... chcp.com (next to klist.exe in System32) says which; its number is the only digits.
  let codePage: Promise<string> | null = options.codePage
    ? Promise.resolve(options.codePage)
    : null;
  const consoleCodePage = (): Promise<string> =>
    (codePage ??= runTool(path.join(path.dirname(klistPath), 'chcp.com'), [], {
      env,
      timeoutMs: 5_000,
    })
      .then((run) => {
        const number = /(\d{3,5})\D*$/.exec(run.stdout.trim())?.[1];
        return number === '65001' ? 'utf8' : number ? `cp${number}` : 'cp437';
      })
      .catch(() => 'cp437'));

  const kdcProxies =
    options.kdcProxies ??
    createKdcProxyLookup({ regPath: tool('reg.exe'), env, fallbackEncoding: consoleCodePage });
  const preflight =
    options.preflight ??
    (async (r: string) =>
      checkKdcReachable(r, {
        ...options.preflightDeps,
        logonServer: env.LOGONSERVER,
        kdcProxies: await kdcProxies(r),
      }));

  const klist = async (args: KlistArgs): Promise<RunResult> =>
    runTool(klistPath, args, {
      env,
      timeoutMs: options.timeoutMs,
      fallbackEncoding: await consoleCodePage(),
    });

  // The groups of this logon session's token are fixed at sign-in: whoami is asked once.
  let tokenSids: Promise<string[] | null> | null = null;
  const readTokenSids = (): Promise<string[] | null> =>
    (tokenSids ??= runTool(tool('whoami.exe'), ['/groups', '/fo', 'csv', '/nh'], {
      env,
      timeoutMs: 10_000,
    })
      .then((run) => (run.exitCode === 0 ? tokenSidsFromWhoami(run.stdout) : null))
      .catch(() => null));

  async function list(listOptions: ListOptions = {}): Promise<KlistListing> {
    try {
      const listing = readListing(
        await klist(listOptions.computer ? ['-li', '0x3e7'] : ['tickets']),
      );
      if (listOptions.computer && listing.error?.code === 'access-denied') {
        listing.error = { ...listing.error, message: msg('krb.windows.computerListNeedsAdmin') };
      }
      if (!realm && !listing.error && listing.tickets.length === 0) listing.error = NOT_IN_DOMAIN;
      // The computer's TGT is renewed by Windows with the machine account's password, always.
      listing.tgtUpkeep = listOptions.computer
        ? 'system'
        : await windowsUpkeep(primaryTgt(listing), readTokenSids);
      return listing;
    } catch (error) {
      return errorListing('windows', toolError(error));
    }
  }

  /** Every result is reported through here: nothing before, nothing after, unless said. */
  const report = (
    scope: RefreshScope,
    startedAt: Date,
    facts: Omit<RefreshFacts, 'kind' | 'scope' | 'startedAt' | 'before' | 'after' | 'now'> &
      Partial<Pick<RefreshFacts, 'before' | 'after'>>,
  ): RefreshResult =>
    buildRefreshResult({
      kind: 'windows',
      scope,
      startedAt,
      before: [],
      after: null,
      now,
      ...facts,
    });

  /**
   * Nothing is purged outside a domain, while no domain controller answers, or while this
   * computer's clock is so far from the KDC's that Kerberos would refuse the new ticket.
   */
  async function guard(
    scope: RefreshScope,
    force: boolean | undefined,
    startedAt: Date,
  ): Promise<RefreshResult | null> {
    if (!realm) {
      return report(scope, startedAt, { error: NOT_IN_DOMAIN });
    }
    if (force) return null;
    const check = await preflight(realm);
    if (check.reachable) {
      // A KDC proxy speaks HTTPS, not Kerberos over TCP: its clock is not read (kdc-proxy.ts).
      const direct = check.kdc && check.kdc.proxyPath === undefined ? check.kdc : null;
      const skew = direct && clock ? clockSkewError(await clock(direct, realm), 'windows') : null;
      return skew ? report(scope, startedAt, { error: skew }) : null;
    }
    return report(scope, startedAt, {
      outcome: 'offline',
      error: { code: 'kdc-unreachable', message: check.message, detail: check.tried.join(', ') },
    });
  }

  /** `klist purge`; the error that stopped it, or null when the tickets are gone. */
  async function purgeUser(): Promise<KerberosError | null> {
    try {
      const run = await klist(['purge']);
      const purge = parseWindowsPurge(run.stdout + run.stderr);
      if (purge.error || run.exitCode === 0) return purge.error;
      return {
        code: 'klist-failed',
        message: msg('krb.windows.purgeFailed', { code: exitCodeText(run.exitCode) }),
        detail: run.stdout.trim(),
      };
    } catch (error) {
      return toolError(error);
    }
  }

  async function refreshUser(force?: boolean): Promise<RefreshResult> {
    const startedAt = now();
    const blocked = await guard('user', force, startedAt);
    if (blocked) return blocked;
    const before = await list();
    if (before.error && before.error.code !== 'no-credentials') {
      return report('user', startedAt, { after: before, error: before.error });
    }
    const purgeError = await purgeUser();
    if (purgeError) return report('user', startedAt, { after: before, error: purgeError });

    const failed: RefreshFailure[] = [];
    const tgtName = `krbtgt/${realm}@${realm}`;
    try {
      const get = readListing(await klist(['get', 'krbtgt']));
      if (get.error) failed.push(failureOf(tgtName, get.error));
    } catch (error) {
      failed.push(failureOf(tgtName, toolError(error)));
    }
    // What keeps the old groups although the tickets are new: the connections already open,
    // read while the new cache is listed.
    const [after, open] = await Promise.all([
      list(),
      consoleCodePage().then((fallbackEncoding) =>
        readOpenConnections({ netPath: tool('net.exe'), env, fallbackEncoding }),
      ),
    ]);
    const result = report('user', startedAt, { before: before.tickets, after, failed });
    return open ? { ...result, openConnections: open } : result;
  }

  async function refreshComputer(gpupdate: boolean, force?: boolean): Promise<RefreshResult> {
    const startedAt = now();
    const blocked = await guard('computer', force, startedAt);
    if (blocked) return blocked;
    // Every route (direct, helper, prompt) answers with the steps that ran and their exit codes:
    // an elevated process's output cannot be read, its exit code says whether the purge worked.
    const result = await computer.purge(gpupdate);
    const purged = result.steps.some((step) => step.name === 'purge' && step.exitCode === 0);
    if (!result.ok) {
      if (!purged) {
        const declined = result.error.code === 'elevation-declined';
        return report('computer', startedAt, {
          outcome: declined ? 'declined' : 'failed',
          error: result.error,
        });
      }
      // The purge worked; the policy refresh after it did not (failed, declined or timed out).
      return report('computer', startedAt, {
        outcome: 'partial',
        failed: [failureOf('gpupdate /target:computer', result.error)],
        message: msg('krb.result.computer.policyFailed.windows'),
      });
    }
    return report('computer', startedAt, {
      outcome: 'refreshed',
      message: msg(
        gpupdate
          ? 'krb.result.computer.refreshedWithPolicy.windows'
          : 'krb.result.computer.refreshed.windows',
      ),
    });
  }

  async function computerRoute(): Promise<Capabilities['computerRefresh']> {
    const route = await computer.how();
    return route.how === 'cannot'
      ? { available: true, reason: route.reason, how: 'cannot' }
      : { available: true, reason: null, how: route.how };
  }

  return {
    kind: 'windows',
    async capabilities(): Promise<Capabilities> {
      return {
        kind: 'windows',
        userRefreshNeedsPassword: false,
        computerRefresh: realm
          ? await computerRoute()
          : { available: false, reason: msg('krb.windows.computerNotInDomain') },
      };
    },
    list,
    refresh(scope: RefreshScope, opts: UserRefreshOptions & ComputerRefreshOptions = {}) {
      return scope === 'user'
        ? refreshUser(opts.force)
        : refreshComputer(opts.gpupdate === true, opts.force);
    },
  };
}
