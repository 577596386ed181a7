/**
 * "Tell me when it arrives": waits for one group the person was just added to, by reading the
 * directory's view of their groups now and then, and when the group is there, refreshes the
 * tickets, verifies, and reports. Nothing polls unless the person asked: a waiter starts only from
 * `wait()`, and ends at arrival, at the timeout, on `cancel()`, or when a refresh cannot be done
 * without the person (a password, an approval).
 *
 * The contract of one wait:
 * - A check reads the groups (`read`: the directory's view, `tokenGroups` of the account, and the
 *   Kerberos services' view). The group is found by SID, or by name (`LAB\Finance`, `Finance`,
 *   `finance@lab.test` all match `LAB\Finance`, case-insensitively).
 * - Services already see it: arrived, with no refresh (nothing to wait for).
 * - The directory lists it and services do not: refresh and verify (`refreshAndVerify`); arrived
 *   when the verdict names it as gained. When the new ticket still lacks it (the DC that issued it
 *   has not replicated the change yet), waiting goes on and the next check refreshes again.
 * - A refresh that needs the person (password, approval, wrong password) ends the wait with that
 *   result: the window and the CLI say that the group is in the directory and what to do. A busy
 *   or offline refresh, or a read that fails (DC unreachable), is one more check that did not see
 *   the group; its reason is kept for the state.
 *
 * Why this interval: 30 s, doubling up to 5 minutes. Within a site, Active Directory notifies
 * replication partners about 15 s after a change (then 3 s between partners), so a change made on
 * a DC in the person's site usually shows up within the first one or two checks; a change that has
 * to cross sites waits for the site link's schedule (every 180 minutes by default, 15 at least),
 * where checking more often than every few minutes only adds load on the DC (each check is an
 * LDAP bind and a `tokenGroups` expansion, and on Windows a refresh purges the tickets). A person
 * waiting two hours causes about 27 checks.
 *
 * Asleep or offline (`signals`), nothing is read: asleep, the timer is cleared; offline, the timer
 * only looks whether the network is back. A check follows a short while after resume or
 * reconnection (the network needs a moment). The timeout is wall-clock time
 * from the start, sleep included: "tell me within two hours" means two hours on the clock.
 *
 * Injected: the clock and timers (tests use a virtual clock), the reader, the refresh, and the
 * power/network signals (Electron's powerMonitor and online state in the app; none in the CLI).
 */
import type { Message } from '../i18n/message';
import type { RefreshResult } from '../kerberos/types';
import { toGroupsError } from './errors';
import type { GroupRef, GroupRow, GroupsReport, Verdict } from './types';

/** The first check follows the start after this long; each later interval doubles, up to MAX. */
export const FIRST_INTERVAL_MS = 30_000;
export const MAX_INTERVAL_MS = 5 * 60_000;
/** After a resume or a reconnection: long enough for the network to come up. */
export const RESUME_DELAY_MS = 10_000;
/** The CLI's and the window's default timeout. */
export const DEFAULT_WAIT_MS = 2 * 60 * 60_000;

export type PowerSignal = 'suspend' | 'resume' | 'offline' | 'online';

export interface WaitSignals {
  online(): boolean;
  /** Calls `listener` on each change; returns unsubscribe. */
  subscribe(listener: (signal: PowerSignal) => void): () => void;
}

export interface WaitTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** How a wait ends. */
export type WaitEnd = 'arrived' | 'already-there' | 'timed-out' | 'cancelled' | 'refresh-failed';

export interface WaitState {
  /** The group as the person named it (a name or a SID). */
  group: string;
  /** The group as the views name it, once seen. */
  found: GroupRef | null;
  phase: 'waiting' | 'checking' | 'refreshing' | 'paused' | 'ended';
  /** While paused: why. */
  paused?: 'asleep' | 'offline';
  /** ISO 8601: when the wait started, when it gives up, when the next check runs (null: none planned). */
  since: string;
  until: string;
  nextCheckAt: string | null;
  checks: number;
  /** The directory lists the group, but the last new ticket still lacked it. */
  inDirectory: boolean;
  /** Why the last check could not see the groups (the reader's sentence), when it could not. */
  lastProblem: Message | null;
  end?: WaitEnd;
  /** With `arrived` or `refresh-failed`: the refresh, and the verdict when there is one. */
  result?: RefreshResult;
  verdict?: Verdict;
}

export interface GroupWaiterOptions {
  read(): Promise<GroupsReport>;
  refreshAndVerify(): Promise<{ result: RefreshResult; verdict?: Verdict }>;
  timers: WaitTimers;
  signals?: WaitSignals;
  /** Called with every new state (the last one has phase 'ended'). */
  onState?(state: WaitState): void;
  firstIntervalMs?: number;
  maxIntervalMs?: number;
}

export interface Waiting {
  /** Resolves with the last state (phase 'ended'). */
  done: Promise<WaitState>;
  state(): WaitState;
  cancel(): void;
}

export interface GroupWaiter {
  wait(request: { group: string; timeoutMs: number }): Waiting;
}

const SID = /^S-1-\d+(?:-\d+)+$/i;

/** True when `wanted` (as typed) names `group`: its SID, or its name with or without the domain. */
export function namesGroup(wanted: string, group: GroupRef): boolean {
  const typed = wanted.trim().toLowerCase();
  if (SID.test(typed)) return group.sid.toLowerCase() === typed;
  if (!group.name) return false;
  const name = group.name.toLowerCase();
  const short = name.includes('\\') ? name.slice(name.lastIndexOf('\\') + 1) : name;
  const bare = typed.includes('@') ? typed.slice(0, typed.indexOf('@')) : typed;
  return name === typed || short === bare;
}

