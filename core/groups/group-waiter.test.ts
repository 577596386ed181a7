/**
 * Waiting for a group, on a virtual clock: the checks' spacing (30 s doubling to 5 min), the group
 * found by name or SID, the refresh and verdict when the directory has it, a ticket that still
 * lacks it (the KDC's DC not replicated yet), sleep and offline pauses, the timeout, cancel, and a
 * refresh that needs the person. The directory, the KDC and the ticket are a small world the test
 * changes; the verdict is the real one (computeVerdict).
 */
import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../test/fakes/fake-clock';
import { groupsReport, DOMAIN } from '../../test/fakes/fake-groups';
import { refreshResultOf, ticketOf } from '../../test/fakes/kerberos-data';
import { say } from '../../test/fakes/english';
import type { RefreshResult } from '../kerberos/types';
import { createGroupWaiter, namesGroup, type PowerSignal, type WaitState } from './group-waiter';
import { computeVerdict } from './verdict';
import { waitEndMessage, waitStateMessage } from '../model/wait';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const FINANCE_SID = `${DOMAIN}-1101`;

/** Lets the promises a fired timer started settle (reads and refreshes are async). */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

function world(options: { refresh?: () => RefreshResult; online?: boolean } = {}) {
  const clock = createVirtualClock();
  const state = { directory: false, kdc: false, ticket: false, online: options.online ?? true };
  const listeners = new Set<(s: PowerSignal) => void>();
  let reads = 0;
  let refreshes = 0;
  const report = () =>
    groupsReport(
      state.ticket ? ['Users', 'Finance'] : ['Users'],
      state.directory ? ['Users', 'Finance'] : ['Users'],
    );
  const states: WaitState[] = [];
  const waiter = createGroupWaiter({
    read: async () => {
      reads += 1;
      return report();
    },
    refreshAndVerify: async () => {
      refreshes += 1;
      const before = report();
      const result =
        options.refresh?.() ??
        refreshResultOf('user', { acquired: [ticketOf('krbtgt/LAB.TEST@LAB.TEST', 10 * HOUR)] });
      if (result.ok) state.ticket = state.kdc;
      return { result, verdict: computeVerdict(before, report()) };
    },
    timers: {
      now: () => clock.now(),
      setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
      clearTimeout: (handle) => clock.clear(handle as NodeJS.Timeout),
    },
    signals: {
      online: () => state.online,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    onState: (s) => states.push(s),
  });
  /** Fires timers until the virtual clock reaches `ms`, letting each one's work settle. */
  const runUntil = async (ms: number): Promise<void> => {
    await settle();
    for (let next = clock.peek(); next && next.at <= ms; next = clock.peek()) {
      clock.fireNext();
      await settle();
    }
  };
  const signal = async (s: PowerSignal): Promise<void> => {
    if (s === 'offline') state.online = false;
    if (s === 'online') state.online = true;
    for (const listener of listeners) listener(s);
    await settle();
  };
  return {
    clock,
    state,
    waiter,
    states,
    signal,
    runUntil,
    listeners,
    reads: () => reads,
    refreshes: () => refreshes,
  };
}

describe('namesGroup', () => {
  const finance = { sid: FINANCE_SID, name: 'LAB\\Finance' };
  it('finds a group by its SID, its full name, or its name without the domain, in any case', () => {
    for (const typed of [
      FINANCE_SID,
      FINANCE_SID.toLowerCase(),
      'LAB\\Finance',
      'finance',
      'Finance@lab.test',
    ])
      expect(namesGroup(typed, finance), typed).toBe(true);
    for (const typed of ['Fin', 'LAB\\Sales', `${DOMAIN}-1102`, 'OTHER\\Finance2'])
      expect(namesGroup(typed, finance), typed).toBe(false);
  });
});

describe('createGroupWaiter', () => {
  it('checks at once, then after 30 s, 1, 2, 4 and 5 min, and then every 5 min; never faster', async () => {
    const w = world();
    const times: number[] = [];
    const waiting = w.waiter.wait({ group: 'Finance', timeoutMs: 30 * MINUTE });
    const seen = () => {
      const checks = waiting.state().checks;
      while (times.length < checks) times.push(w.clock.now());
    };
    await settle();
    seen();
    for (let next = w.clock.peek(); next && next.at < 30 * MINUTE; next = w.clock.peek()) {
      w.clock.fireNext();
      await settle();
      seen();
    }
    expect(times).toEqual([
      0,
      30 * SECOND,
      90 * SECOND,
      210 * SECOND,
      450 * SECOND,
      750 * SECOND,
      1050 * SECOND,
      1350 * SECOND,
      1650 * SECOND,
    ]);
    expect(w.refreshes()).toBe(0);
    expect(say(waitStateMessage(waiting.state()))).toBe(
      'The directory does not list you in Finance yet.',
    );
    await w.runUntil(30 * MINUTE);
    const end = await waiting.done;
    expect(end).toMatchObject({ phase: 'ended', end: 'timed-out', checks: 9 });
    expect(say(waitEndMessage(end))).toMatch(/^Finance has not arrived\. Ask your IT department/);
    // Ended: no timer left behind, no listener left on the signals.
    expect(w.clock.pending()).toBe(0);
    expect(w.listeners.size).toBe(0);
  });

  it('when the directory lists the group, refreshes, verifies and ends with the verdict naming it', async () => {
    const w = world();
    const waiting = w.waiter.wait({ group: FINANCE_SID, timeoutMs: 2 * HOUR });
    await w.runUntil(90 * SECOND);
    expect(w.refreshes()).toBe(0);
    // IT adds the person to Finance; the change reaches every DC.
    w.state.directory = true;
    w.state.kdc = true;
    await w.runUntil(210 * SECOND);
    const end = await waiting.done;
    expect(end.end).toBe('arrived');
    expect(end.found).toEqual({ sid: FINANCE_SID, name: 'LAB\\Finance' });
    expect(end.verdict?.gained).toEqual([{ sid: FINANCE_SID, name: 'LAB\\Finance' }]);
    expect(end.result?.ok).toBe(true);
    expect(w.refreshes()).toBe(1);
    expect(say(waitEndMessage(end))).toBe(
      'LAB\\Finance has arrived: file shares, websites and other network services see you there now.',
    );
    expect(w.states.map((s) => s.phase)).toContain('refreshing');
    expect(w.clock.pending()).toBe(0);
  });

  it('keeps waiting while the new ticket still lacks the group (the KDC has not replicated), and says so', async () => {
    const w = world();
    w.state.directory = true;
    const waiting = w.waiter.wait({ group: 'finance', timeoutMs: 2 * HOUR });
    await w.runUntil(0);
    expect(w.refreshes()).toBe(1);
    expect(waiting.state()).toMatchObject({ phase: 'waiting', inDirectory: true });
    expect(say(waitStateMessage(waiting.state()))).toMatch(
      /^The directory lists you in LAB\\Finance, but the domain controller that issues your tickets/,
    );
    w.state.kdc = true;
    await w.runUntil(30 * SECOND);
    expect((await waiting.done).end).toBe('arrived');
    expect(w.refreshes()).toBe(2);
  });

  it('ends at once, without a refresh, when network services already see the group', async () => {
    const w = world();
    w.state.directory = w.state.kdc = w.state.ticket = true;
    const end = await w.waiter.wait({ group: 'LAB\\Finance', timeoutMs: HOUR }).done;
    expect(end.end).toBe('already-there');
    expect(w.refreshes()).toBe(0);
    expect(say(waitEndMessage(end))).toBe(
      'Network services already see you in LAB\\Finance: there is nothing to wait for.',
    );
  });

  it('checks nothing while asleep or offline, checks 10 s after resume or reconnection, and the timeout counts sleep', async () => {
    const w = world();
    const waiting = w.waiter.wait({ group: 'Finance', timeoutMs: HOUR });
    await w.runUntil(0);
    await w.signal('suspend');
    expect(waiting.state()).toMatchObject({ phase: 'paused', paused: 'asleep', nextCheckAt: null });
    expect(say(waitStateMessage(waiting.state()))).toMatch(/^Paused while the computer sleeps/);
    const readsAsleep = w.reads();
    // Only the deadline is left: no check can fire while asleep.
    expect(w.clock.pending()).toBe(1);
    w.clock.setTimeout(() => undefined, 20 * MINUTE);
    await w.runUntil(20 * MINUTE);
    expect(w.reads()).toBe(readsAsleep);
    await w.signal('resume');
    expect(waiting.state().nextCheckAt).toBe(new Date(20 * MINUTE + 10 * SECOND).toISOString());
    await w.runUntil(20 * MINUTE + 10 * SECOND);
    expect(w.reads()).toBe(readsAsleep + 1);

    await w.signal('offline');
    expect(waiting.state()).toMatchObject({ phase: 'paused', paused: 'offline' });
    const readsOffline = w.reads();
    await w.runUntil(59 * MINUTE);
    expect(w.reads()).toBe(readsOffline);
    // The hour is over while offline: the wait ends, asleep or not.
    await w.runUntil(HOUR);
    expect((await waiting.done).end).toBe('timed-out');
  });

  it('starts paused when offline, and a refresh that needs the person ends the wait with its result', async () => {
    const needsPassword = refreshResultOf('user', {
      ok: false,
      outcome: 'failed',
      message: { id: 'unix.kinit.wrongPassword' },
      error: { code: 'password-required', message: { id: 'unix.kinit.wrongPassword' } },
    });
    const w = world({ online: false, refresh: () => needsPassword });
    w.state.directory = true;
    const waiting = w.waiter.wait({ group: 'Finance', timeoutMs: HOUR });
    await w.runUntil(0);
    expect(waiting.state()).toMatchObject({ phase: 'paused', paused: 'offline', checks: 0 });
    await w.signal('online');
    await w.runUntil(10 * SECOND);
    const end = await waiting.done;
    expect(end).toMatchObject({ end: 'refresh-failed', result: needsPassword });
    expect(say(waitEndMessage(end))).toBe(
      'LAB\\Finance is in the directory now, but your tickets could not be renewed without you.',
    );
  });

  it('a busy or offline refresh is retried at the next check; cancel stops everything', async () => {
    let answer: RefreshResult = refreshResultOf('user', {
      ok: false,
      outcome: 'failed',
      message: { id: 'busy.message' },
      error: { code: 'busy', message: { id: 'busy.message' } },
    });
    const w = world({ refresh: () => answer });
    w.state.directory = true;
    const waiting = w.waiter.wait({ group: 'Finance', timeoutMs: HOUR });
    await w.runUntil(0);
    expect(waiting.state()).toMatchObject({
      phase: 'waiting',
      lastProblem: { id: 'busy.message' },
    });
    answer = refreshResultOf('user', {
      ok: false,
      outcome: 'offline',
      message: { id: 'krb.preflight.noKdcFound' },
    });
    await w.runUntil(30 * SECOND);
    expect(waiting.state().phase).toBe('waiting');
    expect(w.refreshes()).toBe(2);
    waiting.cancel();
    const end = await waiting.done;
    expect(end.end).toBe('cancelled');
    expect(say(waitEndMessage(end))).toBe('Stopped waiting for LAB\\Finance.');
    expect(w.clock.pending()).toBe(0);
  });
});
