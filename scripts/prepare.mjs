// Run by `npm ci` / `npm install` ("prepare"): builds the `regroup` CLI, then fetches Electron's
// binary so that `npm start` works offline afterwards. Electron 45 ships no install script of its
// own (it downloads on first use), so this is where a desktop install gets it. Set
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 to skip the download (CI, servers, machines without internet).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (file, args) =>
  spawnSync(process.execPath, [file, ...args], { stdio: 'inherit', cwd: root });

const cli = run(path.join(root, 'scripts', 'build.mjs'), ['--cli']);
if (cli.status !== 0) process.exit(cli.status ?? 1);

const skip = ['1', 'true'].includes(
  String(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD).toLowerCase(),
);
const installer = path.join(root, 'node_modules', 'electron', 'install.js');
if (skip) {
  console.log(
    'Skipping the Electron binary (ELECTRON_SKIP_BINARY_DOWNLOAD is set): the CLI works, `npm start` falls back to it.',
  );
} else if (fs.existsSync(installer)) {
  const got = run(installer, []);
  if (got.status !== 0) {
    console.warn(
      'Warning: the Electron binary could not be downloaded now; `npm start` will try again.',
    );
  }
}
