/**
 * Runs a Node script of the packaging checks offline: in a network namespace with nothing but
 * loopback when the machine allows one (`unshare -n` as root, else `unshare -rn` through a user
 * namespace), so a download attempt fails at once instead of quietly succeeding or waiting on DNS;
 * otherwise as a plain child. Either way with electron-builder's offline settings: no Electron
 * download, no timestamp server, no code-signing identity or publishing token, and an empty cache
 * of its own.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface OfflineRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** How the network was cut: 'unshare -n', 'unshare -rn', or null when it could not be. */
  isolation: string | null;
  seconds: number;
}

let isolation: string[] | null | undefined;

/** The `unshare` prefix that works here (tried once), or null. */
function isolationPrefix(): string[] | null {
  if (isolation !== undefined) return isolation;
  isolation = null;
  for (const flags of ['-n', '-rn']) {
    const probe = spawnSync('unshare', [flags, 'true'], { stdio: 'ignore', timeout: 10_000 });
    if (probe.status === 0) {
      isolation = ['unshare', flags];
      break;
    }
  }
  return isolation;
}

/** The environment for an offline run: offline knobs set, signing and publishing secrets removed. */
export function offlineEnv(cacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(CSC_|WIN_CSC_|APPLE_|GH_TOKEN|GITHUB_TOKEN)/.test(name)) delete env[name];
    // Under VITEST electron-builder keeps its log to itself; the child is not a test worker.
    if (name.startsWith('VITEST')) delete env[name];
  }
  return {
    ...env,
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    ELECTRON_BUILDER_OFFLINE: 'true',
    ELECTRON_BUILDER_CACHE: cacheDir,
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    // Electronegativity picks its message language from LANG; the allow list matches English.
    LANG: 'en-US',
  };
}

export function runOffline(script: string, args: string[], workDir: string): OfflineRun {
  const cacheDir = path.join(workDir, 'electron-builder-cache');
  fs.mkdirSync(cacheDir, { recursive: true });
  const prefix = isolationPrefix();
  const command = prefix ? prefix[0]! : process.execPath;
  const commandArgs = prefix
    ? [...prefix.slice(1), process.execPath, script, ...args]
    : [script, ...args];
  const started = Date.now();
  const run = spawnSync(command, commandArgs, {
    env: offlineEnv(cacheDir),
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    isolation: prefix ? prefix.join(' ') : null,
    seconds: (Date.now() - started) / 1000,
  };
}
