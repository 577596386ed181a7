/**
 * Regroup on Linux and macOS, with the MIT (Linux) or Heimdal (macOS) Kerberos tools.
 *
 * - `list()` is `klist -A` (every cache; the default one marked).
 * - "Refresh my groups" gets a NEW TGT for the same principal (a renewed TGT keeps the old groups):
 *   kinit with the password on stdin (or from a keytab) into a private temporary cache, then the
 *   service tickets the person had are fetched again into it, and only then does the new cache
 *   replace the old one (see cache-swap.ts). A wrong password, an unreachable KDC or any other
 *   failure leaves the person's tickets exactly as they were.
 * - "Refresh computer groups" gets a new TGT for the host from its keytab into the system cache,
 *   through the fixed elevated command `kinit -k -t <keytab> -c <cache>` (elevate.ts).
 */
import os from 'node:os';
import { stat } from 'node:fs/promises';
import { commitTempCache, createTempCache, fileOfCache, type TempCache } from './cache-swap';
import { errorListing } from '../error-listing';
import { createElevator, SYSTEM_KINIT_PATHS, type Elevate } from '../elevate';
import { parseHeimdalKlist } from './heimdal-klist';
import { parseMitKlist } from './mit-klist';
import { buildRefreshResult } from '../refresh-result';
import { runTool, ToolError, type RunOptions, type RunResult } from '../../process/run';
import type {
  Capabilities,
  ComputerRefreshOptions,
  KerberosService,
  ListOptions,
  UserRefreshOptions,
} from '../service';
import { toLocalIso } from '../time';
import type { KerberosError, KlistListing, RefreshResult, Ticket } from '../types';
import {
  classifyKinitFailure,
  classifyServiceFailure,
  defaultToolPaths,
  kinitKeytabArgs,
  kinitPasswordArgs,
  listArgs,
  listDefaultArgs,
  requestableServer,
  serviceTicketArgs,
  type UnixKind,
  type UnixToolPaths,
} from './tools';

export const DEFAULT_HOST_KEYTAB = '/etc/krb5.keytab';
/** Root's default cache: where `sudo klist` and root services that use the default cache look. */
export const DEFAULT_SYSTEM_CACHE = 'FILE:/tmp/krb5cc_0';
const KINIT_TIMEOUT_MS = 30_000;

export const UNIX_USER_CAVEATS: readonly string[] = [
  'Services you sign in to with Kerberos from now on (file shares you mount from now on, intranet ' +
    'sites, SSH with GSSAPI, databases) see your new groups.',
  'Shares that are already mounted and sessions that are already open keep the old groups until they ' +
    'reconnect. What "id" shows comes from this computer\'s directory service (sssd, winbind) and its ' +
    'cache, not from your tickets.',
];

export const UNIX_COMPUTER_CAVEATS: readonly string[] = [
  "The computer got a new ticket from its keytab in the system cache; services that use that cache see the computer's new groups from their next request.",
  'Services that keep their own computer tickets (sssd, rpc.gssd for NFS) renew them on their own schedule or when restarted.',
];

export interface UnixServiceOptions {
  /** 'mit' (default on Linux) or 'heimdal' (default on macOS, whose klist is Heimdal's). */
  kind?: UnixKind;
  platform?: NodeJS.Platform;
  /** Tool paths; names are looked up in PATH. Tests point them at real MIT or Heimdal builds. */
  tools?: Partial<UnixToolPaths>;
  /** Environment for the tools (KRB5CCNAME, KRB5_CONFIG ...). LC_ALL=C is always added. */
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  elevate?: Elevate;
  /** A keytab for the user's own principal: refresh uses it instead of a password. Default: `REGROUP_KEYTAB`. */
  keytab?: string | null;
  /** The host keytab for "Refresh computer groups". */
  hostKeytab?: string;
  /** The cache the computer's tickets go into. */
  systemCache?: string;
  timeoutMs?: number;
}

type Failure = { server: string; message: string };

function toolErrorToKerberos(error: unknown): KerberosError {
  return error instanceof ToolError
    ? { code: error.code, message: error.message, detail: error.detail }
    : { code: 'klist-failed', message: `A Kerberos tool could not be run: ${String(error)}` };
}

/** `FILE:/x` and `/x` name the same cache. */
function sameCache(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const norm = (n: string): string => fileOfCache(n) ?? n;
  return norm(a) === norm(b);
}

