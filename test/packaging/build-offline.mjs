/**
 * Packages Regroup with electron-builder's own API and the project's electron-builder.yml, offline,
 * against stand-in Electron distributions (./stand-in-electron.mjs):
 *   node test/packaging/build-offline.mjs <work dir>
 * - `--linux dir` and `--win dir`: the real app folders with resources/app.asar, fuses flipped.
 * - deb: electron-builder computes everything it would hand to fpm; the hook it offers for that
 *   (`effectiveOptionComputed`) records the arguments and the expanded maintainer scripts and
 *   stops before fpm, which cannot be downloaded here.
 * - msi: built from the packed Windows folder; the `msiProjectCreated` hook runs the project's own
 *   hook (the helper's custom actions), records the WiX project and stops before WiX, which cannot
 *   be downloaded here.
 * Writes <work dir>/report.json. Only the stand-in Electron folders and the output folder differ
 * from a real build. Run by test/system/packaging-offline.test.ts.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Arch, build, Platform } from 'electron-builder';
import { load } from 'js-yaml';
import { makeLinuxElectron, makeWindowsElectron } from './stand-in-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = path.resolve(process.argv[2] ?? '');
if (!process.argv[2]) throw new Error('usage: build-offline.mjs <work dir>');
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

/** Thrown by the msi hook to stop before WiX; any other error is a real failure. */
const STOP_BEFORE_WIX = 'stop before WiX (offline packaging check)';
const report = { electronVersion };
const projectMsiHook = createRequire(import.meta.url)(
  path.join(
    root,
    load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).msiProjectCreated,
  ),
);

const linuxOut = path.join(work, 'linux');
await build({
  projectDir: root,
  targets: Platform.LINUX.createTarget(['dir', 'deb'], Arch.x64),
  config: {
    electronDist: makeLinuxElectron(path.join(work, 'electron-linux'), electronVersion),
    directories: { output: linuxOut },
  },
  effectiveOptionComputed: async (options) => {
    // FpmTarget passes [fpm arguments, desktop file]; nothing else is built here.
    const [args, desktopFile] = options;
    const after = (flag) => args[args.indexOf(flag) + 1];
    report.deb = {
      args,
      afterInstall: fs.readFileSync(after('--after-install'), 'utf8'),
      afterRemove: fs.readFileSync(after('--after-remove'), 'utf8'),
      desktopEntry: fs.readFileSync(desktopFile, 'utf8'),
    };
    return true;
  },
});
report.linux = { appOutDir: path.join(linuxOut, 'linux-unpacked') };

const winOut = path.join(work, 'win');
await build({
  projectDir: root,
  targets: Platform.WINDOWS.createTarget(['dir'], Arch.x64),
  config: {
    electronDist: makeWindowsElectron(path.join(work, 'electron-win'), electronVersion),
    directories: { output: winOut },
  },
});
report.win = { appOutDir: path.join(winOut, 'win-unpacked') };

try {
  await build({
    projectDir: root,
    prepackaged: report.win.appOutDir,
    targets: Platform.WINDOWS.createTarget(['msi'], Arch.x64),
    config: {
      directories: { output: winOut },
      msiProjectCreated: async (projectFile) => {
        // The project's own hook (electron-builder.yml) first, as a real build runs it.
        await projectMsiHook(projectFile);
        report.msi = { project: fs.readFileSync(projectFile, 'utf8') };
        throw new Error(STOP_BEFORE_WIX);
      },
    },
  });
} catch (error) {
  if (!(error instanceof Error && error.message.includes(STOP_BEFORE_WIX))) throw error;
}

fs.writeFileSync(path.join(work, 'report.json'), JSON.stringify(report, null, 2));
