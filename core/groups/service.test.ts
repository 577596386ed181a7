import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { GroupsError } from './errors';
import { parseIdOutput, readIdToken, readWindowsToken } from './local-token';
import { createGroupsService } from './service';
import { MEANING } from './verdict';
import { ADSI_SCRIPT, parseAdsiOutput } from './windows-adsi';

const FAKE_WHOAMI = path.resolve(__dirname, '../../test/fakes/fake-whoami.mjs');
const HTB = 'S-1-5-21-3072663084-364016917-1341370565';
const dirs: string[] = [];

/** What a promise rejected with, for assertions on its fields. */
async function rejection(promise: Promise<unknown>): Promise<GroupsError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof GroupsError))
    throw new Error(`expected a GroupsError, got ${String(error)}`);
  return error;
}

/**
 * A temp %SystemRoot% whose System32 holds the fake whoami.exe (and, when given, a powershell.exe
 * that prints `adsiOutput` and exits with `exit.code`, `exit.stderr` on its standard error).
 */
function fakeWindows(
  state: object,
  adsiOutput?: string,
  exit: { code: number; stderr: string } = { code: 0, stderr: '' },
) {
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
      `#!/bin/sh\ncat "${path.join(root, 'adsi.txt')}"\n` +
        `printf '%s' '${exit.stderr}' >&2\nexit ${exit.code}\n`,
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

/** The groups service of a Windows PC whose %SystemRoot% is `win`. */
const windowsService = (win: ReturnType<typeof fakeWindows>) =>
  createGroupsService({ platform: 'win32', env: win.env, systemRoot: win.root });

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

  it('turns a failing whoami into a sentence, and keeps its own words for the help desk', async () => {
    const win = fakeWindows({ ...EN_ALL_7, exitCode: 1 });
    const error = await rejection(readWindowsToken({ systemRoot: win.root, env: win.env }));
    expect(error.code).toBe('failed');
    expect(say(error.sentence)).toMatch(
      /^whoami\.exe could not list your sign-in groups \(exit code 1\)\. Try again/,
    );
    expect(error.detail).toBe('ERROR: Unable to get group membership information.');
  });

  it('says whoami.exe is part of Windows when it is missing (not a Kerberos package)', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-win-'));
    dirs.push(root);
    const error = await rejection(readWindowsToken({ systemRoot: root, env: process.env }));
    expect(error.code).toBe('tool-missing');
    expect(say(error.sentence)).toBe(
      `whoami.exe was not found at ${root}/System32/whoami.exe. It is part of Windows: ask your IT department to check this computer.`,
    );
    expect(error.detail).toMatch(/ENOENT/);
  });

  it("shows the sign-in view as not available with whoami's words when it prints no groups", async () => {
    // A whoami whose rows carry no SID Regroup can read (a broken or foreign tool).
    const win = fakeWindows({
      groups: [{ name: 'Everyone', type: 'Well-known group', sid: 'S-1-1', attributes: '' }],
    });
    const report = await windowsService(win).read();
    expect(report.views.signInToken).toMatchObject({
      available: false,
      code: 'unreadable-output',
      reason: { id: 'insight.whoami.unreadable' },
    });
    expect(say(report.views.signInToken.reason)).toBe(
      'whoami.exe printed no groups that Regroup can read. If it keeps happening, ask your IT department.',
    );
    expect(report.views.signInToken.detail).toBe('"Everyone","Well-known group","S-1-1",""');
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
    const report = await windowsService(win).read();
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

  it('says why the Kerberos views are missing when PowerShell is not there (not a Kerberos problem)', async () => {
    const win = fakeWindows(EN_ALL_7);
    const report = await windowsService(win).read();
    expect(report.views.signInToken.available).toBe(true);
    const powershell = `${win.root}/System32/WindowsPowerShell/v1.0/powershell.exe`;
    for (const view of [report.views.kerberosServices, report.views.directory]) {
      expect(view).toMatchObject({ available: false, code: 'tool-missing' });
      expect(say(view.reason)).toBe(
        `Windows PowerShell was not found at ${powershell}, so the domain controller cannot be asked. It is part of Windows: ask your IT department to check this computer.`,
      );
      expect(view.detail).toMatch(/ENOENT/);
    }
    expect(report.groups.find((g) => g.sid === `${HTB}-1149`)).toMatchObject({
      signInToken: true,
      kerberosServices: null,
      directory: null,
    });
  });
});

