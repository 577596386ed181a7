/**
 * A stand-in for UAC behind Regroup's Windows elevation (core/kerberos/elevate-windows.ts). It is
 * the runner the elevator hands the launcher to: it accepts only the exact powershell.exe and
 * constant script Regroup uses (anything else fails the test), and then does what that script does
 * on Windows, step by step, with the fake klist in place of `C:\Windows\System32\klist.exe`:
 *
 * - "approved" steps run; the elevated process's OUTPUT IS LOST, as it is for a process that UAC
 *   started (only its exit code comes back through the process handle);
 * - the launcher prints one `REGROUP-STEP` line per step, in the real script's grammar, and
 *   exits 0; gpupdate is asked for only after a purge that exited 0;
 * - a declined prompt is `declined` (Win32 error 1223), a blocked one `not-started`.
 *
 * It records the launcher runs and, as readable command lines, what was run elevated.
 */
import { execFile } from 'node:child_process';
import { LAUNCHER_SCRIPTS, launcherCommand } from '../../core/kerberos/elevate-windows';
import type { PromptRunner } from '../../core/kerberos/elevate';
import type { RunOptions, RunResult } from '../../core/process/run';
import type { FakeWindows } from './fake-windows';

/**
 * approve: every prompt approved; decline: the first prompt declined; fail: Windows cannot start
 * the elevated klist (e.g. blocked by policy); gpupdate-fails: the purge works, gpupdate exits 1;
 * gpupdate-declined: the purge works, the second prompt is declined.
 */
export type UacAnswer = 'approve' | 'decline' | 'fail' | 'gpupdate-fails' | 'gpupdate-declined';

export interface FakeUac {
  run: PromptRunner;
  answer: UacAnswer;
  /** The launcher runs: file, arguments, working folder. */
  launches: Array<{ file: string; args: readonly string[]; cwd?: string }>;
  /** What ran elevated, as the UAC prompt's details would show it. */
  elevated: string[];
}

const SYSTEM32 = 'C:\\Windows\\System32';
export const ELEVATED_PURGE = `${SYSTEM32}\\klist.exe -li 0x3e7 purge`;
export const ELEVATED_POLICY = `${SYSTEM32}\\cmd.exe /d /s /c ""${SYSTEM32}\\gpupdate.exe" /target:computer /force /wait:100 <NUL"`;
/** ERROR_ACCESS_DISABLED_BY_POLICY, what Windows says when software restriction blocks a program. */
const BLOCKED_BY_POLICY = 1260;

function runKlist(win: FakeWindows): Promise<number> {
  return new Promise((resolve) => {
    execFile(
      win.klistPath,
      ['-li', '0x3e7', 'purge'],
      { env: { ...win.env, FAKE_ELEVATED: '1' } },
      // The output goes nowhere: an un-elevated launcher cannot read an elevated process's output.
      (error) => resolve(error ? Number((error as { code?: unknown }).code ?? 1) || 1 : 0),
    );
  });
}

export function createFakeUac(win: FakeWindows, answer: UacAnswer = 'approve'): FakeUac {
  const uac: FakeUac = {
    answer,
    launches: [],
    elevated: [],
    async run(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
      uac.launches.push({ file, args, cwd: options.cwd });
      const withPolicy = args.at(-1) === LAUNCHER_SCRIPTS.purgeAndPolicy;
      const expected = launcherCommand({ SystemRoot: 'C:\\Windows' }, withPolicy);
      if (
        file !== expected.file ||
        JSON.stringify(args) !== JSON.stringify(expected.args) ||
        options.cwd !== expected.cwd
      ) {
        throw new Error(`fake UAC: unexpected launcher ${file} ${JSON.stringify(args)}`);
      }
      const lines: string[] = [];
      const done = (): RunResult => ({
        exitCode: 0,
        stdout: lines.map((l) => `${l}\r\n`).join(''),
        stderr: '',
        durationMs: 1,
        truncated: false,
      });
      if (uac.answer === 'decline') return (lines.push('REGROUP-STEP purge declined'), done());
      if (uac.answer === 'fail') {
        return (lines.push(`REGROUP-STEP purge not-started ${BLOCKED_BY_POLICY}`), done());
      }
      uac.elevated.push(ELEVATED_PURGE);
      const purgeCode = await runKlist(win);
      lines.push(`REGROUP-STEP purge exit ${purgeCode}`);
      if (!withPolicy || purgeCode !== 0) return done();
      if (uac.answer === 'gpupdate-declined') {
        return (lines.push('REGROUP-STEP gpupdate declined'), done());
      }
      uac.elevated.push(ELEVATED_POLICY);
      lines.push(`REGROUP-STEP gpupdate exit ${uac.answer === 'gpupdate-fails' ? 1 : 0}`);
      return done();
    },
  };
  return uac;
}
