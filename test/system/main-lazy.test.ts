/**
 * The built main process keeps what a person needs only after a click in files next to main.js,
 * read when first needed (scripts/lazy-modules.mjs; issue 14, start-up). Started against the
 * recording Electron fake with a real ticket cache (the MIT test realm): it lists without reading
 * any of them; a click that needs one reads it and works; and with one missing (a broken
 * installation) the click answers the window with its sentence and the missing file named.
 * Each test runs its own copy of dist/main, so Node's module cache shows what that copy read.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvokeChannel } from '../../electron/contract';
import { msg } from '../../core/i18n/message';
import { say } from '../fakes/english';
import { ROOT, type LoadedMain } from '../fakes/load-main';
import { isView } from '../fakes/main-events';
import { useBuiltMain } from './built-main';

/** Needed only after a click (or for a language other than English, or a legacy code page). */
const AFTER_A_CLICK = [
  'diagnose.js',
  'diagnose-format.js',
  'elevate.js',
  'group-waiter.js',
  'groups.js',
  'groups-verify.js',
  'iconv-lite.js',
  'i18n-de.js',
  'kerberos-windows.js', // on Linux, never
];

const app = useBuiltMain('lazy');
const cache = createRequire(__filename).cache;

/** A copy of the built app (its page linked, not copied), without the files in `leaveOut`. */
function copyOfApp(name: string, leaveOut: string[] = []): string {
  const dist = path.join(app.tmp, name, 'dist');
  fs.cpSync(path.join(ROOT, 'dist', 'main'), path.join(dist, 'main'), {
    recursive: true,
    filter: (file) => !leaveOut.includes(path.basename(file)),
  });
  fs.symlinkSync(path.join(ROOT, 'dist', 'renderer'), path.join(dist, 'renderer'));
  return path.join(dist, 'main');
}

/** The files of the copy in `dir` that Node has read so far. */
const readFrom = (dir: string): string[] =>
  Object.keys(cache)
    .filter((file) => path.dirname(file) === dir)
    .map((file) => path.basename(file))
    .sort();

async function launch(dir: string): Promise<LoadedMain> {
  const main = app.load({ mainPath: path.join(dir, 'main.js') });
  const firstView = main.electron.next(isView);
  await main.electron.ready();
  await firstView;
  return main;
}

/** The window's page of the copy in `dir` asks the main process (IPC). */
function windowOf(main: LoadedMain, dir: string) {
  const [window] = main.electron.windows;
  if (!window) throw new Error('no window');
  const page = pathToFileURL(path.join(dir, '..', 'renderer', 'index.html')).href;
  return {
    invoke: (channel: string, ...args: unknown[]) =>
      main.electron.ipcMain.invoke(window.webContents, page, channel, ...args),
  };
}

describe('the built main process', () => {
  it('starts and lists the tickets without reading the files needed only after a click', async () => {
    const dir = copyOfApp('start');
    await launch(dir);
    const read = readFrom(dir);
    // The tool runner and the Linux service, for klist (the cache shows this copy's files).
    expect(read).toEqual(expect.arrayContaining(['tools.js', 'kerberos-unix.js']));
    expect(read.filter((file) => AFTER_A_CLICK.includes(file))).toEqual([]);
  });

  it('reads diagnose.js on "Copy diagnostics" and puts the report on the clipboard', async () => {
    const dir = copyOfApp('diagnose');
    const main = await launch(dir);
    expect(readFrom(dir)).not.toContain('diagnose.js');
    await windowOf(main, dir).invoke(InvokeChannel.copyDiagnostics);
    expect(readFrom(dir)).toEqual(expect.arrayContaining(['diagnose.js', 'diagnose-format.js']));
    const text = main.electron.clipboard.texts.at(-1) ?? '';
    expect(text).toContain('alice@REGROUP.TEST');
    expect(text).toContain('REGROUP.TEST');
  });

  it('reads groups.js when the window asks for the groups, and answers with a reading', async () => {
    const dir = copyOfApp('groups');
    const main = await launch(dir);
    expect(readFrom(dir)).not.toContain('groups.js');
    const reading = (await windowOf(main, dir).invoke(InvokeChannel.readGroups)) as object;
    expect(readFrom(dir)).toContain('groups.js');
    expect(reading).toMatchObject({ principal: 'alice@REGROUP.TEST' });
  });

  it('with diagnose.js missing, "Copy diagnostics" fails in words and names the file', async () => {
    const dir = copyOfApp('broken', ['diagnose.js']);
    const main = await launch(dir);
    const failed = windowOf(main, dir).invoke(InvokeChannel.copyDiagnostics);
    const sentence = say(msg('actions.copyDiagnostics.failed', { detail: '\u0000' })).split(
      '\u0000',
    )[0];
    await expect(failed).rejects.toThrow(sentence ?? '');
    await expect(failed).rejects.toThrow(/diagnose\.js is missing/);
    expect(main.electron.clipboard.texts).toEqual([]);
  });
});
