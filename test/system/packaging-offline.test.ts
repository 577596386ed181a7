/**
 * Regroup packaged by electron-builder (its API, the project's electron-builder.yml) for Linux and
 * Windows, offline, against stand-in Electron folders (test/packaging/build-offline.mjs). What a
 * person installs is checked as they would get it:
 * - app.asar holds the built main, preload and page, the tray images and package.json, and
 *   nothing else: no sources, tests, source maps, dev tooling or node_modules (the bundle needs
 *   none: it requires only Node's own modules and electron);
 * - the executables carry the fuses as configured, and the Windows one the asar's integrity hash,
 *   its name and icon;
 * - the MSI's WiX project installs per machine into Program Files under the fixed upgrade code;
 * - the deb's scripts link /usr/bin/regroup to the command line, which runs from that layout;
 *   the Linux helper (script and polkit action) and the man page ship, and after-install makes the
 *   helper root's alone and installs the action and the page.
 * Nothing may be downloaded: the build runs in a network namespace when the machine allows one,
 * with electron-builder's offline settings and an empty cache of its own (which must stay empty).
 */
import { extractFile, getRawHeader } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINUX_HELPER } from '../../core/kerberos/unix/linux-helper';
import { TRAY_STATES } from '../../electron/tray-state';
import { runOffline } from '../packaging/offline';
import type { OfflineRun } from '../packaging/offline';

const root = path.resolve(__dirname, '../..');

interface Report {
  electronVersion: string;
  linux: { appOutDir: string };
  win: { appOutDir: string };
  deb: { args: string[]; afterInstall: string; afterRemove: string; desktopEntry: string };
  msi: { project: string };
}

let tmp: string;
let run: OfflineRun;
let report: Report;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-packaging-'));
  run = runOffline(path.join(root, 'test', 'packaging', 'build-offline.mjs'), [tmp], tmp);
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stderr}\n${run.stdout}`);
  report = JSON.parse(fs.readFileSync(path.join(tmp, 'report.json'), 'utf8')) as Report;
}, 240_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every file in an asar archive, from its header (relative, with forward slashes). */
function asarFiles(asarPath: string): string[] {
  interface Node {
    files?: Record<string, Node>;
  }
  const walk = (node: Node, prefix: string): string[] =>
    Object.entries(node.files ?? {}).flatMap(([name, child]) =>
      child.files ? walk(child, `${prefix}${name}/`) : [`${prefix}${name}`],
    );
  return walk(getRawHeader(asarPath).header as Node, '');
}

/** Every file under `dir` (relative, with forward slashes). */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

const platforms = [
  ['Linux', () => report.linux.appOutDir, 'regroup'],
  ['Windows', () => report.win.appOutDir, 'Regroup.exe'],
] as const;

describe('the offline build', () => {
  it('packages Linux and Windows without downloading anything', () => {
    expect(run.status).toBe(0);
    expect(fs.readdirSync(path.join(tmp, 'electron-builder-cache'))).toEqual([]);
    expect(run.stdout).toContain('using custom unpacked Electron distribution');
    // Where the machine allows it, the build had no network at all.
    if (spawnSync('unshare', ['-n', 'true']).status === 0) expect(run.isolation).toBe('unshare -n');
  });
});

describe.each(platforms)('app.asar for %s', (platform, appOutDir) => {
  const asarPath = (): string => path.join(appOutDir(), 'resources', 'app.asar');
  const files = (): string[] => asarFiles(asarPath());

  it('holds the built main, preload, command line and page, the tray images and package.json, nothing else', () => {
    const expected = [
      // main.js, preload.js, and what main.js reads when first needed (languages, groups ...).
      ...filesUnder('dist/main').filter((f) => f.endsWith('.js')),
      // Windows: the command line for `Regroup.exe --cli` (Linux runs it with the system Node.js).
      // Its other languages and iconv-lite are files next to it, read when first needed.
      ...(platform === 'Windows' ? filesUnder('dist/cli').filter((f) => f.endsWith('.js')) : []),
      ...filesUnder('dist/renderer'),
      ...filesUnder('assets/tray'),
      'package.json',
    ];
    expect(files().sort()).toEqual(expected.sort());
  });

  it('ships no sources, tests, source maps, node_modules or tooling', () => {
    const unwanted = files().filter((file) =>
      /\.(ts|tsx|map|ya?ml|mjs)$|(^|\/)node_modules\/|^(test|core|cli|electron|renderer|scripts|bench)\//.test(
        file,
      ),
    );
    expect(unwanted).toEqual([]);
  });

  it('needs no node_modules at run time: main, preload and their files require only Node, Electron and each other', () => {
    const shipped = new Set(files());
    const main = [...shipped].filter((file) => /^dist\/main\/[^/]+\.js$/.test(file));
    expect(main).toEqual(expect.arrayContaining(['dist/main/main.js', 'dist/main/preload.js']));
    for (const file of main) {
      const code = extractFile(asarPath(), file).toString('utf8');
      // A require inside a string is no require: ajv's runtime helper that the generated policy
      // validators use keeps `ucs2length.code = 'require("ajv/dist/runtime/ucs2length")'`.
      const required = new Set(
        [...code.matchAll(/(?<!['"`])\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1]!),
      );
      const foreign = [...required].filter(
        (name) =>
          name !== 'electron' &&
          !builtinModules.includes(name.replace(/^node:/, '')) &&
          // A file read when first needed, next to it in app.asar.
          !(name.startsWith('./') && shipped.has(`dist/main/${name.slice(2)}`)),
      );
      expect(foreign, file).toEqual([]);
    }
  });

  it('holds every tray image the app looks up, in colour and as macOS templates', () => {
    const shipped = new Set(files());
    for (const state of TRAY_STATES) {
      for (const name of [`tray-${state}`, `tray-${state}Template`]) {
        expect(shipped).toContain(`assets/tray/${name}.png`);
        expect(shipped).toContain(`assets/tray/${name}@2x.png`);
      }
    }
  });

  it('starts the bundle and carries no scripts or devDependencies in package.json', () => {
    const pkg = JSON.parse(extractFile(asarPath(), 'package.json').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(pkg.main).toBe('dist/main/main.js');
    expect(pkg).not.toHaveProperty('scripts');
    expect(pkg).not.toHaveProperty('devDependencies');
  });
});

