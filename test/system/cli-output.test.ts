/**
 * Every command's human output, as a person reads it at 80 and 120 columns, with and without
 * colour: real runs in-process against the real MIT test KDC (test/realm) and against the fake
 * klist.exe (with the real groups service over the fake whoami and ADSI). Each output is kept as
 * a file snapshot (test/system/__snapshots__/cli-output/), so a change of layout shows up in
 * review, and checked here for what must always hold: no line wider than the terminal (klist's
 * own words excepted), colour codes only when colour is on.
 *
 * Tickets are issued now, so times vary between runs: see `variable`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliContext } from '../../cli/main';
import { createGroupsCommands } from '../../cli/groups-commands';
import { withoutColour, type Terminal } from '../../cli/terminal';
import { displayWidth } from '../../cli/text-width';
import { createGroupsService } from '../../core/groups/service';
import { createElevator } from '../../core/kerberos/elevate';
import type { KerberosService } from '../../core/kerberos/service';
import { createUnixService } from '../../core/kerberos/unix/service';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { runTool } from '../../core/process/run';
import { msg } from '../../core/i18n';
import { createFakeUac } from '../fakes/fake-uac';
import { createFakeWindows, domainState, type FakeWindows } from '../fakes/fake-windows';
import { startRealm, type Realm } from '../realm/realm';

/** A colour code as `paint` writes it (ESC [ n m), with its number. */
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[(\\d+)m`, 'g');

const TERMINALS: Terminal[] = [
  { columns: 80, colour: false },
  { columns: 80, colour: true },
  { columns: 120, colour: false },
  { columns: 120, colour: true },
];
/**
 * Both the real KDC and the fake one issue tickets now (a refresh checks its new ticket against
 * the real clock), so times of day and durations vary between runs: digits become `#`, and runs
 * of spaces two (the alignment they hold is checked by width here and in layout.test.ts).
 */
const variable = (text: string): string => text.replace(/\d+/g, '#').replace(/ {2,}/g, '  ');

/**
 * `list` shows a time of day ("issued 3:05 PM") and adds the date only when it is not today, so
 * a run at half past midnight would read "Nov 28, 10:30 PM" for the fake's tickets (issued two
 * hours ago) and "AM" for the realm's. This file therefore runs in a fixed-offset zone where it
 * is now mid-afternoon (15:00-15:59), whatever the hour of the run. It is set before the realm
 * starts, so kinit and klist (child processes) read the same zone.
 */
function afternoonZone(now = new Date()): string {
  const offset = ((15 - now.getUTCHours() + 36) % 24) - 12; // -12..+11 hours from UTC
  // The Etc zones invert the sign: Etc/GMT-8 is eight hours ahead of UTC.
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
process.env.TZ = afternoonZone();

let realm: Realm;
let tmp: string;

beforeAll(async () => {
  realm = await startRealm();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'regroup-output-'));
}, 120_000);
afterAll(() => {
  realm?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Output {
  code: number;
  out: string;
  err: string;
}

async function run(
  argv: string[],
  terminal: Terminal,
  setup: Pick<CliContext, 'service' | 'groups'> & { now?: Date; stdin?: string },
): Promise<Output> {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => Buffer.from(setup.stdin ?? ''),
    readFile: async (file) => (await import('node:fs')).readFileSync(file),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    service: setup.service,
    groups: setup.groups,
    version: '0.1.0',
    now: () => setup.now ?? new Date(),
    env: {},
    terminal,
    platform: 'linux',
  };
  const code = await runCli(argv, ctx);
  return { code, out, err };
}

/** The snapshot's text: exit code, both streams, colour codes named (`<red>` ... `</>`). */
function shown(output: Output, normalise: (text: string) => string): string {
  const names: Record<string, string> = { '31': '<red>', '33': '<yellow>', '39': '</>' };
  const visible = (text: string): string =>
    normalise(text.replace(COLOUR, (_, code: string) => names[code] ?? `<${code}>`));
  return `exit ${output.code}\n--- stdout\n${visible(output.out)}--- stderr\n${visible(output.err)}`;
}

function checkLayout(output: Output, terminal: Terminal, verbatim: readonly string[] = []): void {
  const text = `${output.out}${output.err}`;
  if (!terminal.colour) expect(text).not.toContain('\u001b[');
  for (const line of text.split('\n')) {
    const plain = withoutColour(line);
    if (verbatim.some((v) => plain.includes(v))) continue;
    expect(displayWidth(plain), plain).toBeLessThanOrEqual(terminal.columns);
  }
}

const snapshot = (name: string, terminal: Terminal): string =>
  `__snapshots__/cli-output/${name}.${terminal.columns}${terminal.colour ? '.colour' : ''}.txt`;

describe.each(TERMINALS)('at $columns columns, colour $colour', (terminal) => {
  describe('against the MIT test KDC', () => {
    let counter = 0;
    const cache = (): string =>
      `FILE:${path.join(realm.dir, `out-cc-${terminal.columns}-${terminal.colour}-${++counter}`)}`;
    const service = (cc: string) => (): KerberosService =>
      createUnixService({ kind: 'mit', env: { ...realm.env, KRB5CCNAME: cc }, keytab: null });
    const normalise = (text: string): string => variable(text.split(realm.dir).join('<realm>'));

    it('list, list -v, refresh --user, parse of its klist, and an expired sign-in ticket', async () => {
      const cc = cache();
      expect((await realm.kinit('alice', 'alice-pw', { cache: cc })).exitCode).toBe(0);
      expect((await realm.kvno('HTTP/web.regroup.test', { cache: cc })).exitCode).toBe(0);
      for (const [name, argv, stdin] of [
        ['mit-list', ['list'], ''],
        ['mit-list-v', ['list', '-v'], ''],
        ['mit-refresh-user', ['refresh', '--user', '--password-stdin'], 'alice-pw\n'],
      ] as const) {
        // New tickets are told from old ones by their start time, in whole seconds.
        if (name === 'mit-refresh-user') await new Promise((r) => setTimeout(r, 1100));
        const output = await run([...argv], terminal, { service: service(cc), stdin });
        expect(output.code, name).toBe(0);
        checkLayout(output, terminal);
        await expect(shown(output, normalise)).toMatchFileSnapshot(snapshot(name, terminal));
      }
      // The help desk's paste: this cache's klist -f output, read back.
      const klist = await realm.klist(['-f'], { cache: cc });
      const parsed = await run(['parse'], terminal, { service: service(cc), stdin: klist.stdout });
      expect(parsed.code).toBe(0);
      checkLayout(parsed, terminal);
      await expect(shown(parsed, normalise)).toMatchFileSnapshot(snapshot('mit-parse', terminal));

      const expired = cache();
      expect(
        (await realm.kinit('bob', 'bob-pw', { cache: expired, lifetime: '2s' })).exitCode,
      ).toBe(0);
      await new Promise((r) => setTimeout(r, 2500));
      const list = await run(['list'], terminal, { service: service(expired) });
      // The first thing said, wrapped at the terminal's width: expired, and the command that fixes it.
      const first = list.out.split('\n\n')[0] ?? '';
      expect(withoutColour(first).replace(/\n/g, ' ')).toMatch(
        /^Sign-in ticket: expired .* Get a new one with "regroup refresh --user"\./,
      );
      expect(list.out.includes('\u001b[31m')).toBe(terminal.colour);
      checkLayout(list, terminal);
      await expect(shown(list, normalise)).toMatchFileSnapshot(
        snapshot('mit-list-expired', terminal),
      );
    }, 60_000);

    it("parse of klist's own error (no cache) leads with the diagnosis", async () => {
      const none = await runTool('klist', [], {
        env: { ...realm.env, KRB5CCNAME: `FILE:${path.join(tmp, 'no-such-cache')}` },
      });
      expect(none.exitCode).toBe(1);
      const text = `${none.stdout}${none.stderr}`;
      const output = await run(['parse'], terminal, { service: service(cache()), stdin: text });
      expect(output.code).toBe(1);
      expect(output.out.split('\n')[0]).toBe(
        'This klist output is an error, not a list of tickets.',
      );
      checkLayout(output, terminal, text.split('\n').filter(Boolean));
      await expect(shown(output, (t) => t.split(tmp).join('<tmp>'))).toMatchFileSnapshot(
        snapshot('mit-parse-error', terminal),
      );
    });
  });

  describe('against the fake klist.exe', () => {
    let win: FakeWindows;
    beforeAll(() => {
      win = createFakeWindows(domainState());
    });
    // Each command sees the same domain: one refresh does not change what the next one finds.
    beforeEach(() => win.write(domainState()));
    afterAll(() => win.cleanup());
    const service =
      (online = true) =>
      (): KerberosService =>
        createWindowsService({
          env: win.env,
          klistPath: win.klistPath,
          elevate: createElevator({ env: {}, platform: 'win32', run: createFakeUac(win).run }),
          preflight: async () => ({
            reachable: online,
            kdc: online ? { host: 'DC01.contoso.com', port: 88 } : null,
            tried: ['dc01.contoso.com:88'],
            message: online
              ? msg('krb.preflight.kdcAnswers', { host: 'DC01.contoso.com' })
              : msg('krb.preflight.noKdcAnswers', {
                  realm: 'CONTOSO.COM',
                  tried: 'dc01.contoso.com:88',
                }),
          }),
        });
    const groups = () =>
      createGroupsCommands({
        create: (dc) =>
          createGroupsService({ platform: 'win32', env: win.env, systemRoot: win.systemRoot, dc }),
      });

    it.each([
      ['win-list', ['list']],
      ['win-list-zh', ['list', '--lang', 'zh-CN']],
      ['win-list-v', ['list', '-v']],
      ['win-list-computer', ['list', '--computer']],
      ['win-refresh-offline', ['refresh', '--user'], false],
      ['win-refresh-user', ['refresh', '--user']],
      ['win-refresh-computer', ['refresh', '--computer', '--gpupdate']],
      ['win-groups', ['groups']],
      ['win-refresh-verify', ['refresh', '--user', '--verify']],
      ['help', ['help']],
      ['help-refresh', ['refresh', '--help']],
      ['help-parse-ja', ['help', 'parse', '--lang', 'ja']],
      ['usage-error', ['refresh', '--user', '--gpupdate']],
      ['version', ['--version']],
    ] as Array<[string, string[], boolean?]>)('%s', async (name, argv, online = true) => {
      const output = await run([...argv], terminal, {
        service: service(online),
        groups: groups(),
      });
      checkLayout(output, terminal, ['klist printed']);
      await expect(
        shown(output, (t) => variable(t.split(win.systemRoot).join('<SystemRoot>'))),
      ).toMatchFileSnapshot(snapshot(name, terminal));
    });
  });
});
