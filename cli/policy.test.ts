/**
 * The command line under an IT department's policy, end to end through the fakes: the policy is
 * read by the real reader from the fake reg.exe's registry, the refresh runs against the fake
 * Windows (klist.exe, gpupdate.exe, whoami.exe). What the person sees: the computer refresh
 * turned off, computer policy re-applied when IT requires it, the help desk's contact under a
 * failure that says to ask the help desk (in their language), the DC precedence, and a setting
 * that could not be used.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msg } from '../core/i18n';
import type { KerberosService } from '../core/kerberos/service';
import { createWindowsService } from '../core/kerberos/windows/service';
import { readPolicy } from '../core/policy/read';
import { createFakeWindows, KDC_ANSWERS, type FakeWindows } from '../test/fakes/fake-windows';
import { say } from '../test/fakes/english';
import { runCli, type CliContext, type GroupsCommands } from './main';

const KEY = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Regroup';

type Value = { name: string; type: 'REG_DWORD' | 'REG_SZ'; data: string };

let win: FakeWindows;

/** Regroup runs elevated (an administrator, SYSTEM from Intune): the computer refresh runs directly. */
function elevate(): void {
  win.setElevated(true);
  win.update((s) => (s.elevated = true));
}

beforeEach(() => {
  win = createFakeWindows();
});
afterEach(() => win.cleanup());

/** IT's policy in the fake registry that the fake reg.exe (in the fake System32) reads. */
function setPolicy(values: Value[]): void {
  win.setRegistry({ [KEY]: values });
}

const CONTACT: Value[] = [
  { name: 'HelpDeskName', type: 'REG_SZ', data: 'Contoso IT Service Desk' },
  { name: 'HelpDeskPhone', type: 'REG_SZ', data: '+1 425 555 0100' },
  { name: 'HelpDeskUrl', type: 'REG_SZ', data: 'https://help.contoso.com' },
  { name: 'HelpDeskText', type: 'REG_SZ', data: 'Open a ticket under "Sign-in".' },
];

async function regroup(
  argv: string[],
  options: {
    service?: KerberosService;
    env?: Record<string, string>;
    groups?: GroupsCommands;
  } = {},
) {
  let out = '';
  let err = '';
  const service =
    options.service ??
    createWindowsService({
      env: win.env,
      klistPath: win.klistPath,
      preflight: async () => KDC_ANSWERS,
    });
  const ctx: CliContext = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => Buffer.alloc(0),
    readFile: async () => Buffer.alloc(0),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    service: () => service,
    groups: options.groups,
    version: '0.0.0-test',
    now: () => new Date(),
    env: options.env ?? {},
    platform: 'win32',
    policy: () => readPolicy({ platform: 'win32', env: win.env, regExe: win.tool('reg.exe') }),
  };
  const code = await runCli(argv, ctx);
  return { code, out, err };
}

const klistCalls = () => (win.read().calls ?? []).map((c) => c.args.join(' '));

