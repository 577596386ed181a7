/**
 * Regroup on Linux and macOS, with the MIT (Linux) or Heimdal (macOS) Kerberos tools.
 *
 * - `list()` is `klist -A` (every cache; the default one marked).
 * - "Refresh my groups" gets a NEW TGT for the same principal (a renewed TGT keeps the old groups):
 *   kinit with the password on stdin (or from a keytab) into a private temporary cache, then the
 *   service tickets the person had are fetched again into it, and only then does the new cache
 *   replace the old one (see cache-swap.ts). A wrong password, an unreachable KDC or any other
 *   failure leaves the person's tickets exactly as they were.
 * - No ticket cache yet (nobody signed in to Kerberos on this session): "Refresh my groups" signs
 *   the person in as `$USER@<default realm>` (krb5.conf's `default_realm`, what a bare `kinit`
 *   would use), with the password on kinit's stdin, into the default cache. `signInOffer()` tells
 *   the CLI and the window whom it will sign in, before they ask for the password. A failed kinit
 *   creates no cache.
 * - "Refresh computer groups" gets a new TGT for the host from its keytab into the system cache,
 *   by one of three routes (`capabilities().computerRefresh.how`): `direct` when Regroup already
 *   runs as root (a fleet tool, sudo): the fixed `kinit -k -t <keytab> -c <cache>` as it is;
 *   `helper` on Linux when IT installed Regroup's helper (linux-helper.ts): `pkexec <script>`, no
 *   password for the person at the computer; `prompt` otherwise: the same fixed kinit through the
 *   administrator prompt (elevate.ts).
 *
 * Every sentence is a catalogue Message (`unix.*`, core/i18n/en/kerberos-unix.ts) with the tools'
 * own words in `detail`; a tool that cannot be run is reported by `kerberosErrorFromTool`; every
 * refresh report, failed or not, comes from `buildRefreshResult` (so its caveats fit the platform).
 */
import os from 'node:os';
import { stat } from 'node:fs/promises';
import { msg, type Message } from '../../i18n/message';
import { runTool, toolName, ToolError, type RunOptions, type RunResult } from '../../process/run';
import { commitTempCache, createTempCache, fileOfCache, type TempCache } from './cache-swap';
import { errorListing } from '../error-listing';
import { createElevator, ownedByRootOnly, SYSTEM_KINIT_PATHS, type Elevate } from '../elevate';
import { linuxHelperInstalled } from './linux-helper';
import { parseHeimdalKlist } from './heimdal-klist';
import { systemCacheProblem, type Lstat } from './system-cache';
import { readDefaultRealm } from './krb5-conf';
import { emptyOutputError, KINIT_EXAMPLE, noCredentials } from './klist-common';
import { parseMitKlist } from './mit-klist';
import { buildRefreshResult, newTickets } from '../refresh-result';
import type { Approval } from '../approval';
import { createUnixApproval } from './approval';
import { readGroupsThroughSssd } from './sssd';
import { kerberosErrorFromTool } from '../tool-errors';
import type {
  Capabilities,
  ComputerRefreshOptions,
  KerberosService,
  ListOptions,
  SignInOffer,
  UserRefreshOptions,
} from '../service';
import type {
  KerberosError,
  KlistListing,
  RefreshOutcome,
  RefreshFailure,
  RefreshResult,
  RefreshScope,
  Ticket,
} from '../types';
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
/** The command the "needs administrator rights" sentence offers. */
const SUDO_LIST_COMPUTER = 'sudo regroup list --computer';

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
  /** The local user name offered for the first sign-in; `USER`, `LOGNAME`, else the OS's. */
  userName?: string;
  /** The cache the computer's tickets go into. */
  systemCache?: string;
  /** How the computer's cache path is inspected (owner, type); node's lstat unless a test says. */
  lstat?: Lstat;
  timeoutMs?: number;
  /** Can this person approve the prompt? Defaults to id / pkcheck (approval.ts). */
  approval?: () => Promise<Approval>;
  /** Whether Regroup runs as root (then nobody is asked); process.getuid() === 0 unless a test says. */
  isRoot?: () => boolean;
  /** nsswitch.conf, read to learn whether groups come through SSSD (sssd.ts). */
  nsswitchPath?: string;
  /**
   * Whether Regroup's Linux helper is installed (linux-helper.ts); by default it is looked for on
   * Linux when the host keytab and system cache are the defaults the helper's script has built in.
   */
  helperInstalled?: () => Promise<boolean>;
}

