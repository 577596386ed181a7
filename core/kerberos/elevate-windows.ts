/**
 * The Windows elevation: UAC, without sudo-prompt and without any script file.
 *
 * Why not `@vscode/sudo-prompt` here: its Windows branch writes `execute.bat` and `command.bat`
 * into `%TEMP%` and the elevated cmd.exe reads them AFTER the administrator clicked Yes. `%TEMP%` is
 * writable by every process of the user, so one of them can swap the batch file while the prompt
 * is open and run anything as administrator. The prompt also names only "Windows Command
 * Processor", and `command.bat` starts with `cd /d "<process.cwd()>"` (upstream issue #131).
 * Nothing of that can be fixed from the outside, so it is not used.
 *
 * What runs instead: the absolute `<Windows>\System32\WindowsPowerShell\v1.0\powershell.exe`,
 * un-elevated, with `-NoProfile -NonInteractive -ExecutionPolicy Bypass -Command <constant>`. The
 * script is a constant of this file (no value from the person, the environment or a file is
 * spliced into it). It asks Windows to start each fixed executable elevated (ShellExecute with the
 * `runas` verb), so the UAC prompt names that executable:
 *
 *   1. `klist.exe -li 0x3e7 purge`, from `[Environment]::SystemDirectory` (GetSystemDirectory:
 *      not `%SystemRoot%`, which the user can set). The prompt names klist.exe, a Microsoft
 *      Windows program.
 *   2. only with gpupdate, only after a purge that exited 0: a SECOND prompt for
 *      `cmd.exe /d /s /c ""<System32>\gpupdate.exe" /target:computer /force /wait:100 <NUL"`.
 *      The trade-off, decided: gpupdate may ask "OK to restart? (Y/N)" when a policy needs a
 *      restart; elevated straight away, that question would wait in a hidden window that an
 *      un-elevated process can neither answer nor end. Only cmd.exe can give it `<NUL` as its
 *      input (UAC elevation cannot redirect input). The command line is constant and passed as an
 *      argument (no file); `/d` skips the AutoRun commands in the registry (HKCU's is writable by
 *      the user). No pipe: cmd runs each side of a pipe through `%COMSPEC%`, which the elevated
 *      process takes from the user's own registry environment. This prompt names "Windows Command
 *      Processor" (Microsoft Windows); its details show the whole command line. Two prompts
 *      instead of one is the price of each naming what runs and of exact exit codes.
 *
 * An elevated process's output cannot be read by the un-elevated launcher (and redirecting it into
 * a file would bring back a file that a user-level process can write), so the launcher reports
 * each step's EXIT CODE on its own standard output, one line per step:
 *
 *   REGROUP-STEP <purge|gpupdate> exit <code>       the step ran and exited with <code>
 *   REGROUP-STEP <step> declined                    the person said No (Win32 error 1223)
 *   REGROUP-STEP <step> not-started <win32 error>   Windows could not start it elevated
 *   REGROUP-STEP <step> timeout                     it ran longer than STEP_TIMEOUT_MS
 *
 * `[Diagnostics.Process]::Start` is used rather than `Start-Process -Verb RunAs -Wait -PassThru`:
 * Start-Process rethrows the "cancelled" Win32 error as an InvalidOperationException carrying only
 * the localised text (so No could not be told from a failure without reading translated words),
 * and its `-Wait` has no time limit. The prompt may stay open as long as the person needs (bounded
 * only by PROMPT_TIMEOUT_MS for the whole launcher); the elevated command may not (STEP_TIMEOUT_MS
 * from the moment it started). An un-elevated process cannot end an elevated one, so a step that
 * timed out may still be running; the result says so.
 */
import path from 'node:path';
import type { RunResult } from '../process/run';
import { system32Tool } from '../process/windows-paths';

/** The elevated command itself: klist and gpupdate finish in seconds; gpupdate waits 100 s at most. */
export const STEP_TIMEOUT_MS = 120_000;
/** The launcher as a whole: the prompt may stay open a while (two prompts with gpupdate). */
export const PROMPT_TIMEOUT_MS = 15 * 60_000;

const LAUNCHER_FLAGS = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command'];

/**
 * The launcher. Lines are joined with `; ` into one argument. It holds no double quote (PowerShell
 * 5.1 and the Windows command line disagree about escaping them); `[char]34` builds cmd's quotes.
 */
