/**
 * A new sign-in for one program: the launcher is a constant per program, runs by its absolute
 * path, and its one line is read into what the window says. The fake credential prompt
 * (test/fakes/fake-credui.ts) accepts only the constant scripts and answers as Windows does.
 */
import { describe, expect, it } from 'vitest';
import { createFakeCredUi } from '../../test/fakes/fake-credui';
import { createFreshSignIn, FRESH_SIGN_IN_SCRIPTS, readFreshSignIn } from './fresh-sign-in';

const env = { SystemRoot: 'D:\\WINDOWS', USERNAME: "x'; Remove-Item C:\\ -Recurse; '" };

describe('the launcher', () => {
  it('opens the chosen Windows program with the runasuser verb, from System32, by absolute paths', async () => {
    const credui = createFakeCredUi('own-account');
    const fresh = createFreshSignIn({ platform: 'win32', env, run: credui.run });
    expect(fresh.available).toBe(true);
    expect(await fresh.start('cmd')).toEqual({ outcome: 'started' });
    expect(await fresh.start('powershell')).toEqual({ outcome: 'started' });
    expect(credui.launches).toEqual([
      {
        file: 'D:\\WINDOWS\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
        program: 'cmd',
        cwd: 'D:\\WINDOWS\\System32',
      },
      {
        file: 'D:\\WINDOWS\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
        program: 'powershell',
        cwd: 'D:\\WINDOWS\\System32',
      },
    ]);
    expect(credui.started).toEqual(['cmd.exe', 'WindowsPowerShell\\v1.0\\powershell.exe']);
    expect(FRESH_SIGN_IN_SCRIPTS.cmd).toContain("$info.Verb = 'runasuser'");
    expect(FRESH_SIGN_IN_SCRIPTS.cmd).toContain("[IO.Path]::Combine($system, 'cmd.exe')");
  });

  it('splices nothing from the environment into the script (only the Windows drive differs)', async () => {
    const credui = createFakeCredUi();
    await createFreshSignIn({ platform: 'win32', env, run: credui.run }).start('cmd');
    await createFreshSignIn({ platform: 'win32', env: {}, run: credui.run }).start('cmd');
    expect(credui.launches.map((l) => l.program)).toEqual(['cmd', 'cmd']);
    for (const text of Object.values(FRESH_SIGN_IN_SCRIPTS)) {
      expect(text).not.toMatch(/\$env:|Remove-Item/);
      expect(text).not.toContain('"');
    }
  });

  it.each([
    ['cancel', { outcome: 'cancelled' }],
    ['wrong-password', { outcome: 'wrong-password' }],
    ['not-allowed', { outcome: 'failed', detail: 'Win32 error 1385' }],
  ] as const)('reads a prompt answered with %s', async (answer, expected) => {
    const credui = createFakeCredUi(answer);
    const fresh = createFreshSignIn({ platform: 'win32', env, run: credui.run });
    expect(await fresh.start('powershell')).toEqual(expected);
    expect(credui.started).toEqual([]);
  });

  it('reports a launcher that printed no line, and one that could not run, with the detail', async () => {
    expect(
      readFreshSignIn({ exitCode: 1, stdout: '', stderr: 'Program blocked by group policy.' }),
    ).toEqual({
      outcome: 'failed',
      detail: 'powershell.exe exit 1: Program blocked by group policy.',
    });
    const fresh = createFreshSignIn({
      platform: 'win32',
      env,
      run: async () => {
        throw new Error('powershell.exe: not-found');
      },
    });
    expect(await fresh.start('cmd')).toEqual({
      outcome: 'failed',
      detail: 'powershell.exe: not-found',
    });
  });

  it('is not offered on macOS and Linux', async () => {
    const credui = createFakeCredUi();
    const fresh = createFreshSignIn({ platform: 'linux', env: {}, run: credui.run });
    expect(fresh.available).toBe(false);
    expect((await fresh.start('cmd')).outcome).toBe('failed');
    expect(credui.launches).toEqual([]);
  });
});
