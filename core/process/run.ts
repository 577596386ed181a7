/**
 * The thin wrapper that runs external tools (klist, kinit, whoami, ldapsearch ...). It takes an
 * argument array, never a shell string; it stops a tool that does not answer in time; it decodes
 * the output from bytes; and it reports what went wrong in its own terms only:
 *
 *   not-found     the executable is not there (ENOENT, EACCES)
 *   spawn-failed  the OS could not start it for another reason
 *   timeout       it did not finish in time and was killed
 *   exit          it ran and exited non-zero (only from `requireSuccess`; `runTool` resolves
 *                 with the exit code, because for most tools a non-zero exit is an answer)
 *
 * It knows nothing of Kerberos or groups: each service turns a ToolError into its own error and
 * sentence (a missing ldapsearch is not a missing klist).
 */
import type * as ChildProcess from 'node:child_process';
import { decodeOutput } from './decode';

/**
 * node:child_process (and node:net under it) is loaded on the first run, not at start-up:
 * `regroup --help` or `regroup parse` never start a tool, and loading it was a tenth of their start.
 */
let childProcess: typeof ChildProcess | undefined;

export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * Output beyond this is dropped (klist prints a few KiB; 2,000 tickets are under 1 MiB; a runaway
 * tool must not eat memory), and `truncated` says so.
 */
export const MAX_OUTPUT_BYTES = 1024 * 1024;

export interface RunOptions {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Written to the tool's standard input, then closed (passwords go here, never into argv). */
  input?: string;
  cwd?: string;
  /** Code page used when the output is not valid UTF-8 (Windows console code page, e.g. `cp850`). */
  fallbackEncoding?: string;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** True when the output passed MAX_OUTPUT_BYTES and the rest was dropped. */
  truncated: boolean;
}

export type ToolFailure = 'not-found' | 'spawn-failed' | 'timeout' | 'exit';

/** A tool could not be run, did not finish, or (from requireSuccess) exited non-zero. */
export class ToolError extends Error {
  constructor(
    readonly reason: ToolFailure,
    /** The tool's file name (`klist.exe`, `ldapsearch`). */
    readonly tool: string,
    /** For the help desk: the OS error, or the tool's own words. */
    readonly detail = '',
    /** With `timeout`: the limit, in seconds. With `exit`: the exit code. */
    readonly number: number | null = null,
  ) {
    super(`${tool}: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'ToolError';
  }
}

export function toolName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** The result when the tool exited 0; a ToolError('exit') with its output as detail otherwise. */
export function requireSuccess(file: string, result: RunResult): RunResult {
  if (result.exitCode === 0) return result;
  const detail = [result.stderr.trim(), result.stdout.trim()].filter(Boolean).join('\n');
  throw new ToolError('exit', toolName(file), detail, result.exitCode);
}

/** Runs `file` with `args` (no shell). Resolves with the exit code and decoded output. */
export async function runTool(
  file: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  childProcess ??= await import('node:child_process');
  const { spawn } = childProcess;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = Date.now();
  const name = toolName(file);
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      shell: false,
      windowsHide: true,
      cwd: options.cwd,
      env: options.env ?? process.env,
      // No input: standard input is the null device (EOF at once), not a pipe to create and close.
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let timedOut = false;
    let settled = false;

    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);

    child.stdout?.on('data', (chunk: Buffer) => {
      if (outBytes < MAX_OUTPUT_BYTES) out.push(chunk);
      outBytes += chunk.length;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (errBytes < MAX_OUTPUT_BYTES) err.push(chunk);
      errBytes += chunk.length;
    });
    if (child.stdin) {
      child.stdin.on('error', () => {
        /* the tool may exit without reading its input; that is not our failure */
      });
      child.stdin.end(options.input);
    }

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const reason =
        error.code === 'ENOENT' || error.code === 'EACCES' ? 'not-found' : 'spawn-failed';
      reject(new ToolError(reason, name, `${file}: ${error.message}`));
    });

    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (timedOut) {
        reject(new ToolError('timeout', name, '', Math.round(timeoutMs / 1000)));
        return;
      }
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: decodeOutput(Buffer.concat(out), options.fallbackEncoding),
        stderr: decodeOutput(Buffer.concat(err), options.fallbackEncoding),
        durationMs: Date.now() - started,
        truncated: outBytes > MAX_OUTPUT_BYTES || errBytes > MAX_OUTPUT_BYTES,
      });
    });
  });
}
