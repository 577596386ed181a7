/**
 * Regroup on Windows: lists tickets with `%SystemRoot%\System32\klist.exe`, refreshes the user's
 * tickets with `klist purge` + `klist get krbtgt`, and the computer's with an elevated, fixed
 * `klist.exe -li 0x3e7 purge` (optionally followed by `gpupdate /target:computer /force`).
 */
import path from 'node:path';
import { errorListing } from '../error-listing';
import { createElevator, PURGED_MARKER, system32Tool, type Elevate } from '../elevate';
import { checkKdcReachable, type PreflightResult } from '../preflight';
import { buildRefreshResult, type RefreshFacts } from '../refresh-result';
import { runTool, ToolError, type RunResult } from '../../process/run';
import type {
  Capabilities,
  ComputerRefreshOptions,
  KerberosService,
  ListOptions,
  UserRefreshOptions,
} from '../service';
import type { KerberosError, KlistListing, RefreshResult, RefreshScope } from '../types';
import { parseWindowsKlist, parseWindowsPurge } from './klist';

export interface WindowsServiceOptions {
  env?: NodeJS.ProcessEnv;
  /** Where klist.exe is; defaults to `%SystemRoot%\System32\klist.exe`. Tests point it at the fake. */
  klistPath?: string;
  elevate?: Elevate;
  preflight?: (realm: string) => Promise<PreflightResult>;
  timeoutMs?: number;
  /** The console code page for output that is not UTF-8 (`cp850`); asked of chcp.com when absent. */
  codePage?: string;
  now?: () => Date;
}

/** The commands Regroup runs un-elevated. `tgt` is not among them: it prints the session key. */
type KlistArgs = ['tickets'] | ['-li', '0x3e7'] | ['purge'] | ['get', 'krbtgt'];

const NOT_IN_DOMAIN: KerberosError = {
  code: 'not-in-domain',
  message:
    'This Windows account is not signed in to a domain, so it has no Kerberos tickets or domain groups ' +
    'to refresh. Sign in with your domain account (or connect to the VPN before signing in) and try again.',
};

function listingFromToolError(error: unknown): KlistListing {
  const e: KerberosError =
    error instanceof ToolError
      ? { code: error.code, message: error.message, detail: error.detail }
      : { code: 'klist-failed', message: `klist could not be run: ${String(error)}` };
  return errorListing('windows', e);
}

/** Reads a klist run: its own error, or an empty run, become errors with sentences. */
function readListing(run: RunResult): KlistListing {
  const text = run.stdout + (run.stderr ? `\n${run.stderr}` : '');
  if (!text.trim()) {
    return {
      ...listingFromToolError(null),
      error: {
        code: 'empty-output',
        message: `klist printed nothing (exit code ${run.exitCode}). Try again; if it keeps happening, ask your IT help desk.`,
      },
    };
  }
  const listing = parseWindowsKlist(text);
  if (run.exitCode !== 0 && !listing.error) {
    return {
      ...listing,
      error: {
        code: 'klist-failed',
        message: `klist reported a failure (exit code ${run.exitCode}). Try again; if it keeps happening, ask your IT help desk.`,
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
  const now = options.now ?? (() => new Date());
  const realm = (env.USERDNSDOMAIN ?? '').trim();
  const preflight =
    options.preflight ?? ((r: string) => checkKdcReachable(r, { logonServer: env.LOGONSERVER }));

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

  const klist = async (args: KlistArgs): Promise<RunResult> =>
    runTool(klistPath, args, {
      env,
      timeoutMs: options.timeoutMs,
      fallbackEncoding: await consoleCodePage(),
    });

  async function list(listOptions: ListOptions = {}): Promise<KlistListing> {
    try {
      const listing = readListing(
        await klist(listOptions.computer ? ['-li', '0x3e7'] : ['tickets']),
      );
      if (listOptions.computer && listing.error?.code === 'access-denied') {
        listing.error = {
          ...listing.error,
          message:
            "Reading the computer's tickets needs administrator rights. Run Regroup's command line " +
            'from an elevated prompt (regroup list --computer), or just use "Refresh computer groups".',
        };
      }
      if (!realm && !listing.error && listing.tickets.length === 0) listing.error = NOT_IN_DOMAIN;
      return listing;
    } catch (error) {
      return listingFromToolError(error);
    }
  }

  /** Every result is reported through here: nothing before, nothing after, unless said. */
  const report = (
    scope: RefreshScope,
    startedAt: Date,
    facts: Omit<RefreshFacts, 'scope' | 'startedAt' | 'before' | 'after' | 'now'> &
      Partial<Pick<RefreshFacts, 'before' | 'after'>>,
  ): RefreshResult =>
    buildRefreshResult({ scope, startedAt, before: [], after: null, now, ...facts });

  /** Nothing is purged outside a domain, or while no domain controller answers. */
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
    if (check.reachable) return null;
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
        message: `klist could not remove your tickets (exit code ${run.exitCode}). Nothing was changed; try again.`,
        detail: run.stdout.trim(),
      };
    } catch (error) {
      return listingFromToolError(error).error;
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

    const failed: Array<{ server: string; message: string }> = [];
    try {
      const get = readListing(await klist(['get', 'krbtgt']));
      if (get.error) failed.push({ server: `krbtgt/${realm}`, message: get.error.message });
    } catch (error) {
      const message = listingFromToolError(error).error?.message ?? String(error);
      failed.push({ server: `krbtgt/${realm}`, message });
    }
    return report('user', startedAt, { before: before.tickets, after: await list(), failed });
  }

  async function refreshComputer(gpupdate: boolean, force?: boolean): Promise<RefreshResult> {
    const startedAt = now();
    const blocked = await guard('computer', force, startedAt);
    if (blocked) return blocked;
    const result = await elevate({ id: 'computer-purge', gpupdate });
    // With gpupdate, its output follows klist's: the marker between them says the purge worked.
    const markerAt = result.stdout.indexOf(PURGED_MARKER);
    const purge = parseWindowsPurge(
      markerAt >= 0 ? result.stdout.slice(0, markerAt) : result.stdout,
    );
    const purged = markerAt >= 0 || purge.purged;
    if (!result.ok) {
      const declined = result.error.code === 'elevation-declined';
      if (declined || !purged) {
        return report('computer', startedAt, {
          outcome: declined ? 'declined' : 'failed',
          // klist's own words when it printed some (e.g. a purge that failed), else the prompt's.
          error: (!declined && result.stdout.trim() && purge.error) || result.error,
        });
      }
      // The purge worked; the policy refresh after it did not.
      return report('computer', startedAt, {
        outcome: 'partial',
        failed: [{ server: 'gpupdate /target:computer', message: result.error.message }],
        message:
          "The computer's tickets were removed, but re-applying computer policy failed. The policy " +
          'refreshes by itself within 90 minutes, or run "gpupdate /target:computer" later.',
      });
    }
    return report('computer', startedAt, {
      outcome: 'refreshed',
      message: gpupdate
        ? "Done: the computer's tickets were removed and computer policy was re-applied with its current groups."
        : "Done: the computer's tickets were removed. It gets new ones, with its current groups, at its next " +
          'contact with a domain controller.',
    });
  }

  return {
    kind: 'windows',
    async capabilities(): Promise<Capabilities> {
      return {
        kind: 'windows',
        userRefreshNeedsPassword: false,
        computerRefresh: realm
          ? { available: true, reason: null }
          : { available: false, reason: 'This computer is not signed in to a domain.' },
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
