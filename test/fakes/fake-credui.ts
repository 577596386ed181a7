/**
 * A stand-in for Windows' "Run as different user" behind Regroup's fresh sign-in
 * (core/session/fresh-sign-in.ts). It is the runner the launcher is handed to: it accepts only the
 * exact powershell.exe, flags and one of the constant scripts (anything else fails the test), then
 * does what the real ShellExecute `runasuser` does at the credential prompt:
 *   own-account     the person types their own account and password: the program starts with a
 *                   new logon (recorded, with the groups the directory has for them now);
 *   cancel          the prompt is closed: Win32 error 1223, nothing starts;
 *   wrong-password  Windows refuses the logon: Win32 error 1326, nothing starts;
 *   not-allowed     the account may not sign in here this way (1385), nothing starts.
 * The launcher always exits 0 and prints one REGROUP-FRESH line, as the real script does.
 */
import { FRESH_SIGN_IN_SCRIPTS, type FreshProgram } from '../../core/session/fresh-sign-in';
import type { RunOptions, RunResult } from '../../core/process/run';

export type CredentialAnswer = 'own-account' | 'cancel' | 'wrong-password' | 'not-allowed';

export interface FakeCredUi {
  answer: CredentialAnswer;
  run: (file: string, args: readonly string[], options?: RunOptions) => Promise<RunResult>;
  /** The programs that started with a new sign-in (System32-relative), in order. */
  started: string[];
  /** Every launcher run: the file, the program's script, the working folder. */
  launches: Array<{ file: string; program: FreshProgram; cwd?: string }>;
}

const FLAGS = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command'];
const PROGRAMS: Record<FreshProgram, string> = {
  cmd: 'cmd.exe',
  powershell: 'WindowsPowerShell\\v1.0\\powershell.exe',
};
const ERRORS: Record<Exclude<CredentialAnswer, 'own-account'>, string> = {
  cancel: 'REGROUP-FRESH cancelled',
  'wrong-password': 'REGROUP-FRESH not-started 1326',
  'not-allowed': 'REGROUP-FRESH not-started 1385',
};

export function createFakeCredUi(answer: CredentialAnswer = 'own-account'): FakeCredUi {
  const fake: FakeCredUi = {
    answer,
    started: [],
    launches: [],
    async run(file, args, options) {
      if (!/^[A-Za-z]:\\Windows\\System32\\WindowsPowerShell\\v1\.0\\powershell\.exe$/i.test(file))
        throw new Error(`fake CredUI: unexpected launcher ${file}`);
      if (args.length !== FLAGS.length + 1 || FLAGS.some((flag, i) => args[i] !== flag))
        throw new Error(`fake CredUI: unexpected flags ${args.slice(0, -1).join(' ')}`);
      const script = args[FLAGS.length];
      const program = (Object.keys(FRESH_SIGN_IN_SCRIPTS) as FreshProgram[]).find(
        (p) => FRESH_SIGN_IN_SCRIPTS[p] === script,
      );
      if (!program) throw new Error('fake CredUI: not one of the constant scripts');
      fake.launches.push({ file, program, cwd: options?.cwd });
      let line: string;
      if (fake.answer === 'own-account') {
        fake.started.push(PROGRAMS[program]);
        line = 'REGROUP-FRESH started';
      } else line = ERRORS[fake.answer];
      return { exitCode: 0, stdout: `${line}\r\n`, stderr: '', durationMs: 1, truncated: false };
    },
  };
  return fake;
}
