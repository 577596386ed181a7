import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

/** The `cli.*` message IDs the window's own sources name (`t('cli.help.option.force')`). */
function cliIdsOfWindow(): Set<string> {
  const ids = new Set<string>();
  const dir = fileURLToPath(new URL('./renderer', import.meta.url));
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name))
      continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/['"`](cli\.[A-Za-z0-9_.]+)['"`]/g)) ids.add(m[1] ?? '');
  }
  return ids;
}

/**
 * The command line's own words (`cli.*`, core/i18n/<language>/cli.ts) are left out of the window's
 * build, except the few the window names itself (found in its sources): the first load carries
 * the window's sentences only (about 3 KB gzip less, issue 14). A `cli.*` ID the window built at
 * run time would show as the ID: the window names message IDs literally.
 */
function withoutCliMessages(): Plugin {
  const cliArea = /[\\/]core[\\/]i18n[\\/][A-Za-z-]+[\\/]cli\.ts$/;
  const used = cliIdsOfWindow();
  return {
    name: 'regroup-without-cli-messages',
    enforce: 'pre',
    load(id) {
      if (!cliArea.test(id)) return null;
      const { code } = transformSync(fs.readFileSync(id, 'utf8'), { loader: 'ts', format: 'cjs' });
      const module = { exports: {} as { cli?: Record<string, string> } };
      new Function('module', 'exports', code)(module, module.exports);
      const kept = Object.entries(module.exports.cli ?? {}).filter(([key]) => used.has(key));
      return `export const cli = ${JSON.stringify(Object.fromEntries(kept))};`;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [withoutCliMessages(), react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome140',
    // The modulepreload polyfill would be an inline script; Chromium does not need it.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
});
