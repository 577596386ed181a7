/**
 * Elevation: a closed set of FIXED commands, run through the operating system's own administrator
 * prompt, each prompt naming what runs, from a fixed working directory, with no shell string built
 * from anything. The platform's mechanism is loaded lazily, on the first elevated action only (the
 * VS Code way: listing tickets never loads it).
 *
 * - Windows (elevate-windows.ts): an un-elevated PowerShell with a constant script asks UAC to
 *   start `<System32>\klist.exe -li 0x3e7 purge`, then (gpupdate) a constant cmd.exe line; each
 *   step's exit code comes back, so a purge whose gpupdate failed is `partial`, not "nothing".
 * - Linux: pkexec with an argument array; macOS: osascript with a constant AppleScript
 *   (elevate-unix.ts). Both from `/`, with `PATH` as the only environment.
 *
 * `@vscode/sudo-prompt` (used before) is used on no platform: it puts `process.cwd()` into a shell
 * line or a script escaping only `"` (upstream issue #131), and on Windows and macOS the elevated
 * shell reads a script file from the user's temporary folder after the prompt. Why, per platform,
 * is in the two files above; test/unit/sudo-prompt-cwd.test.ts runs the library's real code with
 * a hostile folder name to show it.
 *
 * Nothing a person types and nothing read from a ticket cache reaches an elevated command. Every
 * failure is a KerberosError with a catalogue sentence (`krb.elevate.*`, `krb.tool.exit`) and, in
 * `detail`, what the prompt or the command said.
 */
import { stat } from 'node:fs/promises';
import { msg, type Message } from '../i18n/message';
import { exitCodeText } from '../process/exit-codes';
import { runTool, ToolError, type RunOptions, type RunResult } from '../process/run';
import type { KerberosError } from './types';
import { LINUX_HELPER } from './unix/linux-helper';

/** The commands Regroup may ever run elevated. */
export type ElevatedCommand =
  /** Windows: `klist.exe -li 0x3e7 purge` (the computer's logon session). */
  | { id: 'computer-purge'; gpupdate: boolean }
  /** Linux/macOS: a fresh TGT for the host principal from the host keytab, into the system cache. */
  | { id: 'host-kinit'; kinitPath: string; keytab: string; cache: string; principal?: string }
  /**
   * Linux: the same through Regroup's helper (unix/linux-helper.ts): `pkexec <script>`, no
   * arguments; its polkit action lets the person at the computer run it without a password.
   */
  | { id: 'host-kinit-helper' };

/** What one step of an elevated command did, read from its exit code. */
export interface ElevatedStep {
  name: 'purge' | 'gpupdate' | 'kinit';
  exitCode: number;
}

/**
 * `steps`: the steps that ran to their end, in order, with their exit codes; the only output an
 * elevated process leaves on Windows. `stdout`/`stderr`: the command's own words where the
 * platform lets an un-elevated process read them (pkexec and osascript do; UAC does not: '').
 */
export type ElevationResult =
  | { ok: true; steps: ElevatedStep[]; stdout: string; stderr: string }
  | { ok: false; error: KerberosError; steps: ElevatedStep[]; stdout: string; stderr: string };

export type Elevate = (command: ElevatedCommand) => Promise<ElevationResult>;

/** Runs a program with an argument array: `runTool`, or a test's stand-in for the OS prompt. */
export type PromptRunner = (
  file: string,
  args: readonly string[],
  options: RunOptions,
) => Promise<RunResult>;

/**
 * The only kinit Regroup elevates: the system's own, never one found through PATH (a folder such
 * as ~/.local/bin that comes first in PATH would otherwise choose what runs as root).
 */
export const SYSTEM_KINIT_PATHS: readonly string[] = [
  '/usr/bin/kinit',
  '/usr/sbin/kinit',
  '/bin/kinit',
];

const SAFE_UNIX_PATH = /^\/(?:[A-Za-z0-9._+-]+\/?)+$/;
const SAFE_CACHE = /^(?:FILE:)?\/(?:[A-Za-z0-9._+-]+\/?)+$/;
/** `host/<fqdn>`: Heimdal's `kinit -k` needs the principal named (MIT picks host/<hostname>). */
const SAFE_HOST_PRINCIPAL = /^host\/[a-z0-9](?:[a-z0-9.-]{0,252})(?:@[A-Z0-9.-]+)?$/;

type HostKinit = Extract<ElevatedCommand, { id: 'host-kinit' }>;

