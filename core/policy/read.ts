/**
 * Reads the policy IT set for Regroup on this computer, and resolves it (resolve.ts):
 *
 *   Windows  `HKLM\Software\Policies\Regroup`, through the absolute `<Windows>\System32\reg.exe
 *            query ... /reg:64` (the 64-bit view, where Group Policy and Intune write it, also
 *            from a 32-bit process). reg.exe exits 1 with a message in the display language on
 *            standard error when the key does not exist: exit 1 with no key listed is "no policy".
 *   Linux    `/etc/regroup/policy.json`
 *   macOS    `/Library/Application Support/Regroup/policy.json`
 *
 * Both places are writable by administrators only, and neither can be moved by the person (no
 * environment variable, no argument): a policy the person could point elsewhere would not be one.
 * A policy that cannot be read at all is reported and Regroup runs with its defaults; it never
 * stops Regroup from starting.
 */
import fs from 'node:fs/promises';
import { msg } from '../i18n/message';
import { runTool, ToolError, type RunOptions, type RunResult } from '../process/run';
import { system32Tool } from '../process/windows-paths';
import { parseRegQuery } from '../kerberos/windows/reg-query';
import { registryToRaw } from './registry';
import { defaultPolicy } from './defaults';
import { resolvePolicy, settingProblem } from './resolve';
import type { Policy } from './types';

export const POLICY_KEY = 'HKLM\\Software\\Policies\\Regroup';
export const LINUX_POLICY_FILE = '/etc/regroup/policy.json';
export const MAC_POLICY_FILE = '/Library/Application Support/Regroup/policy.json';
/** A policy file is a few hundred bytes; anything this large is not one. */
export const MAX_POLICY_BYTES = 64 * 1024;

export interface PolicyReaderOptions {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Tests: the fake reg.exe (default: System32's). */
  regExe?: string;
  /** Tests: the policy file (default: the platform's above). */
  file?: string;
  /** The console code page reg.exe writes non-ASCII text in (`cp850`). */
  codePage?: string;
  run?: (file: string, args: readonly string[], options: RunOptions) => Promise<RunResult>;
  readFile?: (file: string) => Promise<Buffer>;
}

/** The file a platform reads (null on Windows, which reads the registry). */
export function policyFileFor(platform: NodeJS.Platform): string | null {
  if (platform === 'win32') return null;
  return platform === 'darwin' ? MAC_POLICY_FILE : LINUX_POLICY_FILE;
}

/** Reads and resolves this computer's policy. Never throws: what went wrong is in `problems`. */
export function readPolicy(options: PolicyReaderOptions): Promise<Policy> {
  return options.platform === 'win32' ? readRegistry(options) : readFile(options);
}

function unreadable(source: string, detail: string): Policy {
  return defaultPolicy(source, [
    { setting: null, message: msg('policy.problem.unreadable', { source }), detail },
  ]);
}

async function readRegistry(options: PolicyReaderOptions): Promise<Policy> {
  const regExe = options.regExe ?? system32Tool(options.env, 'reg.exe');
  const run = options.run ?? runTool;
  let result: RunResult;
  try {
    result = await run(regExe, ['query', POLICY_KEY, '/reg:64'], {
      env: { ...options.env },
      timeoutMs: 10_000,
      fallbackEncoding: options.codePage,
    });
  } catch (error) {
    return unreadable(POLICY_KEY, error instanceof ToolError ? error.message : String(error));
  }
  // The queried key is the first one listed; reg.exe's "key not found" lists none.
  const keys = parseRegQuery(result.stdout);
  if (result.exitCode === 1 && keys.length === 0) return defaultPolicy(POLICY_KEY);
  if (result.exitCode !== 0) {
    const said = [result.stderr.trim(), result.stdout.trim()].filter(Boolean).join('\n');
    return unreadable(POLICY_KEY, `reg.exe exit code ${result.exitCode}: ${said}`);
  }
  const { raw, wrongType } = registryToRaw(keys[0]?.values ?? []);
  const typeProblems = wrongType.map((value) =>
    settingProblem(value.name, `${value.name} is ${value.type}; Regroup reads REG_DWORD or REG_SZ`),
  );
  return resolvePolicy(raw, POLICY_KEY, typeProblems);
}

async function readFile(options: PolicyReaderOptions): Promise<Policy> {
  const file = options.file ?? policyFileFor(options.platform) ?? LINUX_POLICY_FILE;
  const read = options.readFile ?? ((name: string) => fs.readFile(name));
  let bytes: Buffer;
  try {
    bytes = await read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return defaultPolicy(file);
    return unreadable(file, `${code ?? 'EIO'}: ${(error as Error).message}`);
  }
  if (bytes.length > MAX_POLICY_BYTES)
    return unreadable(file, `${bytes.length} bytes; a policy file is at most ${MAX_POLICY_BYTES}`);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return unreadable(file, `not JSON: ${(error as Error).message}`);
  }
  return resolvePolicy(raw, file);
}
