import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The command line's own words (`cli.*`, core/i18n/<language>/cli.ts) are never shown in the
 * window: its build leaves them out, so the first load carries only the window's sentences (about
 * 6 KB gzip less, issue 14). A `cli.*` message asked of the window would show its ID.
 */
function withoutCliMessages(): Plugin {
  const cliArea = /[\\/]core[\\/]i18n[\\/][A-Za-z-]+[\\/]cli\.ts$/;
  return {
    name: 'regroup-without-cli-messages',
    enforce: 'pre',
    load(id) {
      return cliArea.test(id) ? 'export const cli = {};' : null;
    },
  };
}

/**
 * Builds the window's page (renderer/) into dist/renderer/, loaded by Electron from file://, so
 * every URL is relative (base './'). No inline scripts or styles are emitted: the page's CSP
 * allows only files of the app itself.
 */
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
