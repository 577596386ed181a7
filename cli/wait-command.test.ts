/**
 * `regroup refresh --user --wait-for GROUP [--timeout D]` in-process, on a virtual clock: the
 * exit codes (0 arrived, 3 not in time, 1 the refresh needs the person, 2 usage), the JSON, the
 * progress lines on a terminal's standard error (and none through a pipe), and the durations.
 */
import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../test/fakes/fake-clock';
import { groupsReport, DOMAIN } from '../test/fakes/fake-groups';
import { refreshResultOf, ticketOf } from '../test/fakes/kerberos-data';
import type { KerberosService } from '../core/kerberos/service';
import type { RefreshResult } from '../core/kerberos/types';
import { computeVerdict } from '../core/groups/verdict';
import { runCli, type CliContext } from './main';
import { parseDuration } from './duration';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const FINANCE_SID = `${DOMAIN}-1101`;

function setup(options: { stderrIsTTY?: boolean; refresh?: () => RefreshResult } = {}) {
  const clock = createVirtualClock();
  const world = { directory: false, ticket: false };
  const report = () =>
    groupsReport(
      world.ticket ? ['Users', 'Finance'] : ['Users'],
      world.directory ? ['Users', 'Finance'] : ['Users'],
    );
  let out = '';
  let err = '';
  let refreshes = 0;
  const service: KerberosService = {
    kind: 'mit',
    capabilities: async () => ({
      kind: 'mit',
      userRefreshNeedsPassword: false,
      computerRefresh: { available: false, reason: null },
    }),
    list: async () => {
      throw new Error('not listed here');
    },
    refresh: async () => {
      refreshes += 1;
      const result =
        options.refresh?.() ??
        refreshResultOf('user', { acquired: [ticketOf('krbtgt/LAB.TEST@LAB.TEST', 10 * HOUR)] });
      if (result.ok) world.ticket = world.directory;
      return result;
    },
  };
  const ctx: CliContext = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => Buffer.alloc(0),
    readFile: async () => Buffer.alloc(0),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    service: () => service,
    groups: {
      report: async () => report(),
      verifyRefresh: async ({ refresh }) => {
        const before = report();
        const result = await refresh();
        return { result, verdict: computeVerdict(before, report()) };
      },
    },
    version: 'test',
    now: () => new Date(Date.UTC(2026, 0, 5, 9, 0) + clock.now()),
    stderrIsTTY: options.stderrIsTTY ?? false,
    terminal: { columns: 200, colour: false },
    timers: {
      now: () => Date.UTC(2026, 0, 5, 9, 0) + clock.now(),
      setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
      clearTimeout: (handle) => clock.clear(handle as NodeJS.Timeout),
    },
  };
  /** Runs the command, firing the virtual timers (each after the work before it settled). */
  async function run(argv: string[], during: (minutes: number) => void = () => undefined) {
    let code: number | null = null;
    const running = runCli(argv, ctx).then((c) => (code = c));
    for (let i = 0; i < 500 && code === null; i++) {
      for (let k = 0; k < 20; k++) await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
      if (code !== null) break;
      during(clock.now() / MINUTE);
      clock.fireNext();
    }
    await running;
    return { code, out, err, refreshes, minutes: clock.now() / MINUTE };
  }
  return { run, world };
}

