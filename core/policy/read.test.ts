/**
 * Reading the policy: Windows through the fake reg.exe (test/fakes/fake-reg.mjs prints what the
 * real one prints, including its not-found error), Linux and macOS from their JSON file. One bad
 * setting is reported and ignored; the others still apply.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { runTool } from '../process/run';
import { LINUX_POLICY_FILE, MAC_POLICY_FILE, policyFileFor, POLICY_KEY, readPolicy } from './read';
import { parseRegQuery } from '../kerberos/windows/reg-query';

const FAKE_REG = path.resolve(__dirname, '../../test/fakes/fake-reg.mjs');
const KEY = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Regroup';

interface RegValue {
  name: string;
  type: string;
  data: number | string;
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-policy-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function registry(
  values: RegValue[] | null,
  extra: { language?: 'en' | 'de'; subkeys?: string[] } = {},
) {
  const statePath = path.join(dir, 'reg-state.json');
  // The fake's registry (test/fakes/fake-reg.mjs): REG_DWORD data as reg.exe prints it.
  const keys: Record<string, Array<{ name: string; type: string; data: string }>> = {};
  if (values) {
    keys[KEY] = values.map((v) => ({
      name: v.name,
      type: v.type,
      data: typeof v.data === 'number' ? `0x${v.data.toString(16)}` : v.data,
    }));
  }
  for (const sub of extra.subkeys ?? []) keys[`${KEY}\\${sub}`] = [];
  fs.writeFileSync(statePath, JSON.stringify({ keys, language: extra.language }));
  const env = { ...process.env, FAKE_REG_STATE: statePath };
  return {
    read: () => readPolicy({ platform: 'win32', env, regExe: FAKE_REG }),
    calls: () =>
      (JSON.parse(fs.readFileSync(statePath, 'utf8')) as { calls: Array<{ args: string[] }> })
        .calls,
    run: (args: string[]) => runTool(FAKE_REG, args, { env }),
  };
}

describe('the fake reg.exe', () => {
  it('prints the key, four-space indented values and CRLF lines as reg.exe does', async () => {
    const reg = registry(
      [
        { name: 'HideComputerRefresh', type: 'REG_DWORD', data: 1 },
        { name: 'HelpDeskName', type: 'REG_SZ', data: 'Contoso IT Service Desk' },
      ],
      { subkeys: ['Old'] },
    );
    const result = await reg.run(['query', POLICY_KEY, '/reg:64']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      [
        '',
        KEY,
        '    HideComputerRefresh    REG_DWORD    0x1',
        '    HelpDeskName    REG_SZ    Contoso IT Service Desk',
        '',
        `${KEY}\\Old`,
        '',
      ].join('\r\n'),
    );
    // The subkey's header ends the key's values.
    expect(parseRegQuery(result.stdout)[0]?.values.map((v) => v.name)).toEqual([
      'HideComputerRefresh',
      'HelpDeskName',
    ]);
  });

  it('answers a missing key with its localized error on standard error and exit code 1', async () => {
    const result = await registry(null, { language: 'de' }).run(['query', POLICY_KEY, '/reg:64']);
    expect(result).toMatchObject({ exitCode: 1, stdout: '' });
    expect(result.stderr).toContain('FEHLER');
  });
});

describe('the Windows policy (HKLM\\Software\\Policies\\Regroup)', () => {
  it('reads every setting from the 64-bit view with the fixed reg.exe command', async () => {
    const reg = registry([
      { name: 'HideComputerRefresh', type: 'REG_DWORD', data: 1 },
      { name: 'GpupdateAfterComputerRefresh', type: 'REG_SZ', data: 'forced' },
      { name: 'HelpDeskName', type: 'REG_SZ', data: 'Contoso IT Service Desk' },
      { name: 'HelpDeskPhone', type: 'REG_SZ', data: '+1 (425) 555-0100' },
      { name: 'HelpDeskUrl', type: 'REG_SZ', data: 'https://help.contoso.com/regroup' },
      { name: 'HelpDeskText', type: 'REG_SZ', data: 'Say "Regroup" and your computer name.' },
      { name: 'StartAtLogin', type: 'REG_DWORD', data: 1 },
      { name: 'DisableNotifications', type: 'REG_DWORD', data: 1 },
      { name: 'AllowWaitForGroup', type: 'REG_DWORD', data: 0 },
      { name: 'DomainController', type: 'REG_SZ', data: 'DC02.contoso.com' },
    ]);
    const policy = await reg.read();
    expect(reg.calls()).toEqual([{ args: ['query', POLICY_KEY, '/reg:64'] }]);
    expect(policy).toMatchObject({
      source: POLICY_KEY,
      hideComputerRefresh: true,
      gpupdate: 'forced',
      helpDesk: {
        name: 'Contoso IT Service Desk',
        phone: '+1 (425) 555-0100',
        url: 'https://help.contoso.com/regroup',
        text: 'Say "Regroup" and your computer name.',
      },
      startAtLogin: true,
      notifications: false,
      waitForGroup: false,
      dc: 'DC02.contoso.com',
      problems: [],
    });
    expect(policy.managed).toHaveLength(10);
  });

  it('has no policy when the key does not exist, in any display language', async () => {
    for (const language of ['en', 'de'] as const) {
      const policy = await registry(null, { language }).read();
      expect(policy).toMatchObject({ managed: [], problems: [], hideComputerRefresh: false });
      expect(policy.gpupdate).toBe('person');
      expect(policy.startAtLogin).toBeNull();
    }
  });

  it('ignores a bad value field by field: the other settings still apply', async () => {
    const policy = await registry([
      { name: 'HideComputerRefresh', type: 'REG_DWORD', data: 2 },
      { name: 'HelpDeskUrl', type: 'REG_SZ', data: 'javascript:alert(1)' },
      { name: 'HelpDeskName', type: 'REG_SZ', data: 'Contoso IT' },
      { name: 'StartAtLogin', type: 'REG_SZ', data: '1' },
      { name: 'DomainController', type: 'REG_EXPAND_SZ', data: '%LOGONSERVER%' },
      { name: 'DisableNotificatons', type: 'REG_DWORD', data: 1 },
      { name: 'disablenotifications', type: 'REG_DWORD', data: 1 },
    ]).read();
    expect(policy.managed).toEqual(['HelpDeskName', 'DisableNotifications']);
    expect(policy.helpDesk).toEqual({ name: 'Contoso IT' });
    expect(policy.notifications).toBe(false);
    expect(policy.hideComputerRefresh).toBe(false);
    expect(policy.startAtLogin).toBeNull();
    expect(policy.dc).toBeNull();
    const problems = Object.fromEntries(policy.problems.map((p) => [p.setting, p]));
    expect(Object.keys(problems).sort()).toEqual([
      'DisableNotificatons',
      'DomainController',
      'HelpDeskUrl',
      'HideComputerRefresh',
      'StartAtLogin',
    ]);
    expect(problems.HideComputerRefresh?.message).toEqual({
      id: 'policy.problem.setting',
      values: { setting: 'HideComputerRefresh' },
    });
    expect(problems.HideComputerRefresh?.detail).toContain('HideComputerRefresh=2');
    expect(problems.DomainController?.detail).toContain('REG_EXPAND_SZ');
    expect(say(problems.DisableNotificatons!.message)).toBe(
      'Regroup does not know the setting DisableNotificatons from your IT department and ignores it.',
    );
  });

  it('takes an empty text box of Group Policy (an empty REG_SZ) as not set, without a problem', async () => {
    const reg = registry([
      { name: 'HelpDeskName', type: 'REG_SZ', data: 'Contoso IT' },
      { name: 'HelpDeskPhone', type: 'REG_SZ', data: '' },
    ]);
    const output = await reg.run(['query', POLICY_KEY, '/reg:64']);
    expect(output.stdout).toContain('    HelpDeskPhone    REG_SZ    \r\n');
    const policy = await reg.read();
    expect(policy.helpDesk).toEqual({ name: 'Contoso IT' });
    expect(policy.managed).toEqual(['HelpDeskName']);
    expect(policy.problems).toEqual([]);
  });

  it('reports a reg.exe that cannot be run, and runs with the defaults', async () => {
    const policy = await readPolicy({
      platform: 'win32',
      env: {},
      regExe: path.join(dir, 'missing', 'reg.exe'),
    });
    expect(policy.managed).toEqual([]);
    expect(policy.problems).toHaveLength(1);
    expect(policy.problems[0]?.message.id).toBe('policy.problem.unreadable');
    expect(policy.problems[0]?.detail).toContain('not-found');
  });

  it('runs reg.exe from System32 by absolute path, never from PATH', async () => {
    const seen: string[] = [];
    await readPolicy({
      platform: 'win32',
      env: { SystemRoot: 'C:\\Users\\bob\\Windows', PATH: '.' },
      run: async (file) => {
        seen.push(file);
        return { exitCode: 1, stdout: '', stderr: '', durationMs: 1, truncated: false };
      },
    });
    expect(seen).toEqual(['C:\\Windows\\System32\\reg.exe']);
  });
});

describe('the Linux and macOS policy file', () => {
  const write = (text: string): string => {
    const file = path.join(dir, 'policy.json');
    fs.writeFileSync(file, text);
    return file;
  };

  it('is read from /etc/regroup and /Library/Application Support/Regroup', () => {
    expect(policyFileFor('linux')).toBe(LINUX_POLICY_FILE);
    expect(LINUX_POLICY_FILE).toBe('/etc/regroup/policy.json');
    expect(policyFileFor('darwin')).toBe(MAC_POLICY_FILE);
    expect(MAC_POLICY_FILE).toBe('/Library/Application Support/Regroup/policy.json');
  });

  it('applies the settings of a valid file (a byte order mark is allowed)', async () => {
    const file = write(
      '\uFEFF' +
        JSON.stringify({
          HideComputerRefresh: true,
          GpupdateAfterComputerRefresh: 'default',
          StartAtLogin: false,
          HelpDeskPhone: '+49 89 1234-0',
        }),
    );
    const policy = await readPolicy({ platform: 'linux', env: {}, file });
    expect(policy).toMatchObject({
      source: file,
      hideComputerRefresh: true,
      gpupdate: 'default',
      startAtLogin: false,
      helpDesk: { phone: '+49 89 1234-0' },
      problems: [],
    });
  });

  it('has no policy when there is no file', async () => {
    const policy = await readPolicy({ platform: 'darwin', env: {}, file: path.join(dir, 'none') });
    expect(policy).toMatchObject({ managed: [], problems: [] });
  });

  it('keeps the valid settings of a file with bad ones', async () => {
    const file = write(
      JSON.stringify({
        HelpDeskName: 'Service\u001b[2JDesk',
        HelpDeskText: 'x'.repeat(301),
        DomainController: 'ldap://dc1',
        GpupdateAfterComputerRefresh: 'always',
        AllowWaitForGroup: false,
      }),
    );
    const policy = await readPolicy({ platform: 'linux', env: {}, file });
    expect(policy.managed).toEqual(['AllowWaitForGroup']);
    expect(policy.waitForGroup).toBe(false);
    expect(policy.helpDesk).toBeNull();
    expect(policy.gpupdate).toBe('person');
    expect(policy.problems.map((p) => p.setting).sort()).toEqual([
      'DomainController',
      'GpupdateAfterComputerRefresh',
      'HelpDeskName',
      'HelpDeskText',
    ]);
  });

  it.each([
    ['not JSON', '{ "HideComputerRefresh": true,', 'not JSON'],
    ['an array', '[true]', 'an array'],
    ['too large', `{"HelpDeskText": "${'x'.repeat(70_000)}"}`, 'at most'],
  ])('reports a file that is %s and runs with the defaults', async (_what, text, detail) => {
    const policy = await readPolicy({ platform: 'linux', env: {}, file: write(text) });
    expect(policy.managed).toEqual([]);
    expect(policy.problems).toHaveLength(1);
    expect(policy.problems[0]?.detail).toContain(detail);
    expect(say(policy.problems[0]!.message)).toContain('could not be read');
  });

  it('reports a file it may not read', async () => {
    const policy = await readPolicy({
      platform: 'linux',
      env: {},
      readFile: () =>
        Promise.reject(Object.assign(new Error('permission denied'), { code: 'EACCES' })),
    });
    expect(policy.problems[0]?.detail).toContain('EACCES');
  });
});
