/**
 * The person's open connections to file servers, from `%SystemRoot%\System32\net.exe use` (no
 * arguments: it only lists). These matter after a refresh: a file server builds the person's token
 * when the SMB session is set up ([MS-SMB2] 3.3.5.5) and an open session keeps it, and the
 * redirector keeps a session open while it is in use; the server drops an idle one after its
 * autodisconnect time, 15 minutes by default (SERVER_INFO_1010 `sv1010_disc`; "Microsoft network
 * server: Amount of idle time required before suspending session", default 15 minutes). A
 * connection is per user and ends when the user signs out (NetUseEnum, "Use Functions":
 * "A connection made by a user is deleted when that user logs off").
 *
 * Why `net use` and not `Get-SmbConnection`: `net use` runs as the person without elevation and
 * lists both drive mappings and implicit `\\server\share` connections (an empty Local column).
 * Whether `Get-SmbConnection` works un-elevated was not established: Microsoft's reference page
 * does not say, and no first-hand report was found; it also lists the connections of every logon
 * on the machine ("per share per user logon per credential"), which is not this person's list.
 *
 * Reading: everything `net use` prints is localized (title, column headers, status words such as
 * "OK", "Disconnected", "Nicht verfügbar", the provider "Microsoft Windows Network"), so no line
 * is found by its words. A connection is a line holding a UNC path (`\\server\share`); a drive or
 * device name right before it (`Z:`, `LPT1:`) is its local name; a long remote path pushes the
 * provider onto the next line, which holds no UNC path and is skipped. The share runs up to two
 * spaces or the end of the line (a share name may hold single spaces).
 */
import { runTool, type RunOptions, type RunResult } from '../../process/run';
import type { OpenConnection } from '../types';

const UNC = /\\\\([^\\\s]+)\\(\S+(?: \S+)*?)(?= {2,}|\s*$)/;
const LOCAL = /(?:^|\s)([A-Za-z]:|LPT\d:|COM\d:)\s*$/;

export function parseNetUse(text: string): OpenConnection[] {
  const seen = new Set<string>();
  const out: OpenConnection[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const match = UNC.exec(line);
    if (!match) continue;
    const server = match[1] ?? '';
    const remote = `\\\\${server}\\${match[2] ?? ''}`;
    const local = LOCAL.exec(line.slice(0, match.index))?.[1]?.toUpperCase() ?? null;
    const key = `${local ?? ''}|${remote.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ remote, server, local });
  }
  return out;
}

export type RunFn = (
  file: string,
  args: readonly string[],
  options?: RunOptions,
) => Promise<RunResult>;

/**
 * The open connections, or null when `net use` could not be run or read (the caller then says
 * nothing about them rather than "none").
 */
export async function readOpenConnections(options: {
  netPath: string;
  env: NodeJS.ProcessEnv;
  fallbackEncoding?: string;
  run?: RunFn;
}): Promise<OpenConnection[] | null> {
  const run = options.run ?? runTool;
  try {
    const result = await run(options.netPath, ['use'], {
      env: options.env,
      timeoutMs: 10_000,
      fallbackEncoding: options.fallbackEncoding,
    });
    return result.exitCode === 0 ? parseNetUse(result.stdout) : null;
  } catch {
    return null;
  }
}
