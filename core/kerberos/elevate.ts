/**
 * Elevation, the VS Code way: the elevation library (`@vscode/sudo-prompt`, the maintained fork of
 * sudo-prompt) is loaded lazily, on the first elevated action only, and it is handed one of a few
 * FIXED command lines. Nothing a person types and nothing read from a ticket cache ever reaches
 * the elevated command: the only variable part is the Windows folder, which is taken from
 * `%SystemRoot%` only when it is `<drive>:\Windows` (core/process/windows-paths.ts).
 *
 * Every failure is a KerberosError with a catalogue sentence (`krb.elevate.*`) and, in `detail`,
 * what the library or the refusal said.
 *
 * Already root (a fleet tool, `sudo regroup refresh --computer`): the fixed host-kinit runs as it
 * is, from an argument array, with no prompt and no shell; the same checks apply first. (Windows
 * decides its own routes in kerberos/windows/computer-route.ts.)
 */
import { stat } from 'node:fs/promises';
import { msg, type Message } from '../i18n/message';
import { runTool, type RunOptions, type RunResult } from '../process/run';
import { system32Tool } from '../process/windows-paths';
import type { KerberosError } from './types';

/** The commands Regroup may ever run elevated. */
export type ElevatedCommand =
  /** Windows: `klist.exe -li 0x3e7 purge` (the computer's logon session). */
  | { id: 'computer-purge'; gpupdate: boolean }
  /** Linux/macOS: a fresh TGT for the host principal from the host keytab, into the system cache. */
  | { id: 'host-kinit'; kinitPath: string; keytab: string; cache: string; principal?: string };

/** The subset of `@vscode/sudo-prompt` Regroup uses (its real API). */
export interface SudoPromptLike {
  exec(
    command: string,
    options: { name?: string },
    callback: (error?: Error, stdout?: string | Buffer, stderr?: string | Buffer) => void,
  ): void;
}

export type ElevationResult =
  | { ok: true; stdout: string; stderr: string }
  | { ok: false; error: KerberosError; stdout: string; stderr: string };

export type Elevate = (command: ElevatedCommand) => Promise<ElevationResult>;

/** sudo-prompt's own words for a declined prompt (it maps every Windows UAC failure to this). */
const DECLINED = 'User did not grant permission.';
const NO_POLKIT_AGENT = 'No polkit authentication agent found.';
/** Shown in the macOS / Linux prompt; sudo-prompt allows letters, digits and spaces only. */
const PROMPT_NAME = 'Regroup';

/**
 * The only kinit Regroup elevates: the system's own, never one found through PATH (a folder such
 * as ~/.local/bin that comes first in PATH would otherwise choose what runs as root).
 */
export const SYSTEM_KINIT_PATHS: readonly string[] = [
  '/usr/bin/kinit',
  '/usr/sbin/kinit',
  '/bin/kinit',
];

/** Printed by the elevated command line between a successful purge and gpupdate. */
export const PURGED_MARKER = 'REGROUP-PURGED';

const SAFE_UNIX_PATH = /^\/(?:[A-Za-z0-9._+-]+\/?)+$/;
const SAFE_CACHE = /^(?:FILE:)?\/(?:[A-Za-z0-9._+-]+\/?)+$/;
/** `host/<fqdn>`: Heimdal's `kinit -k` needs the principal named (MIT picks host/<hostname>). */
const SAFE_HOST_PRINCIPAL = /^host\/[a-z0-9](?:[a-z0-9.-]{0,252})(?:@[A-Z0-9.-]+)?$/;

/** The exact command line for an elevated command. Throws for anything not fixed and safe. */
export function elevatedCommandLine(command: ElevatedCommand, env: NodeJS.ProcessEnv): string {
  switch (command.id) {
    case 'computer-purge': {
      const purge = `"${system32Tool(env, 'klist.exe')}" -li 0x3e7 purge`;
      if (!command.gpupdate) return purge;
      // The marker tells a failed gpupdate after a good purge from a failed purge.
      return `${purge} && echo ${PURGED_MARKER} && "${system32Tool(env, 'gpupdate.exe')}" /target:computer /force`;
    }
    case 'host-kinit': {
      const { kinitPath, keytab, cache, principal } = command;
      if (
        !SYSTEM_KINIT_PATHS.includes(kinitPath) ||
        !SAFE_UNIX_PATH.test(kinitPath) ||
        !SAFE_UNIX_PATH.test(keytab) ||
        !SAFE_CACHE.test(cache)
      ) {
        throw new Error('Refusing to elevate a command with an unexpected path.');
      }
      if ([kinitPath, keytab, cache].some((p) => p.includes('..'))) {
        throw new Error('Refusing to elevate a command with an unexpected path.');
      }
      if (principal !== undefined && !SAFE_HOST_PRINCIPAL.test(principal)) {
        throw new Error('Refusing to elevate a command with an unexpected principal.');
      }
      const line = `'${kinitPath}' -k -t '${keytab}' -c '${cache}'`;
      return principal ? `${line} '${principal}'` : line;
    }
  }
}

