import { describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { safeSystemRoot, system32Tool } from '../process/windows-paths';
import { createElevator, elevatedCommandLine, type SudoPromptLike } from './elevate';

describe('the elevated command line', () => {
  it('is the absolute System32 klist.exe with fixed arguments', () => {
    expect(
      elevatedCommandLine({ id: 'computer-purge', gpupdate: false }, { SystemRoot: 'D:\\WINDOWS' }),
    ).toBe('"D:\\WINDOWS\\System32\\klist.exe" -li 0x3e7 purge');
  });

  it("never lets the user's SystemRoot choose what the administrator approves", () => {
    // A user-level process can set SystemRoot for Regroup; only `<drive>:\Windows` is accepted.
    for (const SystemRoot of [
      'C:\\Users\\bob\\AppData\\Local\\Temp\\w',
      'D:\\WINNT',
      'C:\\Windows\\x',
    ]) {
      expect(elevatedCommandLine({ id: 'computer-purge', gpupdate: false }, { SystemRoot })).toBe(
        '"C:\\Windows\\System32\\klist.exe" -li 0x3e7 purge',
      );
    }
  });

  it('with gpupdate, echoes a marker between the purge and the policy refresh', () => {
    expect(elevatedCommandLine({ id: 'computer-purge', gpupdate: true }, {})).toBe(
      '"C:\\Windows\\System32\\klist.exe" -li 0x3e7 purge && echo REGROUP-PURGED && ' +
        '"C:\\Windows\\System32\\gpupdate.exe" /target:computer /force',
    );
  });

  it('elevates only the system kinit, never one found through PATH', () => {
    const base = {
      id: 'host-kinit',
      keytab: '/etc/krb5.keytab',
      cache: 'FILE:/tmp/krb5cc_0',
    } as const;
    for (const kinitPath of [
      '/home/alice/.local/bin/kinit',
      '/usr/local/bin/kinit',
      '/tmp/kinit',
    ]) {
      expect(() => elevatedCommandLine({ ...base, kinitPath }, {})).toThrow(/Refusing/);
    }
  });

  it('never takes a folder from an environment that does not look like a Windows folder', () => {
    for (const SystemRoot of [
      '.',
      'klist',
      '..\\..\\evil',
      'C:\\Win"dows',
      'C:\\x & calc',
      '\\\\server\\share',
      '',
      'C:\\a\\..\\b',
      'C:\\Users\\bob\\AppData\\Local\\Temp\\w',
      'C:\\Windows\\..\\Users\\bob',
      'D:\\WINNT',
    ]) {
      expect(safeSystemRoot({ SystemRoot })).toBe('C:\\Windows');
    }
    expect(safeSystemRoot({ SystemRoot: 'D:\\WINDOWS\\' })).toBe('D:\\WINDOWS');
    expect(system32Tool({}, 'klist.exe')).toBe('C:\\Windows\\System32\\klist.exe');
  });

  it('refuses host-kinit paths with shell characters', () => {
    expect(() =>
      elevatedCommandLine(
        {
          id: 'host-kinit',
          kinitPath: "/usr/bin/kinit'; rm -rf /",
          keytab: '/etc/krb5.keytab',
          cache: 'FILE:/tmp/krb5cc_0',
        },
        {},
      ),
    ).toThrow(/Refusing/);
    expect(
      elevatedCommandLine(
        {
          id: 'host-kinit',
          kinitPath: '/usr/bin/kinit',
          keytab: '/etc/krb5.keytab',
          cache: 'FILE:/tmp/krb5cc_0',
        },
        {},
      ),
    ).toBe("'/usr/bin/kinit' -k -t '/etc/krb5.keytab' -c 'FILE:/tmp/krb5cc_0'");
  });
});

describe('host-kinit with a named host principal (Heimdal needs it)', () => {
  const base = {
    id: 'host-kinit',
    kinitPath: '/usr/bin/kinit',
    keytab: '/etc/krb5.keytab',
    cache: 'FILE:/tmp/krb5cc_0',
  } as const;
  it('appends a host/<fqdn> principal', () => {
    expect(elevatedCommandLine({ ...base, principal: 'host/ws042.contoso.com' }, {})).toBe(
      "'/usr/bin/kinit' -k -t '/etc/krb5.keytab' -c 'FILE:/tmp/krb5cc_0' 'host/ws042.contoso.com'",
    );
  });
  it.each(["host/x'; id", 'alice@EXAMPLE.COM', 'host/', 'HOST/x y'])('refuses %j', (principal) => {
    expect(() => elevatedCommandLine({ ...base, principal }, {})).toThrow(/Refusing/);
  });
});

describe('createElevator', () => {
  const recorder = (
    error?: Error,
  ): SudoPromptLike & { calls: Array<{ command: string; name?: string }> } => {
    const calls: Array<{ command: string; name?: string }> = [];
    return {
      calls,
      exec(command, options, callback) {
        calls.push({ command, name: options.name });
        callback(error, 'out', '');
      },
    };
  };

  it('loads the elevation library only when the first elevated action runs', async () => {
    let loads = 0;
    const sudo = recorder();
    const elevate = createElevator({ env: {}, load: async () => (loads++, sudo) });
    expect(loads).toBe(0);
    await elevate({ id: 'computer-purge', gpupdate: false });
    await elevate({ id: 'computer-purge', gpupdate: true });
    expect(loads).toBe(1);
    expect(sudo.calls.map((c) => c.name)).toEqual(['Regroup', 'Regroup']);
  });

  it('says the prompt could not open when the library fails to load, and tries again next time', async () => {
    let loads = 0;
    const elevate = createElevator({
      env: {},
      load: async () => {
        loads++;
        if (loads === 1) throw new Error('Cannot find module');
        return recorder();
      },
    });
    const first = await elevate({ id: 'computer-purge', gpupdate: false });
    expect(!first.ok && first.error).toMatchObject({
      code: 'elevation-failed',
      message: { id: 'krb.elevate.promptUnavailable' },
      detail: 'Cannot find module',
    });
    expect((await elevate({ id: 'computer-purge', gpupdate: false })).ok).toBe(true);
    expect(loads).toBe(2);
  });

  it('refuses an unexpected command before any prompt, with the reason for the help desk', async () => {
    const sudo = recorder();
    const elevate = createElevator({ env: {}, load: async () => sudo });
    const result = await elevate({
      id: 'host-kinit',
      kinitPath: '/tmp/kinit',
      keytab: '/etc/krb5.keytab',
      cache: 'FILE:/tmp/krb5cc_0',
    });
    expect(!result.ok && result.error).toMatchObject({
      code: 'elevation-failed',
      message: { id: 'krb.elevate.refused' },
      detail: expect.stringMatching(/Refusing/) as string,
    });
    expect(sudo.calls).toEqual([]);
  });

  it('maps a declined prompt to its own calm result', async () => {
    const elevate = createElevator({
      env: {},
      load: async () => recorder(new Error('User did not grant permission.')),
    });
    const result = await elevate({ id: 'computer-purge', gpupdate: false });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('elevation-declined');
      expect(say(result.error.message)).toMatch(/nothing was changed/);
      // The same words fit the window and the command line: no button to click again.
      expect(say(result.error.message)).not.toMatch(/Click/);
    }
  });

  it('explains a missing polkit agent with a next step', async () => {
    const elevate = createElevator({
      env: {},
      isRoot: () => false,
      load: async () => recorder(new Error('No polkit authentication agent found.')),
    });
    const result = await elevate({
      id: 'host-kinit',
      kinitPath: '/usr/bin/kinit',
      keytab: '/etc/krb5.keytab',
      cache: '/tmp/krb5cc_0',
    });
    expect(!result.ok && say(result.error.message)).toMatch(/sudo regroup refresh --computer/);
  });
});

