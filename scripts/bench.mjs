// `npm run bench [-- --quick]`: runs bench/bench.ts in place (TypeScript compiled as it is required,
// bench/register.cjs) with the tests' time zone, so __dirname-relative paths (the realm script, the
// fakes, the renderer build) mean what they mean in the repository. Exit 0 when the bench ran.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(
  process.execPath,
  [
    '--require',
    path.join(root, 'bench', 'register.cjs'),
    path.join(root, 'bench', 'bench.ts'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', cwd: root, env: { ...process.env, TZ: process.env.TZ ?? 'Europe/Berlin' } },
);
process.exit(result.status ?? 1);
