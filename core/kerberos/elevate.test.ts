/**
 * The elevated commands: exactly what each platform's prompt is asked to run, from where, with
 * which environment, and how every answer of the prompt is read. The process runner here is the
 * real `runTool` over a stubbed `child_process.spawn`, so what is asserted is what Node would
 * really be asked to start, with a hostile current folder.
 */
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { say } from '../../test/fakes/english';
import { ToolError, type RunResult } from '../process/run';
import { createElevator, hostKinitArgv, type ElevatedCommand, type PromptRunner } from './elevate';
import { APPLESCRIPT, ELEVATED_ENV, UNIX_TIMEOUT_MS } from './elevate-unix';
import {
  LAUNCHER_SCRIPTS,
  PROMPT_TIMEOUT_MS,
  readStepReports,
  STEP_TIMEOUT_MS,
} from './elevate-windows';

interface Spawned {
  file: string;
  args: string[];
  options: { shell?: boolean; cwd?: string; env?: NodeJS.ProcessEnv };
}
const spawned: Spawned[] = [];
/** What the stubbed process prints and how it exits. */
let answer = { stdout: '', stderr: '', code: 0 };

vi.mock('node:child_process', () => ({
  spawn: (file: string, args: string[], options: Spawned['options']) => {
    spawned.push({ file, args, options });
    const child = Object.assign(new EventEmitter(), {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      stdin: new PassThrough(),
      kill: () => true,
    });
    setImmediate(() => {
      child.stdout.end(answer.stdout);
      child.stderr.end(answer.stderr);
      setImmediate(() => child.emit('close', answer.code, null));
    });
    return child;
  },
}));

