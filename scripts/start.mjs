// `npm start`: builds Regroup and starts the tray app. Where no Electron binary is installed (a
// server, a container, or an install with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it says so and shows
// the tickets with the command line instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

/** The Electron binary, downloading it first when it is missing (unless told not to). */
function findElectron() {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const installed = () => {
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
    return fs.existsSync(binary) ? binary : null;
  };
  if (installed()) return installed();
  if (['1', 'true'].includes(String(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD).toLowerCase()))
    return null;
  console.log('Downloading the Electron binary...');
  const got = spawnSync(process.execPath, [path.join(dir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (got.status !== 0)
    console.log(`The download failed: ${(got.stderr.trim().split('\n')[0] ?? '').slice(0, 200)}`);
  return installed();
}

const electronBinary = findElectron();
const hasDisplay =
  process.platform === 'win32' ||
  process.platform === 'darwin' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (typeof electronBinary === 'string' && hasDisplay) {
  const child = spawn(electronBinary, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    typeof electronBinary === 'string'
      ? 'No desktop display here, so the tray app cannot start. Showing your tickets with the command line instead:\n'
      : 'The Electron binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed),\n' +
          'so the tray app cannot start. Showing your tickets with the command line instead:\n',
  );
  const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'regroup.js'), 'list'], {
    stdio: 'inherit',
  });
  process.exit(cli.status ?? 1);
}
