// Builds Regroup: the CLI, the Electron main process and preload (esbuild), and the renderer (Vite).
//   node scripts/build.mjs          everything
//   node scripts/build.mjs --cli    the CLI only (run by `npm ci` through "prepare": fast, no Vite)
import { build } from 'esbuild';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDuplicates, lazyExports, lazyModules, resolvedPath } from './lazy-modules.mjs';

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

// The CLI and the main process start as one small file each: every language but English, and
// iconv-lite (only for a legacy Windows code page), are files of their own next to it, required
// the first time they are needed. Parsing them at every start cost about a third of
// `regroup --help`, and more than half of main.js (1.1 of 1.9 MB) (issue 14: start-up).
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
const onDemandEntries = {
  ...Object.fromEntries(
    LANGUAGES.map((l) => [
      `i18n-${l}`,
      `core/i18n/${l === 'pseudo' ? 'pseudo.ts' : `${l}/index.ts`}`,
    ]),
  ),
  'iconv-lite': 'node_modules/iconv-lite/lib/index.js',
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
    b.onResolve({ filter: /^\.\/validators$/ }, (args) =>
      args.importer === path.join(root, 'core', 'policy', 'resolve.ts')
        ? { path: 'policy-validators', namespace: 'generated' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'generated' }, () => ({
      contents: validatorsCode,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

// Loaded the first time one of their exports is used, each from a file of its own (see
// scripts/lazy-modules.mjs): what `regroup --help`, `regroup parse` and the tray's first listing do
// not need. With the languages, iconv-lite and the generated policy validators, regroup.js went
// from 763 KB to 206 KB and main.js from 1.88 MB to 0.34 MB; requiring regroup.js and printing the
// help took 37 ms in the process instead of 103 ms, evaluating main.js 26 ms instead of 62-68 ms
// (medians of 15-21 fresh processes on a shared 2-core machine at load 5-9).
const CLI_LAZY = {
  'core/kerberos/create-service.ts': 'kerberos-service',
  'core/kerberos/windows/helper.ts': 'windows-helper',
  'core/policy/read.ts': 'policy',
  'core/groups/service.ts': 'groups',
  'core/groups/verify.ts': 'groups-verify',
  'core/diagnose/diagnose.ts': 'diagnose',
  'core/kerberos/parse.ts': 'parse',
  'cli/wait-command.ts': 'wait',
  'cli/helper-command.ts': 'helper',
  // Shared by the files above, and must exist once: their errors are told apart by class.
  'core/process/run.ts': 'tools',
  'core/groups/errors.ts': 'groups-errors',
  'intl-messageformat': 'intl-messageformat',
  '@formatjs/icu-messageformat-parser': 'icu-parser',
  // Only for text that is not all one-column characters (core/text/width.ts): string-width 9
  // builds an Intl.Segmenter and its emoji expressions when it is evaluated, about 40 ms of
  // every start of the CLI.
  'string-width': 'string-width',
};
const MAIN_LAZY = {
  // After a click: groups and their check, waiting for a group, diagnostics, the elevated
  // computer refresh. (Signing out and the fresh sign-in say at start whether they are available.)
  'core/groups/service.ts': 'groups',
  'core/groups/verify.ts': 'groups-verify',
  'core/groups/group-waiter.ts': 'group-waiter',
  'core/diagnose/diagnose.ts': 'diagnose',
  'core/diagnose/format.ts': 'diagnose-format',
  'core/kerberos/elevate.ts': 'elevate',
  // One of the two is read for the first listing, after Electron is ready; never the other one.
  'core/kerberos/windows/service.ts': 'kerberos-windows',
  'core/kerberos/unix/service.ts': 'kerberos-unix',
  // Messages with plurals or selects only.
  'intl-messageformat': 'intl-messageformat',
  '@formatjs/icu-messageformat-parser': 'icu-parser',
  // Shared by the files above, and must exist once: their errors are told apart by class.
  'core/process/run.ts': 'tools',
  'core/groups/errors.ts': 'groups-errors',
};

/** Modules with state of their own that may still exist once in each file (see lazy-modules.mjs). */
const SAFE_TWICE = {
  // A cache of a module that is itself one file (iconv-lite.js, node:net, node:dns).
  'core/process/decode.ts': 'iconv-lite once loaded',
  'core/kerberos/preflight.ts': 'node:net and node:dns once loaded',
  // Scratch state of one synchronous parse: no instance or value leaves the parse.
  'core/kerberos/line-index.ts': 'lines of one listing',
  'core/kerberos/windows/ticket-block.ts': 'fields of one ticket',
  'core/kerberos/windows/klist.ts': 'the last marker read',
  'core/kerberos/unix/mit-klist.ts': 'the scan and repeated strings of one listing',
};

/**
 * One bundle (`entryPoints`) with its lazy modules next to it in `outdir`. Fails when a bundle
 * would still hold ajv's run-time compiler or a module that must exist once is bundled twice.
 */
async function bundle(entryPoints, outdir, lazy, options = {}) {
  const names = await lazyExports(build, root, lazy);
  const plugins = (own) => [onDemand, policyValidators, lazyModules(root, lazy, names, own)];
  // `import()` (a language file, `node:child_process` on first use) as `require`: it works the
  // same from inside app.asar.
  const shared = { ...common, ...options, outdir, metafile: true };
  shared.supported = { 'dynamic-import': false };
  const metafiles = [];
  for (const [file, name] of Object.entries(lazy)) {
    const own = resolvedPath(root, file);
    const result = await build({ ...shared, entryPoints: { [name]: file }, plugins: plugins(own) });
    metafiles.push(result.metafile);
  }
  const result = await build({ ...shared, entryPoints, plugins: plugins(null) });
  metafiles.push(result.metafile);
  const checked = [...Object.keys(entryPoints), ...Object.values(lazy)]
    .filter((name) => !(name in onDemandEntries) && name !== 'preload')
    .map((name) => `${outdir}/${name}.js`);
  checkDuplicates(root, metafiles, checked, SAFE_TWICE);
  for (const metafile of metafiles) {
    for (const [out, output] of Object.entries(metafile.outputs)) {
      if ('core/policy/validators.ts' in output.inputs) {
        throw new Error(`${out} bundles ajv's compiler (core/policy/validators.ts): see build.mjs`);
      }
    }
  }
}

await bundle({ regroup: 'cli/regroup.ts', ...onDemandEntries }, 'dist/cli', CLI_LAZY);
if (!cliOnly) {
  await bundle(
    { main: 'electron/main.ts', preload: 'electron/preload.ts', ...onDemandEntries },
    'dist/main',
    MAIN_LAZY,
    { external: ['electron'] },
  );
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
}
console.log(`Built ${cliOnly ? 'the CLI' : 'Regroup'} into dist/.`);
