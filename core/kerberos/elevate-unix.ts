/**
 * The Linux and macOS elevation: the system's own prompt, started with an argument array (no
 * shell of ours, no sudo-prompt), from `/`, with an environment of our making.
 *
 * Why not `@vscode/sudo-prompt`: on Linux it builds the shell line
 * `cd "<process.cwd()>"; /usr/bin/pkexec ... /bin/bash -c "..."` escaping only `"`, so a folder
 * named `x$(id>/tmp/p)` runs its payload (upstream issue #131), and the polkit dialog names bash.
 * On macOS it writes the command into a script under the user's `$TMPDIR`, starting with the same
 * `cd`, which the root shell reads AFTER the password was given: any process of the user can
 * rewrite it meanwhile. It also passes the caller's whole environment (KRB5_CONFIG could point
 * root's kinit at the user's configuration). Neither can be fixed from outside the library.
 *
 * - Linux: `/usr/bin/pkexec --disable-internal-agent <kinit> <args...>`. pkexec runs the program
 *   itself (no shell), with its own clean environment; the polkit dialog names kinit. Exit codes
 *   (pkexec(1)): 126 the person dismissed the dialog, 127 not authorised or no agent, anything
 *   else is kinit's own.
 * - macOS: `/usr/bin/osascript` with a CONSTANT AppleScript; the command's words arrive as `argv`
 *   and each becomes `quoted form of` (single-quoted for /bin/sh) before `do shell script ... with
 *   administrator privileges`. Nothing is written to disk. osascript reports a dismissed dialog as
 *   error -128 and a failed command as its exit status, both as numbers that are not translated.
 *
 * Both run with `cwd: '/'` and `env: { PATH }` only. The whole run (prompt and kinit) is bounded by
 * UNIX_TIMEOUT_MS; kinit's own KDC timeouts bound the command after the prompt (an un-elevated
 * process cannot end a process that already runs as root).
 */
import type { RunResult } from '../process/run';

export const PKEXEC = '/usr/bin/pkexec';
export const OSASCRIPT = '/usr/bin/osascript';
/** The prompt may stay open a while; the whole elevated run may not stay longer than this. */
export const UNIX_TIMEOUT_MS = 10 * 60_000;
/** The only environment the prompt (and, on macOS, root's shell) inherits from Regroup. */
export const ELEVATED_ENV = { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' } as const;

/** The constant AppleScript: quotes every argument for /bin/sh, then asks for an administrator. */
export const APPLESCRIPT: readonly string[] = [
  'on run argv',
  'set command to quoted form of item 1 of argv',
  'repeat with i from 2 to count of argv',
  'set command to command & space & quoted form of item i of argv',
  'end repeat',
  'do shell script command with administrator privileges',
  'end run',
];

export interface PromptCommand {
  file: string;
  args: string[];
  cwd: '/';
  env: typeof ELEVATED_ENV;
}

/** How to run `argv` (an absolute program and its arguments) as root on this platform. */
export function unixPromptCommand(
  platform: NodeJS.Platform,
  argv: readonly string[],
): PromptCommand {
  if (platform === 'darwin') {
    const script = APPLESCRIPT.flatMap((line) => ['-e', line]);
    return { file: OSASCRIPT, args: [...script, ...argv], cwd: '/', env: ELEVATED_ENV };
  }
  return {
    file: PKEXEC,
    args: ['--disable-internal-agent', ...argv],
    cwd: '/',
    env: ELEVATED_ENV,
  };
}

export type PromptOutcome =
  | { state: 'ran'; exitCode: number; output: string }
  | { state: 'declined' }
  | { state: 'no-agent'; output: string }
  | { state: 'refused'; output: string };

/** What the prompt's exit says: the command's own exit code, or why it never ran. */
export function readPromptOutcome(platform: NodeJS.Platform, run: RunResult): PromptOutcome {
  const said = [run.stderr.trim(), run.stdout.trim()].filter(Boolean).join('\n');
  if (platform === 'darwin') {
    if (run.exitCode === 0) return { state: 'ran', exitCode: 0, output: said };
    // "0:312: execution error: kinit: krb5_get_init_creds: ... (1)"
    const m = /^(?:\d+:\d+: )?execution error: ([\s\S]*?)\s*\((-?\d+)\)\s*$/.exec(
      run.stderr.trim(),
    );
    if (!m) return { state: 'refused', output: said };
    const number = Number(m[2]);
    if (number === -128) return { state: 'declined' };
    return number > 0
      ? { state: 'ran', exitCode: number, output: m[1] ?? '' }
      : { state: 'refused', output: said };
  }
  if (run.exitCode === 126) return { state: 'declined' };
  if (run.exitCode === 127) {
    return /No authentication agent found/.test(run.stderr)
      ? { state: 'no-agent', output: said }
      : { state: 'refused', output: said };
  }
  return { state: 'ran', exitCode: run.exitCode, output: said };
}
