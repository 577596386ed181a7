/**
 * A week in the life of the BUILT main process, in a minute or two: the bundle runs against the
 * recording fake of Electron and the real MIT tools (as in main-smoke.test.ts), with its timers on
 * a virtual clock (test/fakes/fake-clock.ts). Five working days of eight hours, each with a resume
 * in the morning, unlocks, tray clicks and the window asking for the tickets (1,000 lists in all)
 * and 100 verified "Refresh my groups" (half from the tray menu, half from the window); nights and
 * the weekend pass with only the expiry wake-ups and the tooltip's one-minute tick.
 *
 * After the first day (warm-up: code compiled, caches filled) and at the end of the week the heap
 * (after a full GC), the listeners the app hung on Electron's objects and the main process's
 * pending timers are compared: they must stay flat. A listener added per event, an expiry timer
 * not cleared, a listing or a result kept per read would each fail it.
 *
 * Dates are real: klist prints real times and the app compares them with the real clock, so the
 * wake-ups re-read tickets that have not really expired (the tray-state unit tests cover expiry).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { expect, it } from 'vitest';
import { InvokeChannel } from '../../electron/contract';
import { msg } from '../../core/i18n/message';
import { say } from '../fakes/english';
import { createVirtualClock } from '../fakes/fake-clock';
import { FakeNotification } from '../fakes/fake-electron';
import { ROOT } from '../fakes/load-main';
import { isView, lastFinished, refreshSettled } from '../fakes/main-events';
import { useBuiltMain } from './built-main';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const WORK_DAYS = 5;
const WORK_HOURS = 8;
const LISTS_PER_HOUR = 25; // 5 x 8 x 25 = 1,000
const REFRESH_AT = [4, 12, 20]; // the third only in odd hours: 5 x (4 x 2 + 4 x 3) = 100
/** Heap growth allowed from the end of day 1 to the end of the week (GC noise, JIT code). */
const HEAP_SLACK_BYTES = 1024 * 1024;

const app = useBuiltMain('week');

