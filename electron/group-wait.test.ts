/**
 * "Tell me when it arrives" in the main process: the wait reads and refreshes through the real app
 * controller (so the window hears the refresh as operation events), the notification of its end
 * is told once (the result's own notification stays quiet), policy can forbid it at the IPC door,
 * and a stop is told, then dismissed. Fake Kerberos service and groups, virtual clock.
 */
import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../test/fakes/fake-clock';
import { fakeGroups, groupsReport } from '../test/fakes/fake-groups';
import { refreshResultOf, ticketOf } from '../test/fakes/kerberos-data';
import type { KerberosService } from '../core/kerberos/service';
import type { WaitState } from '../core/groups/group-waiter';
import { createAppController, type AppEvent } from './app-state';
import { createGroupWaitController } from './group-wait';
import { createWaitNotifier } from './wait-notifier';
import { createResultNotifier, type NotificationContent } from './result-notifier';
import { IpcRequestError, parseWaitForGroup } from './ipc';

const HOUR = 3_600_000;

const service: KerberosService = {
  kind: 'mit',
  capabilities: async () => ({
    kind: 'mit',
    userRefreshNeedsPassword: false,
    computerRefresh: { available: false, reason: null },
  }),
  list: async () => ({
    kind: 'mit',
    logonId: null,
    cache: null,
    principal: null,
    complete: true,
    error: null,
    tickets: [],
  }),
  refresh: async () =>
    refreshResultOf('user', { acquired: [ticketOf('krbtgt/LAB.TEST@LAB.TEST', 10 * HOUR)] }),
};

const settle = async (): Promise<void> => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
  await new Promise((resolve) => setImmediate(resolve));
};

function setup(allowed = true) {
  const clock = createVirtualClock();
  // Check 1: not yet. Check 2: in the directory (the verified refresh reads before and after).
  const groups = fakeGroups(
    groupsReport(['Users']),
    groupsReport(['Users'], ['Users', 'Finance']),
    groupsReport(['Users'], ['Users', 'Finance']),
    groupsReport(['Users', 'Finance']),
  );
  const app = createAppController({ service, groups: groups.service });
  const events: AppEvent['type'][] = [];
  app.subscribe((event) => events.push(event.type));
  const waits = createGroupWaitController({
    app,
    allowed: () => allowed,
    timers: {
      now: () => clock.now(),
      setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
      clearTimeout: (handle) => clock.clear(handle as NodeJS.Timeout),
    },
  });
  const states: Array<WaitState | null> = [];
  waits.subscribe((state) => states.push(state));
  const shown: NotificationContent[] = [];
  let opened = 0;
  const notifierOptions = {
    show: (content: NotificationContent) => shown.push(content),
    windowVisible: () => false,
    openWindow: () => {
      opened += 1;
    },
    enabled: () => true,
  };
  createWaitNotifier({ waits, ...notifierOptions });
  createResultNotifier({
    app,
    platform: 'mit',
    ...notifierOptions,
    quiet: () => waits.current()?.phase === 'refreshing',
  });
  return { clock, waits, states, shown, events, opened: () => opened };
}

describe('createGroupWaitController', () => {
  it('waits through the app controller, and the end is told once, as the group that arrived', async () => {
    const { clock, waits, states, shown, events } = setup();
    waits.start('Finance');
    await settle();
    expect(waits.current()).toMatchObject({ phase: 'waiting', checks: 1 });
    clock.fireNext();
    await settle();
    expect(waits.current()).toMatchObject({ phase: 'ended', end: 'arrived', checks: 2 });
    // The window heard the refresh like any other (started, finished, verified).
    expect(events.filter((type) => type === 'operation')).toHaveLength(3);
    expect(shown).toEqual([
      {
        title: 'Your new group has arrived',
        body: 'LAB\\Finance has arrived: file shares, websites and other network services see you there now.',
      },
    ]);
    expect(states.at(-1)?.end).toBe('arrived');
    // Dismissed: the window hears that no wait is left.
    waits.cancel();
    expect(waits.current()).toBeNull();
    expect(states.at(-1)).toBeNull();
    expect(clock.pending()).toBe(0);
  });

  it('a stopped wait is not notified; policy forbids starting; the IPC takes a trimmed name only', async () => {
    const { waits, shown } = setup();
    waits.start('Finance');
    await settle();
    waits.cancel();
    expect(waits.current()?.end).toBe('cancelled');
    expect(shown).toEqual([]);

    const forbidden = setup(false);
    expect(() => forbidden.waits.start('Finance')).toThrow(/turned off by policy/);
    expect(forbidden.waits.current()).toBeNull();

    expect(parseWaitForGroup([{ group: '  LAB\\Finance ' }])).toEqual({ group: 'LAB\\Finance' });
    for (const bad of [[{ group: '' }], [{ group: 'a\nb' }], [{ group: 'x'.repeat(301) }]])
      expect(() => parseWaitForGroup(bad)).toThrow(IpcRequestError);
    expect(() => parseWaitForGroup([{ group: 'Finance', extra: 1 }])).toThrow(/unknown field/);
  });
});
