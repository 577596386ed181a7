// `npm run bench`: bundles bench/bench.ts with esbuild and runs it (with --expose-gc for memory).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-bench-')), 'bench.cjs');
await build({
  entryPoints: [path.join(root, 'bench', 'bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: out,
  logLevel: 'warning',
});
// The fake klist lives in the repo; the bundle (in a temp folder) is told where.
const result = spawnSync(process.execPath, ['--expose-gc', out], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, REGROUP_FAKE_KLIST: path.join(root, 'test', 'fakes', 'fake-klist.mjs') },
});
process.exit(result.status ?? 1);