async function firstExisting(files: readonly string[]): Promise<string | null> {
  for (const file of files) if (await exists(file)) return file;
  return null;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

export function createUnixService(options: UnixServiceOptions = {}): KerberosService {
  const platform = options.platform ?? process.platform;
  const kind: UnixKind = options.kind ?? (platform === 'darwin' ? 'heimdal' : 'mit');
  const tools: UnixToolPaths = { ...defaultToolPaths(kind), ...options.tools };
  const baseEnv = options.env ?? process.env;
  const env: NodeJS.ProcessEnv = { ...baseEnv, LC_ALL: 'C', LANG: 'C' };
  const now = options.now ?? (() => new Date());
  const keytab = options.keytab === undefined ? baseEnv.REGROUP_KEYTAB || null : options.keytab;
  const hostKeytab = options.hostKeytab ?? DEFAULT_HOST_KEYTAB;
  const systemCache = options.systemCache ?? DEFAULT_SYSTEM_CACHE;
  const timeoutMs = options.timeoutMs;
  let elevate = options.elevate;
  const parse = kind === 'mit' ? parseMitKlist : parseHeimdalKlist;

  const run = (file: string, args: string[], extra: RunOptions = {}): Promise<RunResult> =>
    runTool(file, args, { env, timeoutMs, ...extra });

  /** Parses one klist run; a non-zero exit without an error of its own becomes one. */
  function read(result: RunResult): KlistListing {
    const text = [result.stdout, result.stderr].filter((s) => s.trim()).join('\n');
    if (!text.trim()) {
      return errorListing(kind, {
        code: result.exitCode === 0 ? 'empty-output' : 'no-credentials',
        message:
          result.exitCode === 0
            ? 'klist printed nothing. Try again; if it keeps happening, ask your IT help desk.'
            : 'You have no Kerberos tickets. Sign in with "kinit your-name@YOUR.REALM" (or log in again), then refresh.',
      });
    }
    const listing = parse(text);
    if (result.exitCode !== 0 && !listing.error) {
      listing.error = {
        code: 'klist-failed',
        message: `klist reported a failure (exit code ${result.exitCode}). Try again; if it keeps happening, ask your IT help desk.`,
        detail: text.trim(),
      };
    }
    if (listing.error?.code === 'no-credentials') {
      listing.error = {
        ...listing.error,
        message:
          'You have no Kerberos tickets (no ticket cache). Sign in with "kinit your-name@YOUR.REALM" ' +
          '(or log out and in again), then refresh.',
        detail: listing.error.detail ?? text.trim(),
      };
    }
    return listing;
  }

  /** Marks the default cache: the one KRB5CCNAME names, else the first `klist -A` printed. */
  function markDefault(listing: KlistListing): KlistListing {
    const caches = listing.caches;
    if (!caches || caches.length === 0) return listing;
    const wanted = baseEnv.KRB5CCNAME;
    const index = wanted ? caches.findIndex((c) => sameCache(c.cache, wanted)) : -1;
    const chosen =
      index >= 0
        ? index
        : caches.findIndex((c) => c.isDefault) >= 0
          ? caches.findIndex((c) => c.isDefault)
          : 0;
    listing.caches = caches.map((c, i) => ({ ...c, isDefault: i === chosen }));
    const def = listing.caches[chosen];
    if (def) {
      listing.cache = def.cache;
      listing.principal = def.principal;
    }
    return listing;
  }

  async function listUser(): Promise<KlistListing> {
    try {
      const all = await run(tools.klist, listArgs(kind));
      if (all.stdout.trim()) return markDefault(read(all));
      // `klist -A` prints nothing when the default cache is missing: plain klist says why.
      return read(await run(tools.klist, listDefaultArgs(kind)));
    } catch (error) {
      return errorListing(kind, toolErrorToKerberos(error));
    }
  }

  async function listComputer(): Promise<KlistListing> {
    try {
      const listing = read(await run(tools.klist, listDefaultArgs(kind, systemCache)));
      if (listing.error && /permission denied|access denied/i.test(listing.error.detail ?? '')) {
        listing.error = {
          code: 'access-denied',
          message:
            `Reading the computer's tickets (${systemCache}) needs administrator rights. Run ` +
            '"sudo regroup list --computer", or just use "Refresh computer groups".',
          detail: listing.error.detail,
        };
      } else if (listing.error?.code === 'no-credentials') {
        listing.error = {
          ...listing.error,
          message:
            `The computer has no tickets in ${systemCache}. It gets some when a service asks for ` +
            'them, or now with "Refresh computer groups" (this needs a host keytab).',
        };
      }
      return listing;
    } catch (error) {
      return errorListing(kind, toolErrorToKerberos(error));
    }
  }

  function list(listOptions: ListOptions = {}): Promise<KlistListing> {
    return listOptions.computer ? listComputer() : listUser();
  }

  function failure(
    startedAt: Date,
    before: KlistListing | null,
    error: KerberosError,
    outcome: 'failed' | 'offline' | 'declined' = 'failed',
    scope: 'user' | 'computer' = 'user',
  ): RefreshResult {
    const result = buildRefreshResult({
      scope,
      startedAt,
      before: [],
      after: before,
      error,
      outcome,
      now,
    });
    return {
      ...result,
      caveats: [...(scope === 'user' ? UNIX_USER_CAVEATS : UNIX_COMPUTER_CAVEATS)],
    };
  }

  /** kinit into `cache`: from the keytab when one is configured, else with the password on stdin. */
  function kinitInto(
    cache: string,
    principal: string,
    password: string | undefined,
  ): Promise<RunResult> {
    const extra = { timeoutMs: timeoutMs ?? KINIT_TIMEOUT_MS };
    if (keytab) return run(tools.kinit, kinitKeytabArgs(cache, keytab, principal), extra);
    return run(tools.kinit, kinitPasswordArgs(kind, cache, principal), {
      ...extra,
      input: `${password ?? ''}\n`,
    });
  }

  async function fetchServices(cache: string, servers: string[]): Promise<Failure[]> {
    const failed: Failure[] = [];
    for (const server of servers) {
      try {
        const r = await run(
          tools.getServiceTicket,
          serviceTicketArgs(cache, requestableServer(server)),
        );
        if (r.exitCode !== 0)
          failed.push({ server, message: classifyServiceFailure(r.stderr || r.stdout) });
      } catch (error) {
        failed.push({ server, message: toolErrorToKerberos(error).message });
      }
    }
    return failed;
  }

  function expiredNote(tgt: Ticket | undefined, at: Date): string {
    if (!tgt?.endTime || Date.parse(tgt.endTime) > at.getTime()) return '';
    const local = toLocalIso(new Date(Date.parse(tgt.endTime)));
    return `Your ticket expired at ${local.slice(11, 16)} on ${local.slice(0, 10)}. `;
  }

  async function refreshUser(password: string | undefined): Promise<RefreshResult> {
    const startedAt = now();
    const before = await listUser();
    if (before.error) return failure(startedAt, before, before.error);
    const defaultCache = before.cache;
    const principal = before.principal;
    if (!defaultCache || !principal) {
      return failure(startedAt, before, {
        code: 'no-credentials',
        message:
          'Your ticket cache names no principal, so Regroup cannot tell whom to sign in. ' +
          'Sign in with "kinit your-name@YOUR.REALM", then refresh.',
      });
    }
    const mine = before.tickets.filter((t) => (t.cache ? sameCache(t.cache, defaultCache) : true));
    const tgt =
      mine.find((t) => t.isTgt && t.client.toLowerCase() === principal.toLowerCase()) ??
      mine.find((t) => t.isTgt);
    const services = [...new Set(mine.filter((t) => !t.isTgt && t.server).map((t) => t.server))];

    if (!keytab && !password) {
      return failure(startedAt, before, {
        code: 'password-required',
        message:
          expiredNote(tgt, startedAt) +
          `Enter the password of ${principal} to get a new ticket with your current groups. Your tickets were left as they are.`,
      });
    }

    let temp: TempCache;
    try {
      temp = await createTempCache(defaultCache);
    } catch (error) {
      return failure(startedAt, before, {
        code: 'klist-failed',
        message:
          'Regroup could not create a temporary ticket cache, so nothing was changed. Check that the temporary folder is writable.',
        detail: String(error),
      });
    }
    try {
      let got: RunResult;
      try {
        got = await kinitInto(temp.name, principal, password);
      } catch (error) {
        return failure(startedAt, before, toolErrorToKerberos(error));
      }
      if (got.exitCode !== 0) {
        const error = classifyKinitFailure(`${got.stderr}\n${got.stdout}`, principal);
        return failure(
          startedAt,
          before,
          error,
          error.code === 'kdc-unreachable' ? 'offline' : 'failed',
        );
      }
      let failed = await fetchServices(temp.name, services);

      if (temp.replaces) {
        await commitTempCache(temp);
      } else {
        // KEYRING / KCM / API / collections: the password is proven; now write the real cache.
        let again: RunResult;
        try {
          again = await kinitInto(defaultCache, principal, password);
        } catch (error) {
          return failure(startedAt, before, toolErrorToKerberos(error));
        }
        if (again.exitCode !== 0) {
          return failure(
            startedAt,
            before,
            classifyKinitFailure(`${again.stderr}\n${again.stdout}`, principal),
          );
        }
        failed = await fetchServices(defaultCache, services);
      }

      const after = await listUser();
      const acquired = after.tickets.filter((t) =>
        t.cache ? sameCache(t.cache, defaultCache) : true,
      );
      const outcome = failed.length > 0 ? 'partial' : 'refreshed';
      const note = expiredNote(tgt, startedAt) ? 'Your old ticket had expired. ' : '';
      const message =
        outcome === 'refreshed'
          ? `${note}Done: ${principal} has a new ticket with your current groups` +
            (services.length > 0
              ? `, and ${services.length} service ticket${services.length === 1 ? ' was' : 's were'} fetched again.`
              : '.')
          : `${note}${principal} has a new ticket with your current groups, but ${failed.length} of ${services.length} ` +
            'service tickets could not be fetched again; they are fetched on next use.';
      return {
        scope: 'user',
        outcome,
        ok: outcome === 'refreshed',
        message,
        removed: mine,
        acquired,
        failed,
        error: null,
        after,
        startedAt: toLocalIso(startedAt),
        finishedAt: toLocalIso(now()),
        caveats: [...UNIX_USER_CAVEATS],
      };
    } finally {
      await temp.dispose();
    }
  }

  async function noHostKeytabReason(): Promise<string | null> {
    if (await exists(hostKeytab)) return null;
    return (
      `This computer has no host keytab (${hostKeytab}), so it has no Kerberos account of its own whose ` +
      'groups could be refreshed. Computers joined to the domain with realmd/sssd, adcli or Samba ' +
      'winbind have one; ask your IT help desk if this computer should be joined.'
    );
  }

  async function refreshComputer(): Promise<RefreshResult> {
    const startedAt = now();
    const reason = await noHostKeytabReason();
    if (reason)
      return failure(
        startedAt,
        null,
        { code: 'no-host-keytab', message: reason },
        'failed',
        'computer',
      );
    // What runs as root is the system's kinit, never one found through PATH.
    const kinitPath = await firstExisting(SYSTEM_KINIT_PATHS);
    if (!kinitPath) {
      return failure(
        startedAt,
        null,
        {
          code: 'klist-missing',
          message:
            'kinit was not found. Install the Kerberos tools (krb5-user or krb5-workstation) and try again.',
        },
        'failed',
        'computer',
      );
    }
    elevate ??= createElevator({ env: baseEnv });
    // MIT's `kinit -k` picks host/<hostname> by itself; Heimdal's needs the principal named.
    const hostPrincipal = `host/${os.hostname().toLowerCase()}`;
    const result = await elevate({
      id: 'host-kinit',
      kinitPath,
      keytab: hostKeytab,
      cache: systemCache,
      ...(kind === 'heimdal' ? { principal: hostPrincipal } : {}),
    });
    if (!result.ok) {
      if (result.error.code === 'elevation-declined') {
        return failure(startedAt, null, result.error, 'declined', 'computer');
      }
      const kinitSaid = result.stderr.trim();
      const error = kinitSaid
        ? { ...classifyKinitFailure(kinitSaid, 'this computer'), detail: kinitSaid }
        : result.error;
      return failure(
        startedAt,
        null,
        error,
        error.code === 'kdc-unreachable' ? 'offline' : 'failed',
        'computer',
      );
    }
    const after = await listComputer();
    return {
      scope: 'computer',
      outcome: 'refreshed',
      ok: true,
      message: `Done: the computer has a new ticket from its keytab, with its current groups (${systemCache}).`,
      removed: [],
      acquired: after.error ? [] : after.tickets,
      failed: [],
      error: null,
      after: after.error ? null : after,
      startedAt: toLocalIso(startedAt),
      finishedAt: toLocalIso(now()),
      caveats: [...UNIX_COMPUTER_CAVEATS],
    };
  }

  return {
    kind,
    async capabilities(): Promise<Capabilities> {
      const reason = await noHostKeytabReason();
      return {
        kind,
        userRefreshNeedsPassword: !keytab,
        computerRefresh: { available: reason === null, reason },
      };
    },
    list,
    refresh(scope, opts: UserRefreshOptions & ComputerRefreshOptions = {}) {
      return scope === 'user' ? refreshUser(opts.password) : refreshComputer();
    },
  };
}