const STEP_FUNCTION = [
  "$ErrorActionPreference = 'Stop'",
  '$system = [Environment]::SystemDirectory',
  '$script:ok = $false',
  'function Step([string]$name, [string]$file, [string]$arguments) {' +
    ' $info = New-Object System.Diagnostics.ProcessStartInfo;' +
    ' $info.FileName = [IO.Path]::Combine($system, $file);' +
    ' $info.Arguments = $arguments;' +
    " $info.Verb = 'runas';" +
    ' $info.UseShellExecute = $true;' +
    ' $info.WorkingDirectory = $system;' +
    ' $info.WindowStyle = [Diagnostics.ProcessWindowStyle]::Hidden;' +
    ' try { $process = [Diagnostics.Process]::Start($info) } catch {' +
    ' $e = $_.Exception;' +
    ' while ($e -and -not ($e -is [ComponentModel.Win32Exception])) { $e = $e.InnerException };' +
    " if ($e -and $e.NativeErrorCode -eq 1223) { [Console]::Out.WriteLine('REGROUP-STEP ' + $name + ' declined') }" +
    " elseif ($e) { [Console]::Out.WriteLine('REGROUP-STEP ' + $name + ' not-started ' + $e.NativeErrorCode) }" +
    " else { [Console]::Out.WriteLine('REGROUP-STEP ' + $name + ' not-started 0') };" +
    ' return };' +
    ` if (-not $process.WaitForExit(${STEP_TIMEOUT_MS})) { [Console]::Out.WriteLine('REGROUP-STEP ' + $name + ' timeout'); return };` +
    " [Console]::Out.WriteLine('REGROUP-STEP ' + $name + ' exit ' + $process.ExitCode);" +
    ' $script:ok = ($process.ExitCode -eq 0) }',
];
const PURGE = "Step 'purge' 'klist.exe' '-li 0x3e7 purge'";
const POLICY =
  'if ($script:ok) { $q = [char]34;' +
  " $gpupdate = $q + [IO.Path]::Combine($system, 'gpupdate.exe') + $q;" +
  " Step 'gpupdate' 'cmd.exe' ('/d /s /c ' + $q + $gpupdate + ' /target:computer /force /wait:100 <NUL' + $q) }";

/** The two constant launcher scripts: the purge alone, and the purge followed by gpupdate. */
export const LAUNCHER_SCRIPTS = {
  purge: [...STEP_FUNCTION, PURGE, 'exit 0'].join('; '),
  purgeAndPolicy: [...STEP_FUNCTION, PURGE, POLICY, 'exit 0'].join('; '),
} as const;

export type StepName = 'purge' | 'gpupdate';
export type StepReport =
  | { step: StepName; state: 'exit'; exitCode: number }
  | { step: StepName; state: 'declined' | 'timeout' }
  | { step: StepName; state: 'not-started'; win32Error: number };

/** The launcher's file and arguments: everything fixed but the drive of the Windows folder. */
export function launcherCommand(
  env: Readonly<Record<string, string | undefined>>,
  gpupdate: boolean,
): { file: string; args: string[]; cwd: string } {
  const file = system32Tool(env, 'WindowsPowerShell\\v1.0\\powershell.exe');
  const script = gpupdate ? LAUNCHER_SCRIPTS.purgeAndPolicy : LAUNCHER_SCRIPTS.purge;
  const cwd = path.win32.dirname(system32Tool(env, 'klist.exe'));
  return { file, args: [...LAUNCHER_FLAGS, script], cwd };
}

const STEP_LINE =
  /^REGROUP-STEP (purge|gpupdate) (?:(exit) (-?\d{1,10})|(declined|timeout)|(not-started) (\d{1,10}))\s*$/;

/** The step lines of the launcher's output, in order; any other line is ignored. */
export function readStepReports(run: Pick<RunResult, 'stdout'>): StepReport[] {
  const reports: StepReport[] = [];
  for (const line of run.stdout.split(/\r?\n/)) {
    const m = STEP_LINE.exec(line);
    if (!m) continue;
    const step = m[1] as StepName;
    if (m[2]) reports.push({ step, state: 'exit', exitCode: Number(m[3]) });
    else if (m[4]) reports.push({ step, state: m[4] as 'declined' | 'timeout' });
    else reports.push({ step, state: 'not-started', win32Error: Number(m[6]) });
  }
  return reports;
}
