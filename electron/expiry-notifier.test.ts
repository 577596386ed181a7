/**
 * The sign-in ticket's last 15 and 5 minutes on Linux and macOS, on the virtual clock and with the
 * fake Electron Notification: each told once per ticket, at its moment, a click opens the window;
 * a renewed ticket drops the old ticket's warnings; a listing read late tells at once with the
 * minutes left; nothing on Windows, nothing when notifications are off.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createVirtualClock } from '../test/fakes/fake-clock';
import { FakeNotification } from '../test/fakes/fake-electron';
import { listingOf, ticketOf } from '../test/fakes/kerberos-data';
import type { KlistKind } from '../core/kerberos/types';
import { createExpiryNotifier } from './expiry-notifier';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The virtual clock's zero, as a real date (tickets carry real dates). */
const BASE = Date.UTC(2026, 0, 5, 8, 0);
const TGT = 'krbtgt/LAB.TEST@LAB.TEST';

function setup(options: { platform?: KlistKind; enabled?: () => boolean } = {}) {
  const clock = createVirtualClock();
  let opened = 0;
  const notifier = createExpiryNotifier({
    platform: options.platform ?? 'mit',
    timers: {
      now: () => BASE + clock.now(),
      setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
      clearTimeout: (handle) => clock.clear(handle as NodeJS.Timeout),
    },
    show: (content, onClick) => {
      const notification = new FakeNotification(content);
      notification.on('click', onClick);
      notification.show();
      last = notification;
    },
    openWindow: () => {
      opened += 1;
    },
    enabled: options.enabled ?? (() => true),
  });
  let last: FakeNotification | null = null;
  /** A MIT listing whose TGT ends `endInMs` after the clock's now. */
  const listing = (endInMs: number, startedMsAgo = 2 * HOUR) =>
    listingOf(
      [
        ticketOf(
          TGT,
          endInMs,
          {
            startTime: new Date(BASE + clock.now() - startedMsAgo).toISOString(),
          },
          BASE + clock.now(),
        ),
      ],
      { kind: 'mit', logonId: null, principal: 'dyork@LAB.TEST' },
    );
  /** Fires timers up to virtual `ms`, returning the titles shown meanwhile, each with its time. */
  const until = (ms: number): string[] => {
    const said: string[] = [];
    for (let next = clock.peek(); next && next.at <= ms; next = clock.peek()) {
      const before = FakeNotification.shown.length;
      clock.fireNext();
      for (const n of FakeNotification.shown.slice(before))
        said.push(`${clock.now() / MINUTE} min: ${n.title}`);
    }
    return said;
  };
  return { clock, notifier, listing, until, opened: () => opened, last: () => last };
}

beforeEach(() => {
  FakeNotification.shown = [];
});

describe('createExpiryNotifier', () => {
  it('tells the last 15 and the last 5 minutes once each, at their moments; a click opens the window', () => {
    const { notifier, listing, until, opened, last, clock } = setup();
    const tenHours = listing(10 * HOUR);
    notifier.update(tenHours);
    // The app re-reads the cache often: the same ticket plans nothing twice.
    for (let i = 0; i < 5; i++) notifier.update(tenHours);
    expect(clock.pending()).toBe(2);
    expect(until(11 * HOUR)).toEqual([
      '585 min: Your sign-in ticket ends in 15 minutes',
      '595 min: Your sign-in ticket ends in 5 minutes',
    ]);
    expect(FakeNotification.shown[0]?.body).toBe(
      'Open Regroup and choose Refresh my groups to get a new one, so that file shares and websites keep working.',
    );
    last()?.emit('click');
    expect(opened()).toBe(1);
    // Read again after the warnings: nothing is told twice.
    notifier.update(tenHours);
    expect(until(12 * HOUR)).toEqual([]);
  });

  it('a renewed ticket drops the old warnings and is told at its own end', () => {
    const { notifier, listing, until, clock } = setup();
    notifier.update(listing(HOUR));
    expect(until(47 * MINUTE)).toEqual(['45 min: Your sign-in ticket ends in 15 minutes']);
    // Renewed right after that warning (at 45 min) for another 10 hours: the old ticket's
    // 5-minute warning never comes.
    notifier.update(listing(10 * HOUR, 0));
    expect(clock.pending()).toBe(2);
    expect(until(45 * MINUTE + 10 * HOUR)).toEqual([
      `${45 + 585} min: Your sign-in ticket ends in 15 minutes`,
      `${45 + 595} min: Your sign-in ticket ends in 5 minutes`,
    ]);
  });

  it('a ticket first seen with 10 minutes left is told at once with the minutes left, then at 5', () => {
    const { notifier, listing, until } = setup();
    notifier.update(listing(10 * MINUTE));
    expect(FakeNotification.shown.map((n) => n.title)).toEqual([
      'Your sign-in ticket ends in 10 minutes',
    ]);
    expect(until(HOUR)).toEqual(['5 min: Your sign-in ticket ends in 5 minutes']);
    // With 3 minutes left, only the last warning applies.
    const late = setup();
    FakeNotification.shown = [];
    late.notifier.update(late.listing(3 * MINUTE));
    expect(FakeNotification.shown.map((n) => n.title)).toEqual([
      'Your sign-in ticket ends in 3 minutes',
    ]);
    expect(late.until(HOUR)).toEqual([]);
  });

  it('says nothing on Windows (it renews the ticket itself), nor when notifications are off', () => {
    const windows = setup({ platform: 'windows' });
    windows.notifier.update(windows.listing(10 * MINUTE));
    expect(windows.clock.pending()).toBe(0);
    const off = setup({ enabled: () => false });
    off.notifier.update(off.listing(HOUR));
    expect(off.until(2 * HOUR)).toEqual([]);
    expect(FakeNotification.shown).toEqual([]);
  });
});