/** The row of the wanted group in a reading, if any view lists it. */
export function findGroup(wanted: string, report: GroupsReport): GroupRow | undefined {
  return report.groups.find((row) => row.scope === 'domain' && namesGroup(wanted, row));
}

/** Refresh outcomes after which waiting goes on: the next check tries again. */
const retryLater = (result: RefreshResult): boolean =>
  result.outcome === 'offline' || result.error?.code === 'busy';

export function createGroupWaiter(options: GroupWaiterOptions): GroupWaiter {
  const { timers } = options;
  const first = options.firstIntervalMs ?? FIRST_INTERVAL_MS;
  const max = options.maxIntervalMs ?? MAX_INTERVAL_MS;
  const iso = (ms: number): string => new Date(ms).toISOString();

  return {
    wait({ group, timeoutMs }) {
      const start = timers.now();
      const deadline = start + timeoutMs;
      let interval = first;
      let timer: unknown = null;
      let deadlineTimer: unknown = null;
      let inFlight = false;
      let asleep = false;
      let state: WaitState = {
        group,
        found: null,
        phase: 'waiting',
        since: iso(start),
        until: iso(deadline),
        nextCheckAt: null,
        checks: 0,
        inDirectory: false,
        lastProblem: null,
      };
      let finish: (state: WaitState) => void = () => undefined;
      const done = new Promise<WaitState>((resolve) => {
        finish = resolve;
      });

      /** Read again after each await: the wait may have ended meanwhile (timeout, cancel). */
      const ended = (): boolean => state.phase === 'ended';
      const set = (next: Partial<WaitState>): void => {
        state = { ...state, ...next };
        options.onState?.(state);
      };
      const clearTimer = (): void => {
        if (timer !== null) timers.clearTimeout(timer);
        timer = null;
      };
      const end = (how: WaitEnd, extra: Partial<WaitState> = {}): void => {
        if (state.phase === 'ended') return;
        clearTimer();
        if (deadlineTimer !== null) timers.clearTimeout(deadlineTimer);
        unsubscribe();
        set({ ...extra, phase: 'ended', end: how, nextCheckAt: null, paused: undefined });
        finish(state);
      };
      /** Offline as the signals say now (Electron's `net.isOnline()` has no event of its own). */
      const offline = (): boolean => options.signals?.online() === false;
      const schedule = (delay: number): void => {
        clearTimer();
        if (state.phase === 'ended') return;
        if (asleep) {
          set({ phase: 'paused', paused: 'asleep', nextCheckAt: null });
          return;
        }
        const at = Math.min(timers.now() + delay, deadline);
        timer = timers.setTimeout(() => {
          timer = null;
          void check();
        }, at - timers.now());
        // Offline, the timer only looks whether the network is back: nothing is read.
        if (offline()) set({ phase: 'paused', paused: 'offline', nextCheckAt: null });
        else set({ phase: 'waiting', paused: undefined, nextCheckAt: iso(at) });
      };
      const backOff = (): void => {
        const delay = interval;
        interval = Math.min(interval * 2, max);
        schedule(delay);
      };

      async function check(): Promise<void> {
        if (state.phase === 'ended' || inFlight) return;
        if (offline()) {
          if (timers.now() >= deadline) end('timed-out');
          else schedule(interval);
          return;
        }
        inFlight = true;
        set({ phase: 'checking', nextCheckAt: null, checks: state.checks + 1 });
        try {
          await checkOnce();
        } finally {
          inFlight = false;
        }
        if (!ended()) {
          if (timers.now() >= deadline) end('timed-out');
          else backOff();
        }
      }

      async function checkOnce(): Promise<void> {
        let report: GroupsReport;
        try {
          report = await options.read();
        } catch (error) {
          set({ lastProblem: toGroupsError(error).sentence });
          return;
        }
        if (ended()) return;
        const problem = report.views.directory.available ? null : report.views.directory.reason;
        const row = findGroup(group, report);
        const found: GroupRef | null = row ? { sid: row.sid, name: row.name } : state.found;
        set({ lastProblem: problem, found });
        if (!row) return;
        if (row.kerberosServices === true) {
          // Seen at the first look: nothing to wait for. Later: the tickets got it (renewed).
          end(state.checks === 1 ? 'already-there' : 'arrived');
          return;
        }
        if (row.directory !== true) return;
        set({ phase: 'refreshing' });
        const { result, verdict } = await options.refreshAndVerify();
        if (ended()) return;
        if (!result.ok && result.outcome !== 'partial') {
          if (!retryLater(result))
            end('refresh-failed', { result, ...(verdict ? { verdict } : {}) });
          else set({ lastProblem: result.message });
          return;
        }
        const gained = verdict?.gained.some((g) => g.sid === row.sid) ?? false;
        if (gained) end('arrived', { result, ...(verdict ? { verdict } : {}) });
        else set({ inDirectory: true, lastProblem: verdict?.unverified ?? null });
      }

      const onSignal = (signal: PowerSignal): void => {
        if (state.phase === 'ended') return;
        if (signal === 'suspend') asleep = true;
        if (signal === 'resume') asleep = false;
        if (inFlight) return;
        // Back from sleep or offline: check soon (the timer was cleared while paused).
        schedule(signal === 'resume' || signal === 'online' ? RESUME_DELAY_MS : interval);
      };
      const unsubscribe = options.signals?.subscribe(onSignal) ?? ((): void => undefined);

      deadlineTimer = timers.setTimeout(() => {
        deadlineTimer = null;
        // A check that is running decides (an arrival at the last moment still counts).
        if (!inFlight) end('timed-out');
      }, timeoutMs);
      // The first check runs at once: the group may be there already.
      if (offline()) schedule(interval);
      else void check();

      return {
        done,
        state: () => state,
        cancel: () => end('cancelled'),
      };
    },
  };
}