type Failure = RefreshFailure;

/** The general sentence about `id` becomes the SSSD one (same place in the list). */
function withSssdCaveat(result: RefreshResult): RefreshResult {
  const caveats = result.caveats.map((caveat) =>
    caveat.id === 'krb.caveat.unix.user.localGroups'
      ? msg('krb.caveat.unix.user.sssdCache')
      : caveat,
  );
  return { ...result, caveats };
}

/** A tool that could not be run (not installed, timed out ...), in the Unix family's words. */
const toolFailure = (error: unknown): KerberosError => kerberosErrorFromTool(error, 'unix');

/** A user name kinit takes as the name part of a principal (and never as an option). */
const SIGN_IN_NAME = /^[A-Za-z0-9_][A-Za-z0-9._$-]{0,255}$/;

/** No ticket cache at all (as opposed to a cache that is damaged or names nobody). */
const noCache = (listing: KlistListing): boolean =>
  listing.error?.code === 'no-credentials' && listing.tickets.length === 0;

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
  const family = kind === 'mit' ? 'MIT' : 'Heimdal';

  const run = (file: string, args: string[], extra: RunOptions = {}): Promise<RunResult> =>
    runTool(file, args, { env, timeoutMs, ...extra });

  /** Parses one klist run; a non-zero exit without an error of its own becomes one. */
  function read(result: RunResult): KlistListing {
    const text = [result.stdout, result.stderr].filter((s) => s.trim()).join('\n');
    if (!text.trim()) {
      if (result.exitCode === 0) return errorListing(kind, emptyOutputError(family));
      // MIT `klist -A` exits 1 without a word when there is no cache at all.
      return errorListing(kind, {
        code: 'no-credentials',
        message: noCredentials(family),
        detail: `${toolName(tools.klist)} exited with code ${result.exitCode} and printed nothing.`,
      });
    }
    const listing = parse(text);
    // Output past the runner's cap was dropped: what was read is not all there is.
    if (result.truncated) listing.complete = false;
    if (result.exitCode !== 0 && !listing.error) {
      listing.error = toolFailure(
        new ToolError('exit', toolName(tools.klist), text.trim(), result.exitCode),
      );
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
      return errorListing(kind, toolFailure(error));
    }
  }

  async function listComputer(): Promise<KlistListing> {
    // A file another user placed at the computer's cache path is not the computer's tickets.
    const squatted = await systemCacheProblem(systemCache, options.lstat);
    if (squatted) return errorListing(kind, squatted);
    try {
      const listing = read(await run(tools.klist, listDefaultArgs(kind, systemCache)));
      if (listing.error && /permission denied|access denied/i.test(listing.error.detail ?? '')) {
        listing.error = {
          code: 'access-denied',
          message: msg('unix.list.computer.accessDenied', {
            cache: systemCache,
            command: SUDO_LIST_COMPUTER,
          }),
          detail: listing.error.detail,
        };
      } else if (listing.error?.code === 'no-credentials') {
        listing.error = {
          ...listing.error,
          message: msg('unix.list.computer.noTickets', { cache: systemCache }),
        };
      }
      return listing;
    } catch (error) {
      return errorListing(kind, toolFailure(error));
    }
  }

  function list(listOptions: ListOptions = {}): Promise<KlistListing> {
    return listOptions.computer ? listComputer() : listUser();
  }

  /** A refresh that changed nothing: `listing` is what the cache holds (still, or unread). */
  function failure(
    startedAt: Date,
    listing: KlistListing | null,
    error: KerberosError,
    outcome: Extract<RefreshOutcome, 'failed' | 'offline' | 'declined'> = 'failed',
    scope: RefreshScope = 'user',
  ): RefreshResult {
    return buildRefreshResult({
      kind,
      scope,
      startedAt,
      before: [],
      after: listing,
      error,
      outcome,
      now,
    });
  }

  /** A failed kinit: no KDC answering is `offline`, anything else `failed`. */
  const kinitOutcome = (error: KerberosError): 'offline' | 'failed' =>
    error.code === 'kdc-unreachable' ? 'offline' : 'failed';

  /**
   * kinit into `cache` (the default cache when null): from the keytab when one is configured, else
   * with the password on stdin.
   */
  function kinitInto(
    cache: string | null,
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
        failed.push({ server, message: toolFailure(error).message });
      }
    }
    return failed;
  }

  /** When the TGT had already expired at `at` (epoch milliseconds), else null. */
  function expiredAt(tgt: Ticket | undefined, at: Date): number | null {
    if (!tgt?.endTime) return null;
    const end = Date.parse(tgt.endTime);
    return end > at.getTime() ? null : end;
  }

  /** The sentence for a new TGT that kinit obtained (and the service tickets fetched again). */
  function refreshedMessage(
    principal: string,
    expired: boolean,
    services: number,
    failed: number,
    tgtSeen: boolean,
  ): Message {
    const values = { principal, expired: expired ? 'yes' : 'no', services };
    if (failed > 0) return msg('unix.refresh.user.partial', { ...values, failed });
    if (!tgtSeen) return msg('unix.refresh.user.unconfirmed', { principal });
    return msg('unix.refresh.user.done', values);
  }

  /** `$USER@<default realm>`, or null when krb5.conf names no default realm (or the name is odd). */
  async function offeredPrincipal(): Promise<string | null> {
    const realm = await readDefaultRealm(baseEnv);
    const user = options.userName ?? (baseEnv.USER || baseEnv.LOGNAME || os.userInfo().username);
    return realm && SIGN_IN_NAME.test(user) ? `${user}@${realm}` : null;
  }

  async function signInOffer(): Promise<SignInOffer | null> {
    if (!noCache(await listUser())) return null;
    const principal = await offeredPrincipal();
    return principal
      ? { principal, message: msg('unix.signIn.offer', { principal, command: KINIT_EXAMPLE }) }
      : { principal: null, message: msg('unix.signIn.noRealm', { command: KINIT_EXAMPLE }) };
  }

  /** No cache yet: the first sign-in, as `$USER@<default realm>`, into the default cache. */
  async function signIn(
    startedAt: Date,
    before: KlistListing,
    password: string | undefined,
  ): Promise<RefreshResult> {
    const principal = await offeredPrincipal();
    if (!principal) {
      return failure(startedAt, before, {
        code: 'no-credentials',
        message: msg('unix.signIn.noRealm', { command: KINIT_EXAMPLE }),
        detail: before.error?.detail,
      });
    }
    if (!keytab && !password) {
      return failure(startedAt, before, {
        code: 'password-required',
        message: msg('unix.signIn.passwordRequired', { principal }),
      });
    }
    let got: RunResult;
    try {
      got = await kinitInto(null, principal, password);
    } catch (error) {
      return failure(startedAt, before, toolFailure(error));
    }
    if (got.exitCode !== 0) {
      const error = classifyKinitFailure(`${got.stderr}\n${got.stdout}`, principal);
      return failure(startedAt, before, error, kinitOutcome(error));
    }
    const after = await listUser();
    const signedIn = after.tickets.some((t) => t.isTgt);
    return buildRefreshResult({
      kind,
      scope: 'user',
      startedAt,
      before: [],
      after,
      message: signedIn
        ? msg('unix.signIn.done', { principal })
        : msg('unix.refresh.user.unconfirmed', { principal }),
      now,
    });
  }

  async function refreshUser(password: string | undefined): Promise<RefreshResult> {
    const startedAt = now();
    const before = await listUser();
    if (noCache(before)) return signIn(startedAt, before, password);
    if (before.error) return failure(startedAt, before, before.error);
    const defaultCache = before.cache;
    const principal = before.principal;
    if (!defaultCache || !principal) {
      return failure(startedAt, before, {
        code: 'no-credentials',
        message: msg('unix.refresh.noPrincipal', { command: KINIT_EXAMPLE }),
      });
    }
    const inDefaultCache = (t: Ticket): boolean =>
      t.cache ? sameCache(t.cache, defaultCache) : true;
    const mine = before.tickets.filter(inDefaultCache);
    const tgt =
      mine.find((t) => t.isTgt && t.client.toLowerCase() === principal.toLowerCase()) ??
      mine.find((t) => t.isTgt);
    const services = [...new Set(mine.filter((t) => !t.isTgt && t.server).map((t) => t.server))];

    const expired = expiredAt(tgt, startedAt);

    if (!keytab && !password) {
      return failure(startedAt, before, {
        code: 'password-required',
        message:
          expired === null
            ? msg('unix.refresh.passwordRequired', { principal })
            : msg('unix.refresh.passwordRequiredExpired', { principal, expiredAt: expired }),
      });
    }

    let temp: TempCache;
    try {
      temp = await createTempCache(defaultCache);
    } catch (error) {
      return failure(startedAt, before, {
        code: 'klist-failed',
        message: msg('unix.refresh.tempCacheFailed'),
        detail: String(error),
      });
    }
    try {
      let got: RunResult;
      try {
        got = await kinitInto(temp.name, principal, password);
      } catch (error) {
        return failure(startedAt, before, toolFailure(error));
      }
      if (got.exitCode !== 0) {
        const error = classifyKinitFailure(`${got.stderr}\n${got.stdout}`, principal);
        return failure(startedAt, before, error, kinitOutcome(error));
      }
      let failed = await fetchServices(temp.name, services);

      if (temp.replaces) {
        try {
          await commitTempCache(temp);
        } catch (error) {
          // rename(2) either happened or not: the old cache is still whole.
          return failure(startedAt, before, {
            code: 'klist-failed',
            message: msg('unix.refresh.replaceFailed'),
            detail: String(error),
          });
        }
      } else {
        // KEYRING / KCM / API / collections: the password is proven; now write the real cache.
        let again: RunResult;
        try {
          again = await kinitInto(defaultCache, principal, password);
        } catch (error) {
          return failure(startedAt, before, toolFailure(error));
        }
        if (again.exitCode !== 0) {
          const error = classifyKinitFailure(`${again.stderr}\n${again.stdout}`, principal);
          return failure(startedAt, before, error, kinitOutcome(error));
        }
        failed = await fetchServices(defaultCache, services);
      }

      const after = await listUser();
      // The builder's rule too: a user refresh is whole only when a new TGT shows in the list.
      // The default cache was replaced by the new one: its tickets are new, whatever their second.
      const tgtSeen = newTickets(before.tickets, after.tickets, inDefaultCache).some(
        (t) => t.isTgt,
      );
      const result = buildRefreshResult({
        kind,
        scope: 'user',
        startedAt,
        before: before.tickets,
        after,
        failed,
        replaced: inDefaultCache,
        message: refreshedMessage(
          principal,
          expired !== null,
          services.length,
          failed.length,
          tgtSeen,
        ),
        now,
      });
      // Where SSSD answers for groups, say what keeps `id` stale and who can clear it.
      return (await readGroupsThroughSssd(options.nsswitchPath)) ? withSssdCaveat(result) : result;
    } finally {
      await temp.dispose();
    }
  }

  async function noHostKeytabReason(): Promise<Message | null> {
    if (await exists(hostKeytab)) return null;
    return msg('unix.computer.noHostKeytab', { keytab: hostKeytab });
  }

  const approval = options.approval ?? createUnixApproval({ platform });
  const isRoot = options.isRoot ?? ((): boolean => process.getuid?.() === 0);
  const helperInstalled =
    options.helperInstalled ??
    (() =>
      platform === 'linux' &&
      hostKeytab === DEFAULT_HOST_KEYTAB &&
      systemCache === DEFAULT_SYSTEM_CACHE
        ? linuxHelperInstalled({ isSystemFile: ownedByRootOnly })
        : Promise.resolve(false));

  /**
   * Root runs the host kinit itself (elevate.ts); the Linux helper IT installed runs without a
   * prompt; otherwise a person who cannot approve the prompt is not asked.
   */
  async function computerRoute(): Promise<
    { how: 'direct' | 'helper' | 'prompt' } | { how: 'cannot'; reason: Message; detail: string }
  > {
    if (isRoot()) return { how: 'direct' };
    if (await helperInstalled()) return { how: 'helper' };
    const answer = await approval();
    return answer.can === false
      ? { how: 'cannot', reason: answer.reason, detail: answer.detail }
      : { how: 'prompt' };
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
    const route = await computerRoute();
    if (route.how === 'cannot') {
      const error = {
        code: 'needs-administrator' as const,
        message: route.reason,
        detail: route.detail,
      };
      return failure(startedAt, null, error, 'failed', 'computer');
    }
    // What runs as root is the system's kinit, never one found through PATH.
    const kinitPath = await firstExisting(SYSTEM_KINIT_PATHS);
    if (!kinitPath) {
      const missing = new ToolError('not-found', 'kinit', SYSTEM_KINIT_PATHS.join(', '));
      return failure(startedAt, null, toolFailure(missing), 'failed', 'computer');
    }
    // Root's kinit must not write through a link or into a folder another user placed there.
    const squatted = await systemCacheProblem(systemCache, options.lstat);
    if (squatted) return failure(startedAt, null, squatted, 'failed', 'computer');
    elevate ??= createElevator({ env: baseEnv, isRoot });
    // MIT's `kinit -k` picks host/<hostname> by itself; Heimdal's needs the principal named.
    const hostPrincipal = `host/${os.hostname().toLowerCase()}`;
    const result =
      route.how === 'helper'
        ? await elevate({ id: 'host-kinit-helper' })
        : await elevate({
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
      // `null`: kinit -k signs in the computer's own account.
      const error = kinitSaid
        ? { ...classifyKinitFailure(kinitSaid, null), detail: kinitSaid }
        : result.error;
      return failure(startedAt, null, error, kinitOutcome(error), 'computer');
    }
    // Nothing was removed: kinit -k only adds a new TGT to the system cache.
    const after = await listComputer();
    return buildRefreshResult({
      kind,
      scope: 'computer',
      startedAt,
      before: [],
      after: after.error ? null : after,
      now,
    });
  }

  return {
    kind,
    async capabilities(): Promise<Capabilities> {
      const reason = await noHostKeytabReason();
      const route = reason === null ? await computerRoute() : null;
      return {
        kind,
        userRefreshNeedsPassword: !keytab,
        computerRefresh:
          route?.how === 'cannot'
            ? { available: true, reason: route.reason, how: 'cannot' }
            : {
                available: reason === null,
                reason,
                how: route?.how ?? (isRoot() ? 'direct' : 'prompt'),
              },
      };
    },
    list,
    signInOffer,
    refresh(scope, opts: UserRefreshOptions & ComputerRefreshOptions = {}) {
      return scope === 'user' ? refreshUser(opts.password) : refreshComputer();
    },
  };
}