/** Nothing ran: the elevation was refused before any prompt. */
function notElevated(message: Message, detail?: string): ElevationResult {
  const error: KerberosError = { code: 'elevation-failed', message };
  if (detail) error.detail = detail;
  return { ok: false, stdout: '', stderr: '', error };
}

/** True for a file owned by root that neither its group nor others may change. */
async function ownedByRootOnly(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    return info.uid === 0 && (info.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function text(value: string | Buffer | undefined): string {
  return value === undefined ? '' : value.toString();
}

/** Loads the real library on first use only (it is not needed to list tickets). */
async function loadSudoPrompt(): Promise<SudoPromptLike> {
  const mod = (await import('@vscode/sudo-prompt')) as SudoPromptLike & {
    default?: SudoPromptLike;
  };
  return mod.default ?? mod;
}

export interface ElevatorOptions {
  env?: NodeJS.ProcessEnv;
  /** Tests inject a stand-in for the OS prompt; the app uses the real library, loaded lazily. */
  load?: () => Promise<SudoPromptLike>;
  /** True when this process is root (Linux, macOS); then host-kinit runs with no prompt. */
  isRoot?: () => boolean;
  run?: (file: string, args: readonly string[], options?: RunOptions) => Promise<RunResult>;
}

const processIsRoot = (): boolean =>
  process.platform !== 'win32' && typeof process.getuid === 'function' && process.getuid() === 0;

/** The host-kinit's arguments, as its command line has them (already checked). */
function kinitArgs(command: Extract<ElevatedCommand, { id: 'host-kinit' }>): string[] {
  const args = ['-k', '-t', command.keytab, '-c', command.cache];
  return command.principal ? [...args, command.principal] : args;
}

/** Makes the `elevate` function. */
export function createElevator(options: ElevatorOptions = {}): Elevate {
  const env = options.env ?? process.env;
  const load = options.load ?? loadSudoPrompt;
  const isRoot = options.isRoot ?? processIsRoot;
  const run = options.run ?? runTool;
  let library: Promise<SudoPromptLike> | null = null;
  return async (command) => {
    let line: string;
    try {
      line = elevatedCommandLine(command, env);
    } catch (error) {
      // A command that is not one of the fixed, safe ones: a bug or a tampered install.
      return notElevated(msg('krb.elevate.refused'), (error as Error).message);
    }
    if (command.id === 'host-kinit' && !(await ownedByRootOnly(command.kinitPath))) {
      return notElevated(msg('krb.elevate.kinitNotSystem', { path: command.kinitPath }));
    }
    if (command.id === 'host-kinit' && isRoot()) {
      try {
        const ran = await run(command.kinitPath, kinitArgs(command), { env });
        if (ran.exitCode === 0) return { ok: true, stdout: ran.stdout, stderr: ran.stderr };
        return {
          ok: false,
          stdout: ran.stdout,
          stderr: ran.stderr,
          error: {
            code: 'elevation-failed',
            message: msg('krb.elevate.failed'),
            detail: ran.stderr.trim(),
          },
        };
      } catch (error) {
        return notElevated(msg('krb.elevate.failed'), (error as Error).message);
      }
    }
    library ??= load();
    let sudo: SudoPromptLike;
    try {
      sudo = await library;
    } catch (error) {
      library = null; // try loading again next time
      return notElevated(msg('krb.elevate.promptUnavailable'), (error as Error).message);
    }
    return new Promise<ElevationResult>((resolve) => {
      sudo.exec(line, { name: PROMPT_NAME }, (error, stdout, stderr) => {
        const out = text(stdout);
        const err = text(stderr);
        if (!error) return resolve({ ok: true, stdout: out, stderr: err });
        if (error.message === DECLINED) {
          return resolve({
            ok: false,
            stdout: out,
            stderr: err,
            error: { code: 'elevation-declined', message: msg('krb.elevate.declined') },
          });
        }
        const agentMissing = error.message === NO_POLKIT_AGENT;
        resolve({
          ok: false,
          stdout: out,
          stderr: err,
          error: {
            code: 'elevation-failed',
            message: msg(agentMissing ? 'krb.elevate.noPolkitAgent' : 'krb.elevate.failed'),
            detail: [error.message, err].filter(Boolean).join('\n').trim(),
          },
        });
      });
    });
  };
}
