// Writes docs/regroup.1, the man page, from the CLI's command table and English catalogue (the
// same text as `regroup help`). Run after changing an option or its help:
//   node scripts/man-page.mjs
// cli/man-page.test.ts fails while the file is not current.
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-man-'));
try {
  const outfile = path.join(dir, 'man.cjs');
  await build({
    stdin: {
      contents:
        "import { manPage } from './cli/man-page';\n" +
        "import { createTranslator, en } from './core/i18n';\n" +
        "export const page = (version) => manPage(createTranslator('en', en), version);\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const { page } = createRequire(import.meta.url)(outfile);
  fs.writeFileSync(path.join(root, 'docs', 'regroup.1'), page(pkg.version));
  console.log('Wrote docs/regroup.1.');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
