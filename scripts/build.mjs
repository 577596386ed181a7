// Builds Regroup: the CLI, the Electron main process and preload (esbuild), and the renderer (Vite).
//   node scripts/build.mjs          everything
//   node scripts/build.mjs --cli    the CLI only (run by `npm ci` through "prepare": fast, no Vite)
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const cliOnly = process.argv.includes('--cli');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __REGROUP_VERSION__: JSON.stringify(pkg.version) },
  absWorkingDir: root,
};

await build({
  ...common,
  entryPoints: { regroup: 'cli/regroup.ts' },
  outdir: 'dist/cli',
});

if (!cliOnly) {
  await build({
    ...common,
    entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
    outdir: 'dist/main',
    external: ['electron'],
  });
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
}
console.log(`Built ${cliOnly ? 'the CLI' : 'Regroup'} into dist/.`);