/** The exact program and arguments run as root for host-kinit. Throws for anything unexpected. */
export function hostKinitArgv(command: HostKinit): string[] {
  const { kinitPath, keytab, cache, principal } = command;
  const paths = [kinitPath, keytab, cache];
  if (
    !SYSTEM_KINIT_PATHS.includes(kinitPath) ||
    !SAFE_UNIX_PATH.test(keytab) ||
    !SAFE_CACHE.test(cache) ||
    paths.some((p) => p.includes('..'))
  ) {
    throw new Error('Refusing to elevate a command with an unexpected path.');
  }
  if (principal !== undefined && !SAFE_HOST_PRINCIPAL.test(principal)) {
    throw new Error('Refusing to elevate a command with an unexpected principal.');
  }
  const argv = [kinitPath, '-k', '-t', keytab, '-c', cache];
  return principal ? [...argv, principal] : argv;
}

/** Nothing ran: the elevation was refused or failed before any command ran. */
function notElevated(
  message: Message,
  detail?: string,
  code: KerberosError['code'] = 'elevation-failed',
): ElevationResult {
  const error: KerberosError = { code, message };
  if (detail) error.detail = detail;
  return { ok: false, steps: [], stdout: '', stderr: '', error };
}

/** True for a file (or folder) owned by root that neither its group nor others may change. */
export async function ownedByRootOnly(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    return info.uid === 0 && (info.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

export interface ElevatorOptions {
  env?: NodeJS.ProcessEnv;
  /** The platform whose prompt to use; `process.platform` unless a test says otherwise. */
  platform?: NodeJS.Platform;
  /** Tests bring a stand-in for the OS prompt (test/fakes/fake-uac.ts); the app runs the real one. */
  run?: PromptRunner;
  /** Whether a program is a root-owned system file; tests on a build machine may say yes. */
  isSystemFile?: (file: string) => Promise<boolean>;
  /**
   * True when this process already is root (Linux, macOS: a fleet tool, `sudo regroup refresh
   * --computer`); then the fixed host-kinit runs as it is, with no prompt and no shell.
   */
  isRoot?: () => boolean;
}

const processIsRoot = (): boolean =>
  process.platform !== 'win32' && typeof process.getuid === 'function' && process.getuid() === 0;

/** Already root: the checked host-kinit argv runs directly, from `/`, with only PATH set. */
async function runAsRoot(argv: string[], run: PromptRunner): Promise<ElevationResult> {
  const [file = '', ...args] = argv;
  let ran: RunResult;
  try {
    ran = await run(file, args, { cwd: '/', env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } });
  } catch (error) {
    return launcherFailure(error);
  }
  const steps: ElevatedStep[] = [{ name: 'kinit', exitCode: ran.exitCode }];
  const said = [ran.stderr.trim(), ran.stdout.trim()].filter(Boolean).join('\n');
  if (ran.exitCode === 0) return { ok: true, steps, stdout: ran.stdout, stderr: ran.stderr };
  return {
    ok: false,
    steps,
    stdout: ran.stdout,
    stderr: ran.stderr,
    error: {
      code: 'elevation-failed',
      message: msg('krb.tool.exit', { tool: 'kinit', code: exitCodeText(ran.exitCode) }),
      detail: said,
    },
  };
}

/** The launcher could not be run, or ran past its bound: the sentence and the help desk's detail. */
function launcherFailure(error: unknown): ElevationResult {
  if (error instanceof ToolError && error.reason === 'not-found') {
    return notElevated(msg('krb.elevate.promptUnavailable'), error.message);
  }
  return notElevated(
    msg('krb.elevate.failed'),
    error instanceof Error ? error.message : String(error),
  );
}

async function elevateWindows(
  gpupdate: boolean,
  env: NodeJS.ProcessEnv,
  run: PromptRunner,
): Promise<ElevationResult> {
  const windows = await import('./elevate-windows');
  const { file, args, cwd } = windows.launcherCommand(env, gpupdate);
  let launched: RunResult;
  try {
    launched = await run(file, args, { env, cwd, timeoutMs: windows.PROMPT_TIMEOUT_MS });
  } catch (error) {
    return launcherFailure(error);
  }
  const steps: ElevatedStep[] = [];
  const tools = { purge: 'klist.exe', gpupdate: 'gpupdate.exe' } as const;
  const fail = (error: KerberosError): ElevationResult => ({
    ok: false,
    error,
    steps,
    stdout: '',
    stderr: '',
  });
  const reports = windows.readStepReports(launched);
  for (const report of reports) {
    const tool = tools[report.step];
    switch (report.state) {
      case 'exit':
        steps.push({ name: report.step, exitCode: report.exitCode });
        if (report.exitCode !== 0) {
          const code = exitCodeText(report.exitCode);
          return fail({
            code: 'elevation-failed',
            message: msg('krb.tool.exit', { tool, code }),
            detail: `${tool} exited with ${code} as administrator; its output cannot be read from an elevated process.`,
          });
        }
        break;
      case 'declined':
        return fail({ code: 'elevation-declined', message: msg('krb.elevate.declined') });
      case 'timeout':
        return fail({
          code: 'elevation-failed',
          message: msg('krb.elevate.timeout', { tool, seconds: windows.STEP_TIMEOUT_MS / 1000 }),
        });
      case 'not-started':
        return fail({
          code: 'elevation-failed',
          message: msg('krb.elevate.failed'),
          detail: `Windows could not start ${tool} as administrator (Win32 error ${report.win32Error}).`,
        });
    }
  }
  const expected = gpupdate ? 2 : 1;
  if (steps.length === expected) return { ok: true, steps, stdout: '', stderr: '' };
  // The launcher itself failed (PowerShell missing, blocked by policy): its own words.
  const said = [launched.stderr.trim(), launched.stdout.trim()].filter(Boolean).join('\n');
  return fail({
    code: 'elevation-failed',
    message: msg('krb.elevate.failed'),
    detail: `powershell.exe exited with ${exitCodeText(launched.exitCode)}${said ? `: ${said}` : ''}`,
  });
}

async function elevateUnix(
  argv: string[],
  platform: NodeJS.Platform,
  run: PromptRunner,
  isSystemFile: (file: string) => Promise<boolean>,
): Promise<ElevationResult> {
  const unix = await import('./elevate-unix');
  const prompt = unix.unixPromptCommand(platform, argv);
  if (!(await isSystemFile(prompt.file))) {
    return notElevated(
      msg('krb.elevate.promptUnavailable'),
      `${prompt.file} is missing or not a root-owned system file.`,
    );
  }
  let launched: RunResult;
  try {
    launched = await run(prompt.file, prompt.args, {
      cwd: prompt.cwd,
      env: { ...prompt.env },
      timeoutMs: unix.UNIX_TIMEOUT_MS,
    });
  } catch (error) {
    return launcherFailure(error);
  }
  const outcome = unix.readPromptOutcome(platform, launched);
  switch (outcome.state) {
    case 'declined':
      return notElevated(msg('krb.elevate.declined'), undefined, 'elevation-declined');
    case 'no-agent':
      return notElevated(msg('krb.elevate.noPolkitAgent'), outcome.output);
    case 'refused':
      return notElevated(msg('krb.elevate.failed'), outcome.output);
    case 'ran': {
      const steps: ElevatedStep[] = [{ name: 'kinit', exitCode: outcome.exitCode }];
      if (outcome.exitCode === 0) return { ok: true, steps, stdout: '', stderr: outcome.output };
      return {
        ok: false,
        steps,
        stdout: '',
        stderr: outcome.output,
        error: {
          code: 'elevation-failed',
          message: msg('krb.tool.exit', { tool: 'kinit', code: exitCodeText(outcome.exitCode) }),
          detail: outcome.output,
        },
      };
    }
  }
}

/** Makes the `elevate` function. */
export function createElevator(options: ElevatorOptions = {}): Elevate {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const run = options.run ?? runTool;
  const isSystemFile = options.isSystemFile ?? ownedByRootOnly;
  const isRoot = options.isRoot ?? processIsRoot;
  return async (command) => {
    if (command.id === 'computer-purge') {
      if (platform !== 'win32')
        return notElevated(msg('krb.elevate.refused'), `computer-purge on ${platform}`);
      return elevateWindows(command.gpupdate, env, run);
    }
    if (command.id === 'host-kinit-helper') {
      if (platform !== 'linux')
        return notElevated(msg('krb.elevate.refused'), `host-kinit-helper on ${platform}`);
      // pkexec runs it, as root, without a password for the person at the computer (its polkit
      // action); a process that already is root takes the direct route and never gets here.
      return elevateUnix([LINUX_HELPER], platform, run, isSystemFile);
    }
    let argv: string[];
    try {
      argv = hostKinitArgv(command);
    } catch (error) {
      // A command that is not one of the fixed, safe ones: a bug or a tampered install.
      return notElevated(msg('krb.elevate.refused'), (error as Error).message);
    }
    if (platform === 'win32') return notElevated(msg('krb.elevate.refused'), 'host-kinit on win32');
    if (!(await isSystemFile(command.kinitPath))) {
      return notElevated(msg('krb.elevate.kinitNotSystem', { path: command.kinitPath }));
    }
    if (isRoot()) return runAsRoot(argv, run);
    return elevateUnix(argv, platform, run, isSystemFile);
  };
}