describe('already root', () => {
  it('runs the fixed host kinit from an argument array, with no prompt', async () => {
    const runs: Array<{ file: string; args: readonly string[] }> = [];
    let loaded = false;
    const elevate = createElevator({
      env: {},
      isRoot: () => true,
      load: async () => {
        loaded = true;
        throw new Error('no prompt expected');
      },
      run: async (file, args) => {
        runs.push({ file, args });
        return { exitCode: 0, stdout: '', stderr: '', durationMs: 1, truncated: false };
      },
    });
    const result = await elevate({
      id: 'host-kinit',
      kinitPath: '/usr/bin/kinit',
      keytab: '/etc/krb5.keytab',
      cache: 'FILE:/tmp/krb5cc_0',
      principal: 'host/ws042.contoso.com',
    });
    expect(result.ok).toBe(true);
    expect(loaded).toBe(false);
    expect(runs).toEqual([
      {
        file: '/usr/bin/kinit',
        args: [
          '-k',
          '-t',
          '/etc/krb5.keytab',
          '-c',
          'FILE:/tmp/krb5cc_0',
          'host/ws042.contoso.com',
        ],
      },
    ]);
  });

  it("keeps kinit's own words when it fails", async () => {
    const elevate = createElevator({
      env: {},
      isRoot: () => true,
      run: async () => ({
        exitCode: 1,
        stdout: '',
        stderr:
          'kinit: Keytab contains no suitable keys for host/ws042@CONTOSO.COM while getting initial credentials\n',
        durationMs: 1,
        truncated: false,
      }),
    });
    const result = await elevate({
      id: 'host-kinit',
      kinitPath: '/usr/bin/kinit',
      keytab: '/etc/krb5.keytab',
      cache: 'FILE:/tmp/krb5cc_0',
    });
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/Keytab contains no suitable keys/);
  });
});