describe('regroup under a policy', { timeout: 30_000 }, () => {
  it('refuses `refresh --computer` to a person when IT turned it off, and touches no ticket', async () => {
    setPolicy([{ name: 'HideComputerRefresh', type: 'REG_DWORD', data: '0x1' }]);
    const run = await regroup(['refresh', '--computer']);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      "Refreshing the computer's groups has been turned off by your IT department.\n",
    );
    expect(klistCalls()).toEqual([]);

    const json = await regroup(['refresh', '--computer', '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, error: { code: 'policy' } });
  });

  it('still runs `refresh --computer` for the IT department’s own elevated scripts (SYSTEM from Intune)', async () => {
    setPolicy([{ name: 'HideComputerRefresh', type: 'REG_DWORD', data: '0x1' }]);
    elevate();
    const run = await regroup(['refresh', '--computer', '--json']);
    expect(run.code).toBe(0);
    expect(klistCalls()).toContain('-li 0x3e7 purge');
  });

  it('refuses `refresh --wait-for` when IT turned waiting off, and touches no ticket', async () => {
    setPolicy([{ name: 'AllowWaitForGroup', type: 'REG_DWORD', data: '0x0' }]);
    const run = await regroup(['refresh', '--user', '--wait-for', 'Finance']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('Your organization has turned off waiting for groups in Regroup.\n');
    expect(klistCalls()).toEqual([]);
  });

  it('still refreshes the computer when the setting is 0', async () => {
    setPolicy([{ name: 'HideComputerRefresh', type: 'REG_DWORD', data: '0x0' }]);
    elevate();
    const run = await regroup(['refresh', '--computer']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(klistCalls()).toContain('-li 0x3e7 purge');
    expect(klistCalls()).not.toContain('gpupdate /target:computer /force');
  });

  it('re-applies computer policy after every computer refresh when IT requires it', async () => {
    setPolicy([{ name: 'GpupdateAfterComputerRefresh', type: 'REG_SZ', data: 'forced' }]);
    elevate();
    const run = await regroup(['refresh', '--computer']);
    expect(run.code).toBe(0);
    expect(klistCalls()).toEqual(expect.arrayContaining(['-li 0x3e7 purge']));
    expect(klistCalls()).toContain('gpupdate /target:computer /force');
  });

  it('gives the help desk contact under a failure that says to ask the help desk, in the person’s language', async () => {
    setPolicy(CONTACT);
    const broken = createWindowsService({
      env: win.env,
      klistPath: path.join(win.systemRoot, 'System32', 'missing', 'klist.exe'),
      preflight: async () => KDC_ANSWERS,
    });
    const run = await regroup(['list'], { service: broken });
    expect(run.code).toBe(1);
    const lines = run.err.trim().split('\n');
    expect(lines.join(' ')).toContain('ask your IT help desk');
    expect(lines.slice(-4)).toEqual([
      'Your help desk: Contoso IT Service Desk',
      'Phone: +1 425 555 0100',
      'Web: https://help.contoso.com',
      'Open a ticket under "Sign-in".',
    ]);

    const german = await regroup(['list', '--lang', 'de'], { service: broken });
    expect(german.err).toContain('Ihr Helpdesk: Contoso IT Service Desk\nTelefon: +1 425 555 0100');
  });

  it('says nothing of the help desk where the sentence does not ask for it', async () => {
    setPolicy(CONTACT);
    win.update((s) => {
      s.failList = true;
    });
    const run = await regroup(['list']);
    expect(run.code).toBe(1);
    expect(run.err).toContain(say(msg('krb.windows.noLogonSession')).slice(0, 30));
    expect(run.err).not.toContain('Contoso IT Service Desk');
  });

  it('uses the policy’s DC unless REGROUP_DC or --dc name another', async () => {
    setPolicy([{ name: 'DomainController', type: 'REG_SZ', data: 'DC02.contoso.com' }]);
    const asked: Array<string | null> = [];
    const groups: GroupsCommands = {
      report: async ({ dc }) => {
        asked.push(dc);
        throw new Error('stop here');
      },
      verifyRefresh: async () => {
        throw new Error('not used');
      },
    };
    await regroup(['groups'], { groups });
    await regroup(['groups'], { groups, env: { REGROUP_DC: 'DC03.contoso.com' } });
    await regroup(['groups', '--dc', 'DC04.contoso.com'], {
      groups,
      env: { REGROUP_DC: 'DC03.contoso.com' },
    });
    expect(asked).toEqual(['DC02.contoso.com', 'DC03.contoso.com', 'DC04.contoso.com']);
  });

  it('says which setting it could not use, with the detail, and goes on with the others', async () => {
    setPolicy([
      { name: 'HelpDeskUrl', type: 'REG_SZ', data: 'file:///etc/passwd' },
      { name: 'HideComputerRefresh', type: 'REG_DWORD', data: '0x1' },
    ]);
    const run = await regroup(['refresh', '--computer']);
    expect(run.err.replace(/\n/g, ' ')).toContain(
      'One setting from your IT department could not be used and is ignored: HelpDeskUrl.',
    );
    expect(run.err).toContain('HelpDeskUrl="file:///etc/passwd"');
    expect(run.err).toContain('turned off by your IT department');
    expect(run.code).toBe(1);
  });

  it('does not read the policy for help, version or parse', async () => {
    setPolicy([{ name: 'HideComputerRefresh', type: 'REG_DWORD', data: '0x1' }]);
    const run = await regroup(['version']);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(win.registry().calls ?? []).toEqual([]);
  });
});