const HOSTILE_CWD = '/home/alice/x$(id>/tmp/p)';
const PAYLOAD = /id>|\$\(/;

beforeEach(() => {
  spawned.length = 0;
  answer = { stdout: '', stderr: '', code: 0 };
  vi.spyOn(process, 'cwd').mockReturnValue(HOSTILE_CWD);
});
afterEach(() => vi.restoreAllMocks());

const kinit: ElevatedCommand = {
  id: 'host-kinit',
  kinitPath: '/usr/bin/kinit',
  keytab: '/etc/krb5.keytab',
  cache: 'FILE:/var/lib/regroup/krb5cc_host',
};
const systemFiles = async (): Promise<boolean> => true;

describe('Linux: pkexec with an argument array, from /', () => {
  const elevate = createElevator({
    platform: 'linux',
    env: { KRB5_CONFIG: '/home/alice/evil.conf' },
    isSystemFile: systemFiles,
    isRoot: () => false,
  });

  it('runs pkexec itself (no shell), so the polkit dialog names kinit, never bash', async () => {
    const result = await elevate(kinit);
    expect(result.ok).toBe(true);
    expect(spawned).toEqual([
      {
        file: '/usr/bin/pkexec',
        args: [
          '--disable-internal-agent',
          '/usr/bin/kinit',
          '-k',
          '-t',
          '/etc/krb5.keytab',
          '-c',
          'FILE:/var/lib/regroup/krb5cc_host',
        ],
        options: expect.objectContaining({
          shell: false,
          cwd: '/',
          env: { ...ELEVATED_ENV },
        }) as unknown,
      },
    ]);
    // Neither the hostile folder nor the user's Kerberos settings reach the elevated command.
    expect(JSON.stringify(spawned)).not.toMatch(PAYLOAD);
    expect(JSON.stringify(spawned)).not.toMatch(/evil\.conf|bash|sh -c/);
  });

  it('reads pkexec 126 as a dismissed dialog', async () => {
    answer = { stdout: '', stderr: '', code: 126 };
    const result = await elevate(kinit);
    expect(!result.ok && result.error.code).toBe('elevation-declined');
    expect(result.steps).toEqual([]);
  });

  it('reads pkexec 127 with no agent as "no polkit agent", with a next step', async () => {
    answer = {
      stdout: '',
      stderr: 'Error executing command as another user: No authentication agent found.\n',
      code: 127,
    };
    const result = await elevate(kinit);
    expect(!result.ok && say(result.error.message)).toMatch(/sudo regroup refresh --computer/);
  });

  it("keeps kinit's own exit code and words when kinit fails as root", async () => {
    answer = {
      stdout: '',
      stderr: 'kinit: Keytab contains no suitable keys for host/ws042@EXAMPLE.COM\n',
      code: 1,
    };
    const result = await elevate(kinit);
    expect(result.steps).toEqual([{ name: 'kinit', exitCode: 1 }]);
    expect(!result.ok && result.error).toMatchObject({
      code: 'elevation-failed',
      message: { id: 'krb.tool.exit', values: { tool: 'kinit', code: '1' } },
      detail: expect.stringMatching(/no suitable keys/) as string,
    });
    expect(result.stderr).toMatch(/no suitable keys/);
  });
});

describe('macOS: osascript with a constant AppleScript, from /', () => {
  const elevate = createElevator({
    platform: 'darwin',
    env: { TMPDIR: '/var/folders/x$(id>/tmp/p)/T/' },
    isSystemFile: systemFiles,
    isRoot: () => false,
  });

  it('passes the words as argv, quoted by AppleScript, and writes no script file', async () => {
    await elevate({ ...kinit, principal: 'host/ws042.contoso.com' });
    expect(spawned).toHaveLength(1);
    const [call] = spawned;
    expect(call?.file).toBe('/usr/bin/osascript');
    expect(call?.args).toEqual([
      ...APPLESCRIPT.flatMap((line) => ['-e', line]),
      '/usr/bin/kinit',
      '-k',
      '-t',
      '/etc/krb5.keytab',
      '-c',
      'FILE:/var/lib/regroup/krb5cc_host',
      'host/ws042.contoso.com',
    ]);
    expect(APPLESCRIPT.join('\n')).toMatch(/quoted form of item i of argv/);
    expect(call?.options).toMatchObject({ shell: false, cwd: '/', env: { ...ELEVATED_ENV } });
    expect(JSON.stringify(spawned)).not.toMatch(PAYLOAD);
  });

  it('reads error -128 as a dismissed dialog and a number as kinit exit status', async () => {
    answer = { stdout: '', stderr: '0:180: execution error: User canceled. (-128)\n', code: 1 };
    expect((await elevate(kinit)).steps).toEqual([]);
    answer = {
      stdout: '',
      stderr:
        '0:180: execution error: kinit: krb5_get_init_creds: unable to reach any KDC in realm EXAMPLE.COM (1)\n',
      code: 1,
    };
    const failed = await elevate(kinit);
    expect(failed.steps).toEqual([{ name: 'kinit', exitCode: 1 }]);
    expect(failed.stderr).toBe(
      'kinit: krb5_get_init_creds: unable to reach any KDC in realm EXAMPLE.COM',
    );
  });
});

describe('Windows: UAC on fixed executables, no script file', () => {
  const steps = (...lines: string[]): string => lines.map((l) => `${l}\r\n`).join('');

  it("starts the System32 PowerShell with a constant script that the user's environment cannot change", async () => {
    const hostileEnv = {
      SystemRoot: 'C:\\Users\\bob\\AppData\\Local\\Temp\\w',
      TEMP: 'C:\\Users\\bob\\x$(id>p)',
      PSModulePath: 'C:\\Users\\bob\\evil',
    };
    answer = { stdout: steps('REGROUP-STEP purge exit 0'), stderr: '', code: 0 };
    const result = await createElevator({ platform: 'win32', env: hostileEnv })({
      id: 'computer-purge',
      gpupdate: false,
    });
    expect(result.ok).toBe(true);
    expect(spawned).toHaveLength(1);
    const [call] = spawned;
    expect(call?.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(call?.args).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-Command',
      LAUNCHER_SCRIPTS.purge,
    ]);
    expect(call?.options).toMatchObject({ shell: false, cwd: 'C:\\Windows\\System32' });
    // Nothing from the environment or the folder is in what PowerShell runs.
    expect(call?.args.join(' ')).not.toMatch(/bob|\$\(id|Temp/);
  });

  it('elevates klist.exe and cmd.exe (for gpupdate) themselves, taken from GetSystemDirectory', () => {
    const script = LAUNCHER_SCRIPTS.purgeAndPolicy;
    expect(script).toContain('[Environment]::SystemDirectory');
    expect(script).not.toMatch(/\$env:|SystemRoot|TEMP|Out-File|Set-Content|\.bat|\.cmd|\.ps1/i);
    expect(script).toContain("Step 'purge' 'klist.exe' '-li 0x3e7 purge'");
    expect(script).toContain("$info.Verb = 'runas'");
    // gpupdate's possible Y/N question gets NUL as input; no pipe (cmd runs pipes via %COMSPEC%).
    expect(script).toContain("' /target:computer /force /wait:100 <NUL'");
    expect(script).toContain("'/d /s /c '");
    expect(script).not.toContain('|');
    // One argument PowerShell 5.1 cannot misread: no double quotes anywhere.
    expect(script).not.toContain('"');
    // The command may not outlast its bound; the prompt gets longer.
    expect(script).toContain(`WaitForExit(${STEP_TIMEOUT_MS})`);
    expect(PROMPT_TIMEOUT_MS).toBeGreaterThan(2 * STEP_TIMEOUT_MS);
  });

  it('reports purge and gpupdate exit codes separately, so a failed gpupdate is not a failed purge', async () => {
    answer = {
      stdout: steps('REGROUP-STEP purge exit 0', 'REGROUP-STEP gpupdate exit 1'),
      stderr: '',
      code: 0,
    };
    const result = await createElevator({ platform: 'win32', env: {} })({
      id: 'computer-purge',
      gpupdate: true,
    });
    expect(result.steps).toEqual([
      { name: 'purge', exitCode: 0 },
      { name: 'gpupdate', exitCode: 1 },
    ]);
    expect(!result.ok && result.error.message).toEqual({
      id: 'krb.tool.exit',
      values: { tool: 'gpupdate.exe', code: '1' },
    });
  });

  it('shows an NTSTATUS exit of the elevated klist in hex', async () => {
    answer = { stdout: steps('REGROUP-STEP purge exit -1073741729'), stderr: '', code: 0 };
    const result = await createElevator({ platform: 'win32', env: {} })({
      id: 'computer-purge',
      gpupdate: true,
    });
    expect(!result.ok && result.error.message).toEqual({
      id: 'krb.tool.exit',
      values: { tool: 'klist.exe', code: '0xC000005F' },
    });
  });

  it('reads a declined prompt (1223), a blocked start and a timeout', async () => {
    const elevate = createElevator({ platform: 'win32', env: {} });
    answer = { stdout: steps('REGROUP-STEP purge declined'), stderr: '', code: 0 };
    expect(await elevate({ id: 'computer-purge', gpupdate: false })).toMatchObject({
      ok: false,
      error: { code: 'elevation-declined' },
      steps: [],
    });
    answer = { stdout: steps('REGROUP-STEP purge not-started 1260'), stderr: '', code: 0 };
    const blocked = await elevate({ id: 'computer-purge', gpupdate: false });
    expect(!blocked.ok && blocked.error.detail).toMatch(/Win32 error 1260/);
    answer = { stdout: steps('REGROUP-STEP purge timeout'), stderr: '', code: 0 };
    const late = await elevate({ id: 'computer-purge', gpupdate: false });
    expect(!late.ok && say(late.error.message)).toMatch(
      /still running as administrator after 120 seconds/,
    );
  });

  it("keeps PowerShell's own words when the launcher itself fails", async () => {
    answer = { stdout: '', stderr: 'Program blocked by group policy.', code: 1 };
    const result = await createElevator({ platform: 'win32', env: {} })({
      id: 'computer-purge',
      gpupdate: false,
    });
    expect(!result.ok && result.error).toMatchObject({
      code: 'elevation-failed',
      detail: 'powershell.exe exited with 1: Program blocked by group policy.',
    });
  });

  it('ignores lines that are not step reports', () => {
    expect(
      readStepReports({ stdout: 'REGROUP-STEP purge exit 0; rm\r\nREGROUP-STEP other exit 0\r\n' }),
    ).toEqual([]);
  });
});

describe('the closed set of elevated commands', () => {
  it('elevates only the system kinit, never one found through PATH', () => {
    for (const kinitPath of [
      '/home/alice/.local/bin/kinit',
      '/usr/local/bin/kinit',
      '/tmp/kinit',
    ]) {
      expect(() => hostKinitArgv({ ...kinit, kinitPath } as never)).toThrow(/Refusing/);
    }
  });

  it.each(["/etc/krb5.keytab'; id", '/etc/../tmp/k', 'relative/keytab'])(
    'refuses the keytab %j',
    (keytab) => {
      expect(() => hostKinitArgv({ ...kinit, keytab } as never)).toThrow(/Refusing/);
    },
  );

  it.each(["host/x'; id", 'alice@EXAMPLE.COM', 'host/', 'HOST/x y'])(
    'refuses the principal %j',
    (principal) => {
      expect(() => hostKinitArgv({ ...kinit, principal } as never)).toThrow(/Refusing/);
    },
  );

  it('refuses before any prompt, with the reason for the help desk', async () => {
    const run = vi.fn<PromptRunner>();
    const result = await createElevator({
      platform: 'linux',
      run,
      isSystemFile: systemFiles,
      isRoot: () => false,
    })({
      ...kinit,
      kinitPath: '/tmp/kinit',
    });
    expect(!result.ok && result.error).toMatchObject({
      code: 'elevation-failed',
      message: { id: 'krb.elevate.refused' },
      detail: expect.stringMatching(/Refusing/) as string,
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses a kinit that is not a root-owned system file', async () => {
    const run = vi.fn<PromptRunner>();
    const result = await createElevator({
      platform: 'linux',
      run,
      isSystemFile: async (f) => f !== '/usr/bin/kinit',
    })(kinit);
    expect(!result.ok && result.error.message.id).toBe('krb.elevate.kinitNotSystem');
    expect(run).not.toHaveBeenCalled();
  });

  it('bounds the whole prompt run, and says so when it is over', async () => {
    const run = vi.fn<PromptRunner>(async () => {
      throw new ToolError('timeout', 'pkexec', '', UNIX_TIMEOUT_MS / 1000);
    });
    const result = await createElevator({
      platform: 'linux',
      run,
      isSystemFile: systemFiles,
      isRoot: () => false,
    })(kinit);
    expect(run.mock.calls[0]?.[2]).toMatchObject({ timeoutMs: UNIX_TIMEOUT_MS, cwd: '/' });
    expect(!result.ok && result.error).toMatchObject({
      code: 'elevation-failed',
      message: { id: 'krb.elevate.failed' },
    });
  });

  it('runs nothing until the first elevated action', () => {
    const run = vi.fn<PromptRunner>(async (): Promise<RunResult> => ({
      exitCode: 0,
      stdout: '',
      stderr: '',
      durationMs: 0,
      truncated: false,
    }));
    createElevator({ platform: 'win32', run });
    expect(run).not.toHaveBeenCalled();
  });
});

describe('already root', () => {
  const KINIT = {
    id: 'host-kinit',
    kinitPath: '/usr/bin/kinit',
    keytab: '/etc/krb5.keytab',
    cache: 'FILE:/tmp/krb5cc_0',
    principal: 'host/ws042.contoso.com',
  } as const;

  it('runs the fixed host kinit from an argument array, from /, with no prompt', async () => {
    const runs: Array<{ file: string; args: readonly string[]; cwd?: string }> = [];
    const elevate = createElevator({
      platform: 'linux',
      isRoot: () => true,
      isSystemFile: async () => true,
      run: async (file, args, options) => {
        runs.push({ file, args, cwd: options.cwd });
        return { exitCode: 0, stdout: '', stderr: '', durationMs: 1, truncated: false };
      },
    });
    const result = await elevate(KINIT);
    expect(result.ok).toBe(true);
    // No pkexec, no osascript: kinit itself.
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
        cwd: '/',
      },
    ]);
  });

  it("keeps kinit's own words when it fails", async () => {
    const elevate = createElevator({
      platform: 'linux',
      isRoot: () => true,
      isSystemFile: async () => true,
      run: async () => ({
        exitCode: 1,
        stdout: '',
        stderr:
          'kinit: Keytab contains no suitable keys for host/ws042@CONTOSO.COM while getting initial credentials\n',
        durationMs: 1,
        truncated: false,
      }),
    });
    const result = await elevate(KINIT);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.detail).toMatch(/Keytab contains no suitable keys/);
  });
});
