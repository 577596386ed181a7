/**
 * `regroup helper install | remove | status` as IT runs it, through runCli and the fake Windows
 * (schtasks.exe, whoami.exe): what is printed, in which language, and the exit codes scripts and
 * installers read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createWindowsHelper, type WindowsHelper } from '../core/kerberos/windows/helper';
import { createFakeWindows, type FakeWindows } from '../test/fakes/fake-windows';
import { runCli, type CliContext } from './main';

let win: FakeWindows;
afterEach(() => win?.cleanup());

async function cli(argv: string[], helper: WindowsHelper | null) {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => Buffer.alloc(0),
    readFile: async () => Buffer.alloc(0),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    service: () => {
      throw new Error('not used');
    },
    helper: () => helper,
    version: '0.0.0-test',
    now: () => new Date(),
    env: {},
  };
  const code = await runCli(argv, ctx);
  return { code, out, err };
}

function fakeHelper(elevated: boolean): WindowsHelper {
  win = createFakeWindows();
  win.setElevated(elevated);
  return createWindowsHelper({ env: win.env, tool: win.tool });
}

describe('regroup helper', { timeout: 60_000 }, () => {
  it('installs as an administrator, then anyone sees it installed', async () => {
    const helper = fakeHelper(true);
    const install = await cli(['helper', 'install'], helper);
    expect(install).toEqual({
      code: 0,
      err: '',
      out: [
        'The Regroup helper is installed. People on this computer can now refresh its groups without administrator approval.',
        '\\Regroup\\ComputerTickets: installed (%SystemRoot%\\System32\\klist.exe -li 0x3e7 purge)',
        '\\Regroup\\ComputerPolicy: installed (%SystemRoot%\\System32\\gpupdate.exe /target:computer /force)',
        '',
      ].join('\n'),
    });
    win.setElevated(false);
    const status = await cli(['helper', 'status', '--json'], helper);
    expect(status.code).toBe(0);
    const json = JSON.parse(status.out) as { ok: boolean; status: { installed: boolean } };
    expect(json.ok).toBe(true);
    expect(json.status.installed).toBe(true);
  });

  it('says in German that it needs administrator rights, and exits 1', async () => {
    const helper = fakeHelper(false);
    const run = await cli(['helper', 'install', '--lang', 'de'], helper);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/^Zum Installieren oder Entfernen des Regroup-Hilfsprogramms/);
    expect(win.tasks().tasks).toEqual({});
  });

  it('exits 1 with the install command when the helper is missing', async () => {
    const helper = fakeHelper(false);
    const run = await cli(['helper', 'status'], helper);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')[0]).toBe(
      'The Regroup helper is not installed. An administrator can install it with regroup helper install.',
    );
  });

  it('is for Windows only', async () => {
    const run = await cli(['helper', 'status'], null);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^This command is for Windows\./);
  });

  it('is a usage error without one of install, remove, status', async () => {
    const run = await cli(['helper', 'enable'], null);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^"regroup helper" needs one of: install, remove, status\./);
  });
});
