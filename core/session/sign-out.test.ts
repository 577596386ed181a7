/** Sign out: the one fixed command on Windows, nothing elsewhere, failures reported. */
import { describe, expect, it } from 'vitest';
import type { RunOptions, RunResult } from '../process/run';
import { ToolError } from '../process/run';
import { createSignOut } from './sign-out';

function recorder(exitCode = 0, stderr = '') {
  const calls: Array<{ file: string; args: readonly string[]; options?: RunOptions }> = [];
  const run = async (file: string, args: readonly string[], options?: RunOptions) => {
    calls.push({ file, args, options });
    return { exitCode, stdout: '', stderr, durationMs: 3, truncated: false } satisfies RunResult;
  };
  return { calls, run };
}

describe('createSignOut', () => {
  it('runs System32\\shutdown.exe /l by its absolute path, never /f, whatever SystemRoot says', async () => {
    const { calls, run } = recorder();
    await createSignOut({ platform: 'win32', env: { SystemRoot: 'D:\\WINDOWS' }, run }).signOut();
    const steered = recorder();
    await createSignOut({
      platform: 'win32',
      env: { SystemRoot: 'C:\\Users\\bob\\AppData\\Local\\Temp\\w' },
      run: steered.run,
    }).signOut();
    expect(calls.map((c) => [c.file, ...c.args])).toEqual([
      ['D:\\WINDOWS\\System32\\shutdown.exe', '/l'],
    ]);
    expect(steered.calls.map((c) => [c.file, ...c.args])).toEqual([
      ['C:\\Windows\\System32\\shutdown.exe', '/l'],
    ]);
  });

  it("reports shutdown.exe's own words when it fails", async () => {
    const { run } = recorder(1190, 'A system shutdown has already been scheduled.(1190)');
    const error = await createSignOut({ platform: 'win32', env: {}, run })
      .signOut()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    expect(error).toMatchObject({ reason: 'exit', tool: 'shutdown.exe', number: 1190 });
    expect((error as ToolError).detail).toContain('already been scheduled');
  });

  it('is not offered on macOS or Linux, and runs nothing there', async () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const { calls, run } = recorder();
      const signOut = createSignOut({ platform, env: {}, run });
      expect(signOut.available).toBe(false);
      await expect(signOut.signOut()).rejects.toBeInstanceOf(ToolError);
      expect(calls).toEqual([]);
    }
  });
});
