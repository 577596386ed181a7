import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseIdOutput, readWindowsToken } from './local-token';
import { createGroupsService } from './service';
import { MEANING } from './verdict';
import { ADSI_SCRIPT, parseAdsiOutput } from './windows-adsi';

const FAKE_WHOAMI = path.resolve(__dirname, '../../test/fakes/fake-whoami.mjs');
const HTB = 'S-1-5-21-3072663084-364016917-1341370565';
const dirs: string[] = [];

/** A temp %SystemRoot% whose System32 holds the fake whoami.exe (and, when given, a fake powershell.exe). */
function fakeWindows(state: object, adsiOutput?: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-win-'));
  dirs.push(root);
  const system32 = path.join(root, 'System32');
  fs.mkdirSync(system32);
  fs.symlinkSync(FAKE_WHOAMI, path.join(system32, 'whoami.exe'));
  const statePath = path.join(root, 'whoami-state.json');
  fs.writeFileSync(statePath, JSON.stringify(state));
  if (adsiOutput !== undefined) {
    const ps = path.join(system32, 'WindowsPowerShell', 'v1.0');
    fs.mkdirSync(ps, { recursive: true });
    fs.writeFileSync(path.join(root, 'adsi.txt'), adsiOutput);
    fs.writeFileSync(
      path.join(ps, 'powershell.exe'),
      `#!/bin/sh\ncat "${path.join(root, 'adsi.txt')}"\n`,
      { mode: 0o755 },
    );
  }
  const env = {
    ...process.env,
    SystemRoot: root,
    FAKE_WHOAMI_STATE: statePath,
    USERNAME: 'svc-alfresco',
    USERDNSDOMAIN: 'HTB.LOCAL',
  };
  return { root, env, statePath };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// The groups of whoami-en-all-7.txt (HTB Forest, domain user), as state for the fake.
const EN_ALL_7 = {
  user: { name: 'htb\\svc-alfresco', sid: `${HTB}-1147` },
  groups: [
    {
      name: 'Everyone',
      type: 'Well-known group',
      sid: 'S-1-1-0',
      attributes: 'Mandatory group, Enabled by default, Enabled group',
    },
    {
      name: 'BUILTIN\\Users',
      type: 'Alias',
      sid: 'S-1-5-32-545',
      attributes: 'Mandatory group, Enabled by default, Enabled group',
    },
    {
      name: 'BUILTIN\\Account Operators',
      type: 'Alias',
      sid: 'S-1-5-32-548',
      attributes: 'Mandatory group, Enabled by default, Enabled group',
    },
    {
      name: 'HTB\\Privileged IT Accounts',
      type: 'Group',
      sid: `${HTB}-1149`,
      attributes: 'Mandatory group, Enabled by default, Enabled group',
    },
    {
      name: 'HTB\\Service Accounts',
      type: 'Group',
      sid: `${HTB}-1148`,
      attributes: 'Mandatory group, Enabled by default, Enabled group',
    },
    {
      name: 'Mandatory Label\\Medium Mandatory Level',
      type: 'Label',
      sid: 'S-1-16-8192',
      attributes: '',
    },
  ],
};

describe('Windows sign-in token through the fake whoami.exe', () => {
  it('runs whoami /groups /fo csv /nh from System32 and reads it by SID', async () => {
    const win = fakeWindows(EN_ALL_7);
    const token = await readWindowsToken({ systemRoot: win.root, env: win.env });
    expect(token.user).toEqual({ name: 'htb\\svc-alfresco', sid: `${HTB}-1147` });
    expect(token.groups.map((g) => g.sid)).toEqual([
      'S-1-1-0',
      'S-1-5-32-545',
      'S-1-5-32-548',
      `${HTB}-1149`,
      `${HTB}-1148`,
      'S-1-16-8192',
    ]);
    const calls = JSON.parse(fs.readFileSync(win.statePath, 'utf8')).calls.map(
      (c: { args: string[] }) => c.args.join(' '),
    );
    expect(calls).toEqual(['/groups /fo csv /nh', '/user /fo csv /nh']);
  });

  it('reads the OEM code page output of a Spanish whoami (cp850)', async () => {
    const win = fakeWindows({
      encoding: 'cp850',
      groups: [
        {
          name: 'BUILTIN\\Usuarios de administración remota',
          type: 'Alias',
          sid: 'S-1-5-32-580',
          attributes: 'Grupo obligatorio',
        },
      ],
    });
    const token = await readWindowsToken({
      systemRoot: win.root,
      env: win.env,
      fallbackEncoding: 'cp850',
    });
    expect(token.groups[0]?.name).toBe('BUILTIN\\Usuarios de administración remota');
  });

  it('turns a failing whoami into a sentence', async () => {
    const win = fakeWindows({ ...EN_ALL_7, exitCode: 1 });
    await expect(readWindowsToken({ systemRoot: win.root, env: win.env })).rejects.toThrow(
      /whoami could not list your sign-in groups \(exit code 1\)/,
    );
  });

  it('compares the three views on Windows: new group, sign-out needed, local group', async () => {
    const adsi = [
      'dc\tFOREST.htb.local',
      `user\t${HTB}-1147\tHTB\\svc-alfresco`,
      `krb\t${HTB}-1147\tHTB\\svc-alfresco`,
      `krb\t${HTB}-513\tHTB\\Domain Users`,
      `krb\t${HTB}-1149\tHTB\\Privileged IT Accounts`,
      `krb\t${HTB}-1148\tHTB\\Service Accounts`,
      `krb\t${HTB}-1150\tHTB\\Finance`,
      `dir\t${HTB}-513\tHTB\\Domain Users`,
      `dir\t${HTB}-1149\tHTB\\Privileged IT Accounts`,
      `dir\t${HTB}-1148\tHTB\\Service Accounts`,
      `dir\t${HTB}-1150\tHTB\\Finance`,
      `dir\t${HTB}-1151\tHTB\\Sales`,
      '',
    ].join('\r\n');
    const win = fakeWindows(EN_ALL_7, adsi);
    const report = await createGroupsService({
      platform: 'win32',
      env: win.env,
      systemRoot: win.root,
    }).read();
    expect(report.principal).toBe('svc-alfresco@HTB.LOCAL');
    expect(report.dc).toBe('FOREST.htb.local');
    const byName = (name: string) => report.groups.find((g) => g.name === name);
    expect(byName('HTB\\Finance')).toMatchObject({
      signInToken: false,
      kerberosServices: true,
      directory: true,
      meaning: MEANING.needsSignOut,
    });
    expect(byName('HTB\\Sales')).toMatchObject({
      signInToken: false,
      kerberosServices: false,
      directory: true,
      meaning: MEANING.newGroup,
    });
    expect(byName('BUILTIN\\Account Operators')).toMatchObject({
      scope: 'local',
      kerberosServices: null,
      directory: null,
    });
    expect(report.groups.some((g) => g.sid === `${HTB}-1147`)).toBe(false);
  });

  it('says why the Kerberos views are missing when PowerShell cannot run', async () => {
    const win = fakeWindows(EN_ALL_7);
    const report = await createGroupsService({
      platform: 'win32',
      env: win.env,
      systemRoot: win.root,
    }).read();
    expect(report.views.signInToken.available).toBe(true);
    expect(report.views.kerberosServices.reason).toMatch(/PowerShell could not be run/);
    expect(report.groups.find((g) => g.sid === `${HTB}-1149`)).toMatchObject({
      signInToken: true,
      kerberosServices: null,
      directory: null,
    });
  });
});

describe('small readers', () => {
  it('reads real `id` output of this machine', () => {
    const text = execFileSync('id', ['root'], { encoding: 'utf8' });
    expect(parseIdOutput(text)).toEqual({
      user: { id: 0, name: 'root' },
      groups: [{ id: 0, name: 'root' }],
    });
  });

  it('the ADSI script is constant and its output is read by SID', () => {
    expect(ADSI_SCRIPT).not.toMatch(/\$\{/);
    const reading = parseAdsiOutput(
      'err\tkrb\tThe server is not operational.\r\nuser\tS-1-5-21-1-2-3-1000\t\r\n',
    );
    expect(reading.kerberosError).toBe('The server is not operational.');
    expect(reading.kerberosSids).toBeNull();
    expect(reading.userSid).toBe('S-1-5-21-1-2-3-1000');
  });
});
