// `npm start`: builds Regroup and starts the tray app. Where no Electron binary is installed (a
// server, a container, or an install with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it says so and shows
// the tickets with the command line instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

let electronBinary = null;
try {
  electronBinary = require('electron'); // the path of the binary, or a throw when it is missing
} catch {
  electronBinary = null;
}
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