describe('the ADSI views on Windows when the domain controller does not answer', () => {
  it("says the domain controller could not be reached, keeps ADSI's words, and hints at it", async () => {
    const adsi = [
      'err\tkrb\t0x8007203A\tThe server is not operational.',
      `user\t${HTB}-1147\tHTB\\svc-alfresco`,
      'err\tdir\t0x8007203A\tThe server is not operational.',
      '',
    ].join('\r\n');
    const win = fakeWindows(EN_ALL_7, adsi);
    const service = windowsService(win);
    const report = await service.read();
    for (const view of [report.views.kerberosServices, report.views.directory]) {
      expect(view).toMatchObject({
        available: false,
        code: 'dc-unreachable',
        detail: '0x8007203A The server is not operational.',
      });
      expect(say(view.reason)).toBe(
        'The domain controller could not be reached. Check the connection to your domain (VPN), then try again.',
      );
    }
    const verdict = service.verdict(report, report);
    expect(verdict.hints.find((h) => h.code === 'dc-unreachable')?.message).toEqual(
      report.views.kerberosServices.reason,
    );
    expect(verdict.detail).toBe('0x8007203A The server is not operational.');
  });

  it('keeps what PowerShell said when it stops with an error', async () => {
    const win = fakeWindows(EN_ALL_7, '', {
      code: 1,
      stderr: 'Program powershell.exe failed to run: Access is denied',
    });
    const report = await windowsService(win).read();
    expect(report.views.directory).toMatchObject({
      available: false,
      code: 'failed',
      detail: 'Program powershell.exe failed to run: Access is denied',
    });
    expect(say(report.views.directory.reason)).toBe(
      'powershell.exe stopped with exit code 1. Try again; if it keeps failing, ask your IT department.',
    );
  });
});

describe('the sign-in token on Linux and macOS', () => {
  it('says id is missing, or failed, with its own words', async () => {
    const missing = await rejection(readIdToken({ id: '/nonexistent/id' }));
    expect(missing.code).toBe('tool-missing');
    expect(say(missing.sentence)).toMatch(/^The id command was not found/);
    const failed = await rejection(
      readIdToken({
        id: 'id',
        run: async () => ({
          exitCode: 1,
          stdout: '',
          stderr: "id: 'nobody-here': no such user",
          durationMs: 1,
          truncated: false,
        }),
      }),
    );
    expect(failed.code).toBe('failed');
    expect(say(failed.sentence)).toMatch(/^id could not list your groups \(exit code 1\)\./);
    expect(failed.detail).toBe("id: 'nobody-here': no such user");
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
      'err\tkrb\t0x8007203a\tThe server is not operational.\r\nuser\tS-1-5-21-1-2-3-1000\t\r\n' +
        'err\tdir\t0x80070005\tAccess is denied.\r\n',
    );
    expect(reading.kerberosError).toMatchObject({
      code: 'dc-unreachable',
      detail: '0x8007203A The server is not operational.',
    });
    expect(reading.directoryError).toMatchObject({
      code: 'failed',
      sentence: { id: 'insight.adsi.failed' },
      detail: '0x80070005 Access is denied.',
    });
    expect(reading.kerberosSids).toBeNull();
    expect(reading.userSid).toBe('S-1-5-21-1-2-3-1000');
    // A view with neither groups nor an error line: no answer, with what was printed.
    const silent = parseAdsiOutput('dc\tDC01.contoso.com\r\n');
    expect(silent.kerberosError).toMatchObject({
      code: 'failed',
      sentence: { id: 'insight.adsi.noAnswer' },
      detail: 'dc\tDC01.contoso.com',
    });
  });
});
