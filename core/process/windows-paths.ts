/**
 * Where Windows' own tools are: the absolute `<Windows>\System32\<tool>`, never a name looked up
 * in PATH or the current folder.
 *
 * The Windows folder comes from `%SystemRoot%`, which the user can set for their own processes.
 * A path we run (and, for the computer refresh, ask an administrator to approve) must not be
 * steerable by a user-level process, so only the shape Windows itself uses is accepted: a drive
 * letter and `\Windows` (`C:\Windows`, `D:\WINDOWS`). Anything else (`C:\Users\bob\Temp\w`, a UNC
 * path, a relative path) falls back to `C:\Windows`.
 */
import path from 'node:path';

export const DEFAULT_SYSTEM_ROOT = 'C:\\Windows';
const WINDOWS_FOLDER = /^[A-Za-z]:\\Windows$/i;

export type System32Tool =
  | 'klist.exe'
  | 'gpupdate.exe'
  | 'whoami.exe'
  | 'chcp.com'
  | 'cmd.exe'
  | 'net.exe'
  | 'reg.exe'
  | 'schtasks.exe'
  | 'shutdown.exe'
  | 'WindowsPowerShell\\v1.0\\powershell.exe';

/** `%SystemRoot%` when it is `<drive>:\Windows`, else `C:\Windows`. */
export function safeSystemRoot(env: Readonly<Record<string, string | undefined>>): string {
  const candidate = (env.SystemRoot ?? env.SYSTEMROOT ?? env.windir ?? '').replace(/\\+$/, '');
  return WINDOWS_FOLDER.test(candidate) ? candidate : DEFAULT_SYSTEM_ROOT;
}

/** Absolute path of a tool in System32. */
export function system32Tool(
  env: Readonly<Record<string, string | undefined>>,
  tool: System32Tool,
): string {
  return path.win32.join(safeSystemRoot(env), 'System32', tool);
}
