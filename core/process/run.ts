/**
 * The thin wrapper that runs external tools (klist, kinit, kdestroy, whoami ...). It takes an
 * argument array, never a shell string; it stops a tool that does not answer in time; it decodes
 * the output from bytes; and it turns "not installed" and "timed out" into typed errors.
 */
import { spawn } from 'node:child_process';
import iconv from 'iconv-lite';
import type { KerberosErrorCode } from '../kerberos/types';

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Output beyond this is dropped (klist never prints that much; a runaway tool must not eat memory). */
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

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
}

/** A failure to run the tool at all (as opposed to the tool reporting a failure). */
export class ToolError extends Error {
  constructor(
    readonly code: KerberosErrorCode,
    message: string,
    readonly detail = '',
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

/** Decodes tool output: UTF-8 when it is valid UTF-8, else the given console code page. */
export function decodeOutput(bytes: Buffer, fallbackEncoding = 'cp437'): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const encoding = iconv.encodingExists(fallbackEncoding) ? fallbackEncoding : 'cp437';
    text = iconv.decode(bytes, encoding);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function toolName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Runs `file` with `args` (no shell). Resolves with the exit code and decoded output. */
export function runTool(
  file: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = Date.now();
  const name = toolName(file);
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      shell: false,
      windowsHide: true,
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
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

    child.stdout.on('data', (chunk: Buffer) => {
      if (outBytes < MAX_OUTPUT_BYTES) out.push(chunk);
      outBytes += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (errBytes < MAX_OUTPUT_BYTES) err.push(chunk);
      errBytes += chunk.length;
    });
    child.stdin.on('error', () => {
      /* the tool may exit without reading its input; that is not our failure */
    });
    child.stdin.end(options.input ?? '');

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error.code === 'ENOENT' || error.code === 'EACCES') {
        reject(
          new ToolError(
            'klist-missing',
            `${name} was not found at ${file}. Regroup needs the Kerberos tools: on Windows they ` +
              `come with the system; on Linux install krb5-user (Debian/Ubuntu) or krb5-workstation.`,
            error.message,
          ),
        );
      } else {
        reject(new ToolError('klist-failed', `${name} could not be started: ${error.message}`));
      }
    });

    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (timedOut) {
        reject(
          new ToolError(
            'timeout',
            `${name} did not answer within ${Math.round(timeoutMs / 1000)} seconds and was stopped. ` +
              `Check the network connection to your domain, then try again.`,
          ),
        );
        return;
      }
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: decodeOutput(Buffer.concat(out), options.fallbackEncoding),
        stderr: decodeOutput(Buffer.concat(err), options.fallbackEncoding),
        durationMs: Date.now() - started,
      });
    });
  });
}
