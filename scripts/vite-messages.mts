/**
 * How the window's build (vite.config.mts) takes the message catalogue (core/i18n) without the
 * ICU parser, and without the command line's own words (issue 14: the window's first load).
 *
 * - Every catalogue area file (`core/i18n/<language>/<area>.ts`) is loaded as its messages plus
 *   the ICU elements of those that need the parser (plural, select, number, quoting), made now by
 *   the real parser in the file's language (core/i18n/precompile.ts). The catalogue files stay
 *   the one source; a message edited there is compiled again by the next build.
 * - `@formatjs/icu-messageformat-parser` resolves to core/i18n/precompiled.ts, which serves those
 *   elements to intl-messageformat; only the pseudo-locale's chunk (core/i18n/pseudo.ts, which
 *   makes ICU text at run time) gets the real parser, and hands it over.
 * - `cli.*` messages are left out except the few the window names in its own sources
 *   (`t('cli.help.option.force')`): about 3 KB gzip. A `cli.*` ID built at run time would show as
 *   the ID: the window names message IDs literally.
 * Measured (gzip, first load): 105.1 KB before; parser and skeleton parser 8.3 KB out, English
 * elements 1.1 KB in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSync, transformSync } from 'esbuild';
import type { Plugin } from 'vite';
import type { precompile as Precompile } from '../core/i18n/precompile';

const PARSER = '@formatjs/icu-messageformat-parser';
const AREA = /[\\/]core[\\/]i18n[\\/]([A-Za-z-]+)[\\/]([a-z-]+)\.ts$/;

/** The `cli.*` message IDs the window's own sources name. */
function cliIdsOf(rendererDir: string): Set<string> {
  const ids = new Set<string>();
  for (const entry of fs.readdirSync(rendererDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name))
      continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/['"`](cli\.[A-Za-z0-9_.]+)['"`]/g)) ids.add(m[1] ?? '');
  }
  return ids;
}

/** Runs a CommonJS text and returns its exports. */
function evaluate<T>(code: string): T {
  const module = { exports: {} as T };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

/**
 * core/i18n/precompile.ts, bundled with the parser: the repository's TypeScript is CommonJS by its
 * package.json, which Vite's config loader does not take as an import.
 */
function loadPrecompile(root: string): typeof Precompile {
  const [out] = buildSync({
    entryPoints: [path.join(root, 'core', 'i18n', 'precompile.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  }).outputFiles;
  return evaluate<{ precompile: typeof Precompile }>(out?.text ?? '').precompile;
}

/** An area file's one export (`export const app = {...}`): its name and its messages. */
function areaOf(file: string): [string, Record<string, string>] {
  const { code } = transformSync(fs.readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs' });
  const [entry, ...more] = Object.entries(evaluate<Record<string, Record<string, string>>>(code));
  if (!entry || more.length > 0) throw new Error(`${file}: expected one exported catalogue area`);
  return entry;
}

export function windowMessages(root: string): Plugin {
  const standIn = path.join(root, 'core', 'i18n', 'precompiled.ts');
  const pseudo = path.join(root, 'core', 'i18n', 'pseudo.ts');
  const cliIds = cliIdsOf(path.join(root, 'renderer'));
  const precompile = loadPrecompile(root);
  return {
    name: 'regroup-window-messages',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== PARSER || !importer) return null;
      const from = path.normalize(importer.split('?')[0] ?? importer);
      return from === pseudo || from === standIn ? null : standIn;
    },
    load(id) {
      const match = AREA.exec(id);
      if (!match || match[2] === 'index') return null;
      const [name, all] = areaOf(id);
      const messages =
        match[2] === 'cli'
          ? Object.fromEntries(Object.entries(all).filter(([key]) => cliIds.has(key)))
          : all;
      const parsed = precompile(messages, match[1] ?? 'en');
      // Each compiled message is named by its key (`app["x"]`), not written out a second time.
      const keyOf = new Map(Object.entries(messages).map(([key, source]) => [source, key]));
      const pairs = Object.entries(parsed).map(
        ([source, elements]) =>
          `[${name}[${JSON.stringify(keyOf.get(source))}], ${JSON.stringify(elements)}]`,
      );
      return [
        `import { registerParsed } from ${JSON.stringify(standIn)};`,
        `export const ${name} = ${JSON.stringify(messages)};`,
        pairs.length > 0 ? `registerParsed([${pairs.join(',')}]);` : '',
      ].join('\n');
    },
    transform(code, id) {
      if (path.normalize(id) !== pseudo) return null;
      return `${code}\nimport { useParser as __useParser } from ${JSON.stringify(standIn)};\n__useParser(parse);\n`;
    },
  };
}