describe.each(platforms)('the %s executable', (_platform, appOutDir, executable) => {
  it('has every fuse set as electron-builder.yml says, one by one, and the others untouched', async () => {
    const wire = await getCurrentFuseWire(path.join(appOutDir(), executable));
    const standIn = path.join(tmp, executable.endsWith('.exe') ? 'electron-win' : 'electron-linux');
    const before = await getCurrentFuseWire(
      path.join(standIn, executable.endsWith('.exe') ? 'electron.exe' : 'electron'),
    );
    const on = (fuse: FuseV1Options): boolean => wire[fuse] === '1'.charCodeAt(0);
    expect(on(FuseV1Options.RunAsNode)).toBe(false);
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe(true);
    for (const fuse of [
      FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
      FuseV1Options.GrantFileProtocolExtraPrivileges,
    ]) {
      expect(wire[fuse]).toBe(before[fuse]);
    }
  });
});

describe('the Windows executable', () => {
  const resources = () =>
    NtExecutableResource.from(
      NtExecutable.from(fs.readFileSync(path.join(report.win.appOutDir, 'Regroup.exe'))),
    );

  it("carries app.asar's integrity hash, which Electron checks at start", () => {
    const entry = resources().entries.find((e) => e.type === 'INTEGRITY');
    const integrity = JSON.parse(Buffer.from(entry!.bin).toString('utf8')) as Array<{
      file: string;
      alg: string;
      value: string;
    }>;
    const asarPath = path.join(report.win.appOutDir, 'resources', 'app.asar');
    const headerHash = createHash('sha256')
      .update(getRawHeader(asarPath).headerString)
      .digest('hex');
    expect(integrity).toEqual([{ file: 'resources\\app.asar', alg: 'SHA256', value: headerHash }]);
  });

  it('names Regroup in its version information and carries the app icon at 7 sizes', () => {
    const entries = resources().entries;
    const [info] = Resource.VersionInfo.fromEntries(entries);
    expect(info!.getStringValues({ lang: 1033, codepage: 1200 })).toMatchObject({
      ProductName: 'Regroup',
      FileDescription: 'Regroup',
    });
    const RT_ICON = 3;
    expect(entries.filter((e) => e.type === RT_ICON)).toHaveLength(7);
  });
});

