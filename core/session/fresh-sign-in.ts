/**
 * A new sign-in for one program: where only a sign-out would bring a group to this computer (a
 * group of this PC, administrator rights through a group), Windows can start ONE program with a
 * fresh sign-in of the person's own account, as "Run as different user" does. Windows asks for
 * the account and password in its own credential prompt (CredUI), builds a new token from a new
 * logon (the domain controller computes the groups now, and this computer adds its local groups
 * now), and starts the program with it. Only that program, and what it starts, gets the new
 * token; the desktop, File Explorer and every other program keep the token of the morning's
 * sign-in until the person signs out. Regroup never sees the password.
 *
 * How: the absolute `<Windows>\System32\WindowsPowerShell\v1.0\powershell.exe`, with a CONSTANT
 * script per program (nothing from the person, the environment or a file is spliced into it),
 * asks ShellExecute to open `[Environment]::SystemDirectory\<program>` with the `runasuser` verb
 * (the verb behind Shift+right-click "Run as different user"), and prints one line:
 *   REGROUP-FRESH started               the program was started with the new sign-in
 *   REGROUP-FRESH cancelled             the person closed the credential prompt (Win32 error 1223)
 *   REGROUP-FRESH not-started <code>    Windows refused (1326: wrong user name or password ...)
 * Which program: a short fixed list of Windows' own (Command Prompt, Windows PowerShell): from
 * there the person starts what needs the group (a `docker` command, an elevated tool that now
 * accepts their approval). Only Windows: macOS and Linux have no per-program sign-in of this kind
 * (`su -l $USER` would start a login shell, but SSSD's cached groups and the desktop's own
 * session make it a different promise), so it is not offered there.
 */
import path from 'node:path';
import { runTool, type RunOptions, type RunResult } from '../process/run';
import { system32Tool } from '../process/windows-paths';

import type { FreshProgram, FreshSignInOutcome } from './fresh-programs';

export { FRESH_PROGRAMS, type FreshProgram, type FreshSignInOutcome } from './fresh-programs';

/** Each program, relative to System32. */
const PROGRAM_FILES: Readonly<Record<FreshProgram, string>> = {
  cmd: 'cmd.exe',
  powershell: 'WindowsPowerShell\\v1.0\\powershell.exe',
};

/** The credential prompt may stay open while the person looks up their password. */
export const FRESH_SIGN_IN_TIMEOUT_MS = 10 * 60_000;
const FLAGS = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command'];

function script(relative: string): string {
  return [
    "$ErrorActionPreference = 'Stop'",
    '$system = [Environment]::SystemDirectory',
    '$info = New-Object System.Diagnostics.ProcessStartInfo',
    `$info.FileName = [IO.Path]::Combine($system, '${relative}')`,
    "$info.Verb = 'runasuser'",
    '$info.UseShellExecute = $true',
    '$info.WorkingDirectory = $system',
    "try { [void][Diagnostics.Process]::Start($info); [Console]::Out.WriteLine('REGROUP-FRESH started') } catch {" +
      ' $e = $_.Exception;' +
      ' while ($e -and -not ($e -is [ComponentModel.Win32Exception])) { $e = $e.InnerException };' +
      " if ($e -and $e.NativeErrorCode -eq 1223) { [Console]::Out.WriteLine('REGROUP-FRESH cancelled') }" +
      " elseif ($e) { [Console]::Out.WriteLine('REGROUP-FRESH not-started ' + $e.NativeErrorCode) }" +
      " else { [Console]::Out.WriteLine('REGROUP-FRESH not-started 0') } }",
    'exit 0',
  ].join('; ');
}

/** The constant launcher scripts, one per program. */
export const FRESH_SIGN_IN_SCRIPTS: Readonly<Record<FreshProgram, string>> = Object.freeze({
  cmd: script(PROGRAM_FILES.cmd),
  powershell: script(PROGRAM_FILES.powershell),
});

/** ERROR_LOGON_FAILURE: the user name or password is incorrect. */
export const LOGON_FAILURE = 1326;

export interface FreshSignIn {
  /** True where Regroup can do this (Windows). */
  readonly available: boolean;
  start(program: FreshProgram): Promise<FreshSignInOutcome>;
}

export interface FreshSignInOptions {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  run?: (file: string, args: readonly string[], options?: RunOptions) => Promise<RunResult>;
}

const LINE = /^REGROUP-FRESH (?:(started|cancelled)|not-started (\d{1,10}))\s*$/m;

/** The launcher's one line, read. */
export function readFreshSignIn(
  run: Pick<RunResult, 'stdout' | 'stderr' | 'exitCode'>,
): FreshSignInOutcome {
  const m = LINE.exec(run.stdout);
  if (m?.[1] === 'started') return { outcome: 'started' };
  if (m?.[1] === 'cancelled') return { outcome: 'cancelled' };
  if (m?.[2]) {
    const code = Number(m[2]);
    return code === LOGON_FAILURE
      ? { outcome: 'wrong-password' }
      : { outcome: 'failed', detail: `Win32 error ${code}` };
  }
  const said = [run.stderr.trim(), run.stdout.trim()].filter(Boolean).join('\n');
  return {
    outcome: 'failed',
    detail: `powershell.exe exit ${run.exitCode}${said ? `: ${said}` : ''}`,
  };
}

export function createFreshSignIn(options: FreshSignInOptions): FreshSignIn {
  const run = options.run ?? runTool;
  if (options.platform !== 'win32') {
    return {
      available: false,
      start: async () => ({ outcome: 'failed', detail: `not available on ${options.platform}` }),
    };
  }
  const file = system32Tool(options.env, 'WindowsPowerShell\\v1.0\\powershell.exe');
  const cwd = path.win32.dirname(system32Tool(options.env, 'cmd.exe'));
  return {
    available: true,
    async start(program) {
      const constant = FRESH_SIGN_IN_SCRIPTS[program];
      try {
        const result = await run(file, [...FLAGS, constant], {
          cwd,
          timeoutMs: FRESH_SIGN_IN_TIMEOUT_MS,
        });
        return readFreshSignIn(result);
      } catch (error) {
        return { outcome: 'failed', detail: (error as Error).message };
      }
    },
  };
}
