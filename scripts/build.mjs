// Builds Regroup: the CLI, the Electron main process and preload (esbuild), and the renderer (Vite).
//   node scripts/build.mjs          everything
//   node scripts/build.mjs --cli    the CLI only (run by `npm ci` through "prepare": fast, no Vite)
import { build } from 'esbuild';
import fs from 'node:fs';
import Module from 'node:module';
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

// The CLI starts as one small file: every language but English, and iconv-lite (only for a legacy
// Windows code page), are files of their own next to it, required the first time they are needed.
// Parsing them at every start cost about a third of `regroup --help` (issue 14: start-up).
const LANGUAGES = ['de', 'fr', 'es', 'ja', 'zh-CN', 'pseudo'];
const onDemand = {
  name: 'on-demand',
  setup(b) {
    b.onResolve({ filter: /^\.\/(?:de|fr|es|ja|zh-CN|pseudo)$/ }, (args) =>
      args.importer === path.join(root, 'core', 'i18n', 'index.ts')
        ? { path: `./i18n-${args.path.slice(2)}.js`, external: true }
        : undefined,
    );
    b.onResolve({ filter: /^iconv-lite$/ }, () => ({ path: './iconv-lite.js', external: true }));
  },
};
// The policy's validators, generated from its schema by ajv's standalone code (see
// scripts/policy-validators.ts), replace core/policy/validators.ts in both bundles: ajv was about
// 270 KB of each and 8-10 ms of every start, on every machine, with or without a policy.
async function policyValidatorsCode() {
  const entry = path.join(root, 'scripts', 'policy-validators.ts');
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    write: false,
    absWorkingDir: root,
  });
  const generator = new Module(entry);
  generator.filename = entry;
  generator.paths = Module._nodeModulePaths(root);
  generator._compile(outputFiles[0].text, entry);
  return generator.exports.policyValidatorsCode();
}
const validatorsCode = await policyValidatorsCode();
const policyValidators = {
  name: 'policy-validators',
  setup(b) {
    // A bundle that silently fell back to ajv would only show as a slower start: fail instead.
    let replaced = false;
    b.onEnd((result) => {
      if (!replaced && result.errors.length === 0) {
        throw new Error('core/policy/resolve.ts no longer imports ./validators: update build.mjs');
      }
    });
    b.onResolve({ filter: /^\.\/validators$/ }, (args) =>
      args.importer === path.join(root, 'core', 'policy', 'resolve.ts')
        ? { path: 'policy-validators', namespace: 'generated' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'generated' }, () => {
      replaced = true;
      return { contents: validatorsCode, loader: 'js', resolveDir: root };
    });
  },
};

await build({
  ...common,
  entryPoints: {
    regroup: 'cli/regroup.ts',
    ...Object.fromEntries(
      LANGUAGES.map((l) => [
        `i18n-${l}`,
        `core/i18n/${l === 'pseudo' ? 'pseudo.ts' : `${l}/index.ts`}`,
      ]),
    ),
    'iconv-lite': 'node_modules/iconv-lite/lib/index.js',
  },
  outdir: 'dist/cli',
  plugins: [onDemand, policyValidators],
  // `import()` of a language file as `require`: it works the same from inside app.asar.
  supported: { 'dynamic-import': false },
});

if (!cliOnly) {
  await build({
    ...common,
    entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
    outdir: 'dist/main',
    external: ['electron'],
    plugins: [policyValidators],
    // `import('node:child_process')` (loaded on first use) as `require`, as in the CLI.
    supported: { 'dynamic-import': false },
  });
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
}
console.log(`Built ${cliOnly ? 'the CLI' : 'Regroup'} into dist/.`);
