/**
 * A tool that could not be run becomes a Kerberos error whose sentence fits the platform: the
 * runner's real failures (a missing file, a tool that hangs, a non-zero exit) go through it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { requireSuccess, runTool, ToolError } from '../process/run';
import { exitCodeText, windowsStatusText } from '../process/exit-codes';
import { kerberosErrorFromTool } from './tool-errors';

async function failureOf(run: Promise<unknown>): Promise<unknown> {
  try {
    await run;
  } catch (error) {
    return error;
  }
  throw new Error('the tool ran');
}

describe('kerberosErrorFromTool', () => {
  it('a missing klist.exe on Windows is a damaged Windows, not a package to install', async () => {
    const missing = await failureOf(runTool(path.join(__dirname, 'no-such', 'klist.exe'), []));
    const error = kerberosErrorFromTool(missing, 'windows');
    expect(error.code).toBe('klist-missing');
    expect(error.message).toEqual({
      id: 'krb.tool.notFound.windows',
      values: { tool: 'klist.exe' },
    });
    expect(say(error.message)).toMatch(/^klist\.exe was not found .* part of Windows/);
    expect(say(error.message)).not.toMatch(/krb5|package/);
    expect(error.detail).toContain(path.join('no-such', 'klist.exe'));
  });

  it('a missing kinit on Linux names the packages to install', async () => {
    const missing = await failureOf(runTool(path.join(__dirname, 'no-such', 'kinit'), []));
    const error = kerberosErrorFromTool(missing, 'unix');
    expect(error.code).toBe('klist-missing');
    expect(say(error.message)).toMatch(/^kinit was not found\. .*krb5-user .*krb5-workstation/);
  });

  it('a tool that hangs is a timeout that names the tool and the limit', async () => {
    const hung = await failureOf(
      runTool(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 1_000 }),
    );
    const error = kerberosErrorFromTool(hung, 'unix');
    expect(error.code).toBe('timeout');
    expect(say(error.message)).toMatch(/did not answer within 1 seconds and was stopped/);
    expect(error.message.values?.tool).toBe(path.basename(process.execPath));
  });

  it('a non-zero exit keeps the tool output in detail and shows an NTSTATUS in hex', () => {
    // Node on Windows reports klist's NTSTATUS exit as the unsigned 3221225567.
    const run = {
      exitCode: 3221225567,
      stdout: 'out',
      stderr: 'klist: failed',
      durationMs: 1,
      truncated: false,
    };
    const exit = (() => {
      try {
        requireSuccess('C:\\Windows\\System32\\klist.exe', run);
      } catch (e) {
        return e;
      }
      return null;
    })();
    const error = kerberosErrorFromTool(exit, 'windows');
    expect(error.code).toBe('klist-failed');
    expect(say(error.message)).toBe(
      'klist.exe reported a failure (exit code 0xC000005F). Try again; if it keeps happening, ask your IT help desk.',
    );
    expect(error.detail).toBe('klist: failed\nout');
  });

  it('a tool the OS could not start, and anything that is not a ToolError', () => {
    const spawn = kerberosErrorFromTool(new ToolError('spawn-failed', 'kinit', 'E2BIG'), 'unix');
    expect(spawn).toEqual({
      code: 'klist-failed',
      message: { id: 'krb.tool.spawnFailed', values: { tool: 'kinit' } },
      detail: 'E2BIG',
    });
    const odd = kerberosErrorFromTool(new TypeError('x is undefined'), 'windows');
    expect(odd).toEqual({
      code: 'klist-failed',
      message: { id: 'krb.tool.unexpected' },
      detail: 'x is undefined',
    });
  });
});

describe('exit codes as Windows shows them', () => {
  it.each([
    [3221225567, '0xC000005F'],
    [-1073741729, '0xC000005F'],
    [0x80090342, '0x80090342'],
    [1, '1'],
    [1312, '1312'],
  ])('%d -> %s', (code, text) => {
    expect(exitCodeText(code)).toBe(text);
  });

  it('status codes have 8 uppercase hex digits', () => {
    expect(windowsStatusText(0x51f)).toBe('0x0000051F');
  });
});
