/**
 * The help desk's commands as a person reads them at 80 and 120 columns, with and without colour,
 * kept as file snapshots like cli-output.test.ts:
 *
 * - `regroup diagnose` and `diagnose --redact`, real runs in-process against the real MIT test
 *   KDC (test/realm) and against the fake Windows tools (fake klist.exe, whoami and ADSI) whose
 *   domain controller is that same real KDC: its search and its clock are real.
 * - `regroup refresh --user --wait-for Finance` on the fake Windows with a virtual clock: the
 *   progress lines (standard error, as on a terminal) while IT adds dyork to Finance after the
 *   third check, then the end. (The fake domain controller gives new tickets the directory's
 *   groups at once, as the rootDSE shows them, so the fourth check finds Finance there.)
 *
 * What really varies between runs and machines is named narrowly (`machine`): the realm's temp
 * folder, this computer's name and OS release, dates, ISO times, the KDC's port, milliseconds,
 * the clock offset. Runs of spaces are kept: the report's alignment is part of what is checked.
 */
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroupsCommands } from '../../cli/groups-commands';
import { createUnixService } from '../../core/kerberos/unix/service';
import { createVirtualClock } from '../fakes/fake-clock';
import {
  createFakeWindows,
  domainState,
  financePending,
  type FakeWindows,
} from '../fakes/fake-windows';
import { diagnoseOnKdc } from '../fakes/fake-windows-service';
import { startRealm, type Realm } from '../realm/realm';
import {
  checkLayout,
  fakeWindowsGroups,
  fakeWindowsService,
  run,
  shown,
  snapshot,
  TERMINALS,
  type Output,
} from './cli-output';
import type { Terminal } from '../../cli/terminal';

let realm: Realm;
beforeAll(async () => {
  realm = await startRealm();
}, 120_000);
afterAll(() => realm?.stop());

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What differs between machines and runs, each named by its own pattern; everything else (digits
 * of names, spaces of the alignment) as printed. Dates are today's and tomorrow's: the month and
 * day go, the hour stays (it is fixed by the afternoon zone); a time of day alone (`--wait-for`'s
 * checks, minutes apart) goes whole.
 */
function machine(text: string): string {
  return text
    .split(realm.dir)
    .join('<realm>')
    .split(os.release())
    .join('<release>')
    .replace(new RegExp(`^(  Computer +)${escape(os.hostname())}$`, 'm'), '$1<host>')
    .replace(/\b[A-Z][a-z]{2} \d{1,2}, \d{4}, (\d{1,2}):\d{2}/g, 'Mmm D, YYYY, $1:MM')
    .replace(/\b\d{1,2}:\d{2} ([AP]M)\b/g, 'h:mm $1')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'YYYY-MM-DDThh:mm:ss.sssZ')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')
    .replace(/\d+ ms\b/g, 'N ms')
    .replace(/[+-]\d+\.\d seconds/g, '+S.S seconds');
}

describe.each(TERMINALS)('at $columns columns, colour $colour', (terminal) => {
  const check = async (name: string, output: Output): Promise<void> => {
    expect(output.code, output.err).toBe(0);
    checkLayout(output, terminal);
    await expect(shown(output, machine)).toMatchFileSnapshot(snapshot(name, terminal));
  };

  it.each([
    ['mit-diagnose', []],
    ['mit-diagnose-redact', ['--redact']],
  ])('%s against the MIT test KDC', async (name, argv) => {
    const cc = `FILE:${path.join(realm.dir, `diag-cc-${terminal.columns}-${terminal.colour}`)}`;
    expect((await realm.kinit('alice', 'alice-pw', { cache: cc })).exitCode).toBe(0);
    expect((await realm.kvno('cifs/fs1.regroup.test', { cache: cc })).exitCode).toBe(0);
    const env = { ...realm.env, KRB5CCNAME: cc };
    const output = await run(['diagnose', ...argv], terminal, {
      service: () => createUnixService({ kind: 'mit', env, keytab: null }),
      groups: createGroupsCommands({ platform: 'linux', env }),
      env,
    });
    await check(name, output);
  });

  describe('against the fake Windows tools', () => {
    let win: FakeWindows;
    beforeAll(() => {
      win = createFakeWindows(domainState(), financePending());
    });
    afterAll(() => win?.cleanup());

    it.each([
      ['win-diagnose', []],
      ['win-diagnose-redact', ['--redact']],
    ])('%s', async (name, argv) => {
      const output = await run(['diagnose', ...argv], terminal, {
        service: () => fakeWindowsService(win),
        groups: fakeWindowsGroups(win),
        env: win.env,
        platform: 'win32',
        // DC01 is the real MIT KDC: found by the pre-flight's search, its clock read for real.
        diagnoseProbes: diagnoseOnKdc(realm.port),
      });
      await check(name, output);
    });
  });

  it('win-wait-for: each check while IT adds dyork to Finance, then the arrival', async () => {
    const win = createFakeWindows(domainState(), financePending(false));
    try {
      const output = await waitForFinance(win, terminal);
      // Three checks do not see it (at 0, 0.5 and 1.5 min), the fourth (3.5 min) does.
      expect(output.err.match(/does not list you in Finance yet/g)).toHaveLength(3);
      await check('win-wait-for', output);
    } finally {
      win.cleanup();
    }
  });
});

/**
 * `regroup refresh --user --wait-for Finance` with standard error on a terminal, its timers on a
 * virtual clock that starts now (the fake's tickets are real-time). A timer fires only while the
 * command waits (no group read or refresh under way, the next check planned besides the
 * deadline); IT adds dyork to Finance in the directory after the third check.
 */
async function waitForFinance(win: FakeWindows, terminal: Terminal): Promise<Output> {
  const clock = createVirtualClock();
  const start = Date.now();
  const groups = fakeWindowsGroups(win);
  let busy = 0;
  let reads = 0;
  const counted = async <T>(work: () => Promise<T>): Promise<T> => {
    busy += 1;
    try {
      return await work();
    } finally {
      busy -= 1;
    }
  };
  let done = false;
  const running = run(['refresh', '--user', '--wait-for', 'Finance'], terminal, {
    service: () => fakeWindowsService(win),
    groups: {
      report: (options) => counted(() => ((reads += 1), groups.report(options))),
      verifyRefresh: (options) => counted(() => groups.verifyRefresh(options)),
    },
    env: win.env,
    platform: 'win32',
    stderrIsTTY: true,
    now: () => new Date(start + clock.now()),
    timers: {
      now: () => start + clock.now(),
      setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
      clearTimeout: (handle) => clock.clear(handle as NodeJS.Timeout),
    },
  }).finally(() => (done = true));
  for (let i = 0; i < 2_000 && !done; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (busy > 0 || clock.pending() < 2) continue;
    if (reads >= 3) win.updateGroups((g) => (g.adsi = financePending(true).adsi));
    clock.fireNext();
  }
  return running;
}