describe('the MSI electron-builder would build', () => {
  const config = load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
    msi: { upgradeCode: string };
  };

  it('installs for all users into Program Files, under the fixed upgrade code', () => {
    const project = report.msi.project;
    expect(project).toContain(`UpgradeCode="${config.msi.upgradeCode}"`);
    expect(project).toContain('<Property Id="ALLUSERS" Secure="yes" Value="1"/>');
    expect(project).toMatch(
      /<Directory Id="ProgramFiles64Folder">\s*<Directory Id="APPLICATIONFOLDER" Name="Regroup"\/>/,
    );
    expect(project).toMatch(/<File Name="app.asar" Source="\$\(var.appDir\)\/resources\/app.asar"/);
  });

  it('neither starts the app after a silent install nor puts a shortcut on the desktop', () => {
    expect(report.msi.project).not.toContain('runAfterFinish');
    expect(report.msi.project).not.toContain('DesktopFolder');
    expect(report.msi.project).toContain(
      '<ShortcutProperty Key="System.AppUserModel.ID" Value="com.regroup.app"/>',
    );
  });
});

describe("the installers carry Regroup's helper", () => {
  it('the MSI registers it as SYSTEM after install and removes it on a real uninstall', () => {
    const wxs = report.msi.project;
    expect(wxs).toContain(
      '<CustomAction Id="RegroupHelperInstall" FileKey="mainExecutable" ExeCommand="--cli helper install" Execute="deferred" Impersonate="no" Return="ignore"/>',
    );
    expect(wxs).toContain(
      '<CustomAction Id="RegroupHelperRemove" FileKey="mainExecutable" ExeCommand="--cli helper remove" Execute="deferred" Impersonate="no" Return="ignore"/>',
    );
    expect(wxs).toContain(
      '<Custom Action="RegroupHelperInstall" Before="InstallFinalize">NOT REMOVE</Custom>',
    );
    expect(wxs).toContain(
      '<Custom Action="RegroupHelperRemove" Before="RemoveFiles">REMOVE~="ALL" AND NOT UPGRADINGPRODUCTCODE</Custom>',
    );
    // The file the actions run is the app's executable in the project.
    expect(wxs).toMatch(/<File Name="Regroup\.exe"[^>]*Id="mainExecutable"/);
  });

  it('the per-machine NSIS installer runs the same commands from its include', () => {
    const config = load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
      nsis: { include: string };
    };
    const nsh = fs.readFileSync(path.join(root, config.nsis.include), 'utf8');
    const macro = (name: string): string =>
      new RegExp(`!macro ${name}\\n([\\s\\S]*?)!macroend`).exec(nsh)?.[1] ?? '';
    expect(macro('customInstall')).toContain('${if} $installMode == "all"');
    expect(macro('customInstall')).toContain(
      `nsExec::ExecToLog '"$INSTDIR\\\${APP_EXECUTABLE_FILENAME}" --cli helper install'`,
    );
    expect(macro('customUnInstall')).toContain('${ifNot} ${isUpdated}');
    expect(macro('customUnInstall')).toContain(
      `nsExec::ExecToLog '"$INSTDIR\\\${APP_EXECUTABLE_FILENAME}" --cli helper remove'`,
    );
  });
});

