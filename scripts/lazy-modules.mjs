// Modules that the CLI and the main process load the first time one of their exports is used, each
// from a file of its own next to the bundle (issue 14, start-up). esbuild splits code into shared
// chunks only for ES modules, and both bundles must stay CommonJS (bin/regroup.js and the packaged
// app `require` them, also from inside app.asar), so this plugin does it by hand:
//
// - every import of a lazy module (from the bundle or from another lazy module) is replaced by a
//   small stand-in that has the module's export names as getters; the first getter read
//   `require`s `./<name>.js`, which is that module bundled on its own. esbuild reads an imported
//   name at the place of use (`(0, import_x.name)(...)`), so nothing loads at start;
// - a module both in a bundle and in a lazy file exists twice. That is only safe for a module
//   without state of its own: `checkDuplicates` fails the build when a copy holds a class
//   (`instanceof` would see two classes), a top-level `let` (two states) or is the translator
//   (core/i18n/index.ts: the current language). Such a module is made lazy itself instead, so
//   that everything shares its one file (Node's module cache).
// - a lazy file that is missing (a broken installation) fails with what is missing and where,
//   not with a bare MODULE_NOT_FOUND.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A lazy module is a file of the project (`core/x.ts`) or a package by its name. */
const isPackage = (file) => !/\.tsx?$/.test(file);
export const resolvedPath = (root, file) =>
  isPackage(file)
    ? createRequire(path.join(root, 'package.json')).resolve(file)
    : path.join(root, file);

/** The stand-in for a lazy module: its exports as getters that load the file on first use. */
function standIn(file, names) {
  return `'use strict';
let loaded;
function load() {
  if (loaded === undefined) {
    try {
      loaded = require(${JSON.stringify(`./${file}`)});
    } catch (error) {
      if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(${JSON.stringify(file)})) {
        const missing = new Error(${JSON.stringify(file)} + ' is missing from ' + __dirname + ' (an incomplete installation)');
        missing.code = 'REGROUP_PART_MISSING';
        missing.cause = error;
        throw missing;
      }
      throw error;
    }
  }
  return loaded;
}
Object.defineProperty(exports, '__esModule', { value: true });
for (const name of ${JSON.stringify(names)}) {
  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });
}
`;
}

/**
 * The plugin for one build: `lazy` maps a module (path from the root) to the name of its file;
 * `own` is the module this build bundles as a lazy file itself (it is not replaced in its own file).
 */
export function lazyModules(root, lazy, exportsOf, own = null) {
  const byPath = new Map();
  for (const [file, name] of Object.entries(lazy)) byPath.set(resolvedPath(root, file), name);
  const packages = new Set(Object.keys(lazy).filter(isPackage));
  return {
    name: 'lazy-modules',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'lazy-modules' || args.kind === 'entry-point') return undefined;
        if (!args.path.startsWith('.') && !packages.has(args.path)) return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'lazy-modules',
        });
        if (!byPath.has(resolved.path) || resolved.path === own) return undefined;
        // Named by its path from the root: the bundle's comments carry no path of the build machine.
        const shown = path.relative(root, resolved.path).split(path.sep).join('/');
        return { path: shown, namespace: 'lazy-stand-in', pluginData: resolved.path };
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy-stand-in' }, (args) => ({
        contents: standIn(`${byPath.get(args.pluginData)}.js`, exportsOf.get(args.pluginData)),
        loader: 'js',
      }));
    },
  };
}

/** The export names of each lazy module (read from its source by esbuild, not bundled). */
export async function lazyExports(build, root, lazy) {
  const names = new Map();
  for (const file of Object.keys(lazy)) {
    const { metafile } = await build({
      entryPoints: [resolvedPath(root, file)],
      bundle: true,
      platform: 'node',
      packages: isPackage(file) ? undefined : 'external',
      format: 'esm',
      write: false,
      metafile: true,
      absWorkingDir: root,
      outdir: 'out',
    });
    const [output] = Object.values(metafile.outputs).filter((o) => o.entryPoint);
    names.set(resolvedPath(root, file), output.exports);
  }
  return names;
}

const TRANSLATOR = 'core/i18n/index.ts';

/**
 * Fails when a module is bundled in two of the `checked` outputs (a bundle and its lazy files) and
 * is not safe to have twice (see the header) and not in `safeTwice` (module: why it is safe).
 * `metafiles` are the builds' metafiles.
 */
export function checkDuplicates(root, metafiles, checked, safeTwice) {
  const owners = new Map();
  for (const metafile of metafiles) {
    for (const [out, output] of Object.entries(metafile.outputs)) {
      if (!checked.includes(out)) continue;
      for (const input of Object.keys(output.inputs)) {
        if (!/\.tsx?$/.test(input) || /^node_modules\/|:/.test(input)) continue;
        owners.set(input, [...(owners.get(input) ?? []), out]);
      }
    }
  }
  const unsafe = [];
  for (const [input, outs] of owners) {
    if (outs.length < 2 || Object.hasOwn(safeTwice, input)) continue;
    const source = fs.readFileSync(path.join(root, input), 'utf8');
    const why =
      input === TRANSLATOR
        ? 'holds the current language'
        : /^\s*(?:export\s+)?(?:abstract\s+)?class\s/m.test(source)
          ? 'declares a class'
          : /^(?:export\s+)?let\s/m.test(source)
            ? 'has a top-level let'
            : null;
    if (why) unsafe.push(`${input} ${why} and is bundled in ${outs.join(', ')}`);
  }
  if (unsafe.length) {
    throw new Error(`Modules that must exist once are bundled twice:\n  ${unsafe.join('\n  ')}`);
  }
}