describe('regroup refresh --user --wait-for', () => {
  it('exits 0 when the group arrives: refreshed and verified, the JSON with the wait and the verdict', async () => {
    const { run, world } = setup();
    const done = await run(['refresh', '--user', '--wait-for', 'Finance', '--json'], (minutes) => {
      // IT adds the person to Finance after the check at 1.5 min.
      if (minutes >= 1.5) world.directory = true;
    });
    expect(done.code).toBe(0);
    expect(done.refreshes).toBe(1);
    // Checks at 0, 0.5, 1.5 and 3.5 min.
    expect(done.minutes).toBe(3.5);
    const json = JSON.parse(done.out) as {
      ok: boolean;
      verdict: { gained: unknown[] };
      headline: { kind: string };
      wait: { end: string; checks: number; found: unknown };
    };
    expect(json.ok).toBe(true);
    expect(json.verdict.gained).toEqual([{ sid: FINANCE_SID, name: 'LAB\\Finance' }]);
    expect(json.headline.kind).toBe('changed');
    expect(json.wait).toMatchObject({
      end: 'arrived',
      checks: 4,
      found: { sid: FINANCE_SID, name: 'LAB\\Finance' },
    });
    // A pipe gets no progress lines.
    expect(done.err).toBe('');
  });

  it('says each check on a terminal, and the arrival above the verified refresh on stdout', async () => {
    const { run, world } = setup({ stderrIsTTY: true });
    const done = await run(['refresh', '--user', '--wait-for', FINANCE_SID], (minutes) => {
      // Checks at 0, 0.5 and 1.5 min do not see it; the one at 3.5 does.
      if (minutes >= 1.5) world.directory = true;
    });
    expect(done.code).toBe(0);
    // Times of day in the test machine's zone and clock: only their place is asserted.
    const lines = done.err.replace(/\d{1,2}:\d{2}(?:\s?[AP]M)?/g, 'HH:MM').split('\n');
    expect(lines.filter(Boolean)).toEqual([
      `Waiting for ${FINANCE_SID} until HH:MM. To stop, press Ctrl+C.`,
      `The directory does not list you in ${FINANCE_SID} yet. Next check at HH:MM.`,
      `The directory does not list you in ${FINANCE_SID} yet. Next check at HH:MM.`,
      `The directory does not list you in ${FINANCE_SID} yet. Next check at HH:MM.`,
      'LAB\\Finance is in the directory: getting a new sign-in ticket…',
    ]);
    expect(done.out).toMatch(
      /^LAB\\Finance has arrived: file shares, websites and other network services see you there now\.\n\nYou are now in LAB\\Finance for file shares/,
    );
  });

  it('exits 3 at the timeout, and 1 with the reason when the refresh needs the person', async () => {
    const late = setup();
    const timedOut = await late.run([
      'refresh',
      '--user',
      '--wait-for',
      'Finance',
      '--timeout',
      '20m',
    ]);
    expect(timedOut.code).toBe(3);
    expect(timedOut.minutes).toBe(20);
    expect(timedOut.err).toMatch(/^Finance has not arrived\. Ask your IT department/);
    expect(timedOut.refreshes).toBe(0);

    const password = setup({
      refresh: () =>
        refreshResultOf('user', {
          ok: false,
          outcome: 'failed',
          message: { id: 'cli.password.cancelled' },
          error: { code: 'password-required', message: { id: 'cli.password.cancelled' } },
        }),
    });
    password.world.directory = true;
    const failed = await password.run(['refresh', '--user', '--wait-for', 'Finance']);
    expect(failed.code).toBe(1);
    expect(failed.err).toBe(
      'LAB\\Finance is in the directory now, but your tickets could not be renewed without you.\nCancelled: nothing was changed.\n',
    );
  });

  it('refuses --wait-for without --user, --timeout without --wait-for, and durations out of bounds (exit 2)', async () => {
    for (const [argv, said] of [
      [['refresh', '--computer', '--wait-for', 'Finance'], '--wait-for goes with --user only.'],
      [['refresh', '--user', '--timeout', '2h'], '--timeout goes with --wait-for only.'],
      [
        ['refresh', '--user', '--wait-for', 'Finance', '--timeout', '3d'],
        '--timeout takes a time from 1 minute to 24 hours, such as 90m, 2h, 1h30m; not "3d".',
      ],
    ] as const) {
      const done = await setup().run([...argv]);
      expect(done.code, argv.join(' ')).toBe(2);
      expect(done.err.split('\n')[0]).toBe(said);
    }
  });
});

describe('parseDuration', () => {
  it('reads 90m, 2h, 1h30m, 45s-free forms and bare minutes, within a minute and a day', () => {
    expect(parseDuration('90m')).toBe(90 * MINUTE);
    expect(parseDuration('2h')).toBe(2 * HOUR);
    expect(parseDuration('1H30M')).toBe(90 * MINUTE);
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('45')).toBe(45 * MINUTE);
    for (const bad of ['', '30s', '25h', '2d', '1.5h', 'm', '-5m', '2 h'])
      expect(parseDuration(bad), bad).toBeNull();
  });
});