describe('the deb electron-builder would build', () => {
  it('links /usr/bin/regroup to the command line and removes that link again', () => {
    expect(report.deb.afterInstall).toContain(
      "update-alternatives --install '/usr/bin/regroup' 'regroup' '/opt/Regroup/bin/regroup' 100",
    );
    expect(report.deb.afterRemove).toContain(
      "update-alternatives --remove 'regroup' '/opt/Regroup/bin/regroup'",
    );
    expect(report.deb.args).toContain(`${report.linux.appOutDir}/=/opt/Regroup`);
  });

  it('starts the tray app from the menu by its full path', () => {
    expect(report.deb.desktopEntry).toContain('Exec=/opt/Regroup/regroup %U');
  });

  it("names package.json's homepage and maintainer (fpm refuses a deb without them)", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      homepage: string;
      author: string;
    };
    const value = (flag: string) => report.deb.args[report.deb.args.indexOf(flag) + 1];
    expect(value('--url')).toBe(pkg.homepage);
    expect(value('--maintainer')).toBe(pkg.author);
    expect(pkg.author).toMatch(/<[^@\s>]+@[^@\s>]+>$/);
  });

  it('ships the Linux helper where its polkit action says, executable, and the man page', () => {
    const out = report.linux.appOutDir;
    // The deb maps the app folder to /opt/Regroup (see above), so helper/... is /opt/Regroup/helper/...
    const script = path.join(out, 'helper', 'regroup-host-kinit');
    expect(`/opt/Regroup/${path.relative(out, script)}`).toBe(LINUX_HELPER);
    expect(fs.statSync(script).mode & 0o777).toBe(0o755);
    expect(fs.readFileSync(script, 'utf8')).toBe(
      fs.readFileSync(path.join(root, 'assets/linux/regroup-host-kinit'), 'utf8'),
    );
    const policy = fs.readFileSync(
      path.join(out, 'helper', 'com.regroup.app.host-kinit.policy'),
      'utf8',
    );
    expect(policy).toContain(
      `<annotate key="org.freedesktop.policykit.exec.path">${LINUX_HELPER}</annotate>`,
    );
    expect(fs.readFileSync(path.join(out, 'man', 'regroup.1'), 'utf8')).toBe(
      fs.readFileSync(path.join(root, 'docs', 'regroup.1'), 'utf8'),
    );
  });

  it('after install makes the helper root-only and puts its action and the man page in place', () => {
    expect(report.deb.afterInstall).toContain(
      "chown root:root '/opt/Regroup/helper' '/opt/Regroup/helper/regroup-host-kinit'",
    );
    expect(report.deb.afterInstall).toContain(
      "chmod 0755 '/opt/Regroup/helper' '/opt/Regroup/helper/regroup-host-kinit'",
    );
    expect(report.deb.afterInstall).toContain(
      "install -D -o root -g root -m 0644 '/opt/Regroup/helper/com.regroup.app.host-kinit.policy' '/usr/share/polkit-1/actions/com.regroup.app.host-kinit.policy'",
    );
    expect(report.deb.afterInstall).toContain(
      "gzip -9 -n -c '/opt/Regroup/man/regroup.1' > /usr/share/man/man1/regroup.1.gz",
    );
    expect(report.deb.afterRemove).toContain(
      "rm -f '/usr/share/polkit-1/actions/com.regroup.app.host-kinit.policy' /usr/share/man/man1/regroup.1.gz",
    );
  });
});

describe('the command line in the Linux package', () => {
  const launcher = (): string => path.join(report.linux.appOutDir, 'bin', 'regroup');
  const sample = path.join(root, 'test', 'fixtures', 'mit-real', 'klist-A.txt');

  it('runs from the installed layout with the system Node.js', () => {
    expect(fs.statSync(launcher()).mode & 0o111).toBe(0o111);
    const parsed = spawnSync(launcher(), ['parse', sample, '--json'], { encoding: 'utf8' });
    expect(parsed.status).toBe(0);
    expect(JSON.parse(parsed.stdout)).toMatchObject({
      kind: 'mit',
      principal: 'bob@REGROUP.TEST',
    });
  });

  it('says what is missing when there is no Node.js', () => {
    // A PATH with the launcher's own tools and no node.
    const bin = fs.mkdtempSync(path.join(tmp, 'path-'));
    for (const tool of ['dirname', 'readlink']) {
      const found = execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
      fs.symlinkSync(found, path.join(bin, tool));
    }
    const missing = spawnSync(launcher(), ['list'], { encoding: 'utf8', env: { PATH: bin } });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('the command line needs Node.js 20 or later');
  });
});