/** A full garbage collection (the worker was not started with --expose-gc). */
function collect(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

it('a week of lists, refreshes, resumes, unlocks and wake-ups leaves heap, listeners and timers flat', async () => {
  const started = Date.now();
  const gc = collect();
  const clock = createVirtualClock();
  const loadedMain = app.load({ clock });
  const { electron } = loadedMain;
  const firstView = electron.next(isView);
  await electron.ready();
  await firstView;
  const [window] = electron.windows;
  const [tray] = electron.trays;
  if (!window || !tray) throw new Error('no window or tray');
  const contents = window.webContents;
  const page = pathToFileURL(path.join(ROOT, 'dist', 'renderer', 'index.html')).href;
  const count = { lists: 0, refreshes: 0, wakeUps: 0, ticks: 0, warnings: 0 };
  const failures: string[] = [];
  const outcomes = new Map<string, number>();

  /**
   * Lets virtual time pass; each expiry wake-up's klist run finishes before time moves on. A
   * timeout is either that wake-up (it reads the cache again) or the sign-in ticket's last-15 or
   * last-5-minute notification (electron/expiry-notifier.ts), which shows and reads nothing. The
   * wake-up's klist runs as a child process, so its view cannot arrive before the waiter is set.
   */
  const pass = async (ms: number): Promise<void> => {
    const until = clock.now() + ms;
    for (let next = clock.peek(); next && next.at <= until; next = clock.peek()) {
      if (next.kind === 'interval') {
        clock.fireNext();
        count.ticks += 1;
        continue;
      }
      const shown = FakeNotification.shown.length;
      clock.fireNext();
      if (FakeNotification.shown.length > shown) {
        count.warnings += 1;
        continue;
      }
      await electron.next(isView);
      count.wakeUps += 1;
    }
  };

  const list = async (i: number): Promise<void> => {
    count.lists += 1;
    const reread = electron.next(isView);
    switch (i % 5) {
      case 0: // open from the tray (reads), then close it again
        if (window.isVisible())
          await electron.ipcMain.invoke(contents, page, InvokeChannel.hideWindow);
        tray.click();
        await reread;
        tray.click();
        return;
      case 1:
        electron.powerMonitor.emit('unlock-screen');
        await reread;
        return;
      default: // the window asks (what it does when it is shown and after each event)
        await electron.ipcMain.invoke(contents, page, InvokeChannel.listTickets);
        await reread;
    }
  };

  const refresh = async (): Promise<void> => {
    count.refreshes += 1;
    const settled = refreshSettled(electron);
    if (count.refreshes % 2 === 0) {
      tray.contextMenu?.pick(say(msg('tray.menu.refreshUser')));
    } else {
      await electron.ipcMain.invoke(contents, page, InvokeChannel.refreshUser, { verify: true });
    }
    await settled;
    const finished = lastFinished(electron);
    // Two refreshes in the same second get TGTs with the same start time, which MIT's one-second
    // times cannot tell apart ('partial', "could not confirm"); a refresh that failed has an error.
    const outcome = finished?.result.outcome ?? 'none';
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    if (!finished || finished.result.error !== null) {
      failures.push(`refresh ${count.refreshes}: ${JSON.stringify(finished?.result.error)}`);
    }
  };

  const workDay = async (): Promise<void> => {
    const resumed = electron.next(isView);
    electron.powerMonitor.emit('resume');
    await resumed;
    for (let hour = 0; hour < WORK_HOURS; hour += 1) {
      for (let i = 0; i < LISTS_PER_HOUR; i += 1) {
        await list(i);
        if (REFRESH_AT.includes(i) && (i !== 20 || hour % 2 === 1)) await refresh();
        await pass(2 * MINUTE);
        electron.forget(); // the fake's own records, not the app's memory
      }
      await pass(HOUR - LISTS_PER_HOUR * 2 * MINUTE);
    }
    await pass(24 * HOUR - WORK_HOURS * HOUR); // the night
  };

  const measure = () => {
    gc();
    gc();
    return {
      heap: process.memoryUsage().heapUsed,
      listeners: electron.listenerCount(),
      timers: loadedMain.timers(),
      pending: clock.pending(),
    };
  };

  await workDay();
  const afterDayOne = measure();
  for (let day = 1; day < WORK_DAYS; day += 1) await workDay();
  await pass(48 * HOUR); // the weekend
  const afterWeek = measure();

  const seconds = (Date.now() - started) / 1000;
  console.log(
    `week: ${count.lists} lists, ${count.refreshes} refreshes, ${count.wakeUps} expiry wake-ups, ` +
      `${count.warnings} expiry notifications, ` +
      `${count.ticks} tooltip ticks (refreshes: ${JSON.stringify(Object.fromEntries(outcomes))}) in ${seconds.toFixed(1)} s; heap ${(afterDayOne.heap / 1e6).toFixed(1)} -> ` +
      `${(afterWeek.heap / 1e6).toFixed(1)} MB; listeners ${afterDayOne.listeners} -> ${afterWeek.listeners}; ` +
      `timers ${afterDayOne.timers} -> ${afterWeek.timers}`,
  );

  expect(count.lists).toBe(1000);
  expect(count.refreshes).toBe(100);
  expect(clock.now()).toBe(7 * 24 * HOUR);
  // Each night and the weekend, the app woke up when the TGT neared its end, and read again.
  expect(count.wakeUps).toBeGreaterThanOrEqual(WORK_DAYS);
  // ...and each evening the person was told twice (15 and 5 minutes left), once per ticket.
  expect(count.warnings).toBeGreaterThanOrEqual(2 * WORK_DAYS);
  expect(count.ticks).toBeGreaterThanOrEqual(7 * 24 * 60 - 1);
  expect(failures).toEqual([]);
  expect(loadedMain.errors).toEqual([]);
  expect(afterWeek.listeners).toBe(afterDayOne.listeners);
  // The tooltip's interval and the one expiry wake-up, nothing else.
  expect(afterWeek.timers).toBe(2);
  expect(afterDayOne.timers).toBe(2);
  expect(afterWeek.heap - afterDayOne.heap).toBeLessThan(HEAP_SLACK_BYTES);
}, 600_000);
