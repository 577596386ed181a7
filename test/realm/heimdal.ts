/**
 * Heimdal's klist/kinit/kdestroy/kgetcred next to MIT (see heimdal.sh), for testing the macOS flow
 * against the MIT test KDC. Prepared once per machine into a cache folder.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface HeimdalTools {
  bin: string;
  klist: string;
  kinit: string;
  kdestroy: string;
  kgetcred: string;
}

/** Prepares the tools (apt-get, dpkg-deb -x) and returns their paths; throws with the script's reason. */
export function prepareHeimdal(dir?: string): HeimdalTools {
  const script = path.join(__dirname, 'heimdal.sh');
  const r = spawnSync('bash', dir ? [script, dir] : [script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`heimdal.sh failed: ${r.stderr.trim()}`);
  const bin = r.stdout.trim().split('\n').pop() ?? '';
  return {
    bin,
    klist: path.join(bin, 'klist'),
    kinit: path.join(bin, 'kinit'),
    kdestroy: path.join(bin, 'kdestroy'),
    kgetcred: path.join(bin, 'kgetcred'),
  };
}
