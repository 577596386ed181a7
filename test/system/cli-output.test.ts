/**
 * Every command's human output, as a person reads it at 80 and 120 columns, with and without
 * colour: real runs in-process against the real MIT test KDC (test/realm) and against the fake
 * klist.exe (with the real groups service over the fake whoami and ADSI). Each output is kept as
 * a file snapshot (test/system/__snapshots__/cli-output/), so a change of layout shows up in
 * review, and checked here for what must always hold: no line wider than the terminal (klist's
 * own words excepted), colour codes only when colour is on.
 *
 * Tickets are issued now, so times vary between runs: see `variable` (cli-output.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withoutColour } from '../../cli/terminal';
import type { KerberosService } from '../../core/kerberos/service';
import { createUnixService } from '../../core/kerberos/unix/service';
import { runTool } from '../../core/process/run';
import { createFakeWindows, domainState, type FakeWindows } from '../fakes/fake-windows';
import { startRealm, type Realm } from '../realm/realm';
import {
  checkLayout,
  fakeWindowsGroups,
  fakeWindowsService,
  run,
  shown,
  snapshot,
  TERMINALS,
  variable,
} from './cli-output';

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
      () =>
        fakeWindowsService(win, online);
    const groups = () => fakeWindowsGroups(win);

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
