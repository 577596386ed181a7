/**
 * The BUILT main process (dist/main/main.js) started against a recording fake of Electron
 * (test/fakes/fake-electron.ts) and the real MIT tools against a throwaway realm
 * (test/realm/realm.ts), as a person uses it: Electron gets ready, the tray is clicked, a second
 * copy is started, the laptop resumes and is unlocked, "Refresh my groups" is picked from the tray
 * menu, and Quit is asked for while that refresh runs. It asserts what Electron would see: the
 * window's options, the IPC handlers, the tray images read from disk, the events sent to the
 * window, the application menu of a packaged build. This catches bundling and wiring mistakes that
 * unit tests with fakes of our own modules cannot (a wrong path to preload.js or the assets, a
 * handler not registered, an event never forwarded).
 *
 * The app honours KRB5_CONFIG, KRB5CCNAME and REGROUP_KEYTAB already: nothing is hooked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EventChannel, InvokeChannel } from '../../electron/contract';
import type { OperationEvent, TicketsView } from '../../electron/contract';
import { msg } from '../../core/i18n/message';
import { say } from '../fakes/english';
import { createInstanceLock, type FakeElectron } from '../fakes/fake-electron';
import { ROOT, type LoadMainOptions } from '../fakes/load-main';
import { isView, operation, refreshSettled } from '../fakes/main-events';
import type { LoadedMain } from '../fakes/load-main';
import { useBuiltMain } from './built-main';

const TGT = 'krbtgt/REGROUP.TEST@REGROUP.TEST';
const PRELOAD = path.join(ROOT, 'dist', 'main', 'preload.js');
const INDEX = path.join(ROOT, 'dist', 'renderer', 'index.html');
const TRAY_FILES = ['none', 'valid', 'expiring', 'expired', 'error'];

const app = useBuiltMain('main-smoke');

/** Loads the bundle, lets Electron get ready, and waits for the first listing to reach the window. */
async function launch(options: LoadMainOptions = {}): Promise<LoadedMain> {
  const main = app.load(options);
  const firstView = main.electron.next(isView);
  await main.electron.ready();
  await firstView;
  return main;
}

function lastView(electron: FakeElectron): TicketsView {
  const views = electron.sent(EventChannel.ticketsChanged) as TicketsView[];
  const view = views.at(-1);
  if (!view) throw new Error('no listing was sent to the window');
  return view;
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

function appEvents(electron: FakeElectron): string[] {
  return electron.records.flatMap((r) => (r.type === 'app' ? [r.event] : []));
}

describe('the built main process, started', () => {
  it('creates the locked-down window with the preload and page that exist on disk', async () => {
    const { electron, errors } = await launch();
    const window = only(electron.windows);
    expect(window.options).toMatchObject({
      width: 400,
      height: 560,
      frame: false,
      show: false,
      skipTaskbar: true,
      backgroundColor: '#f4f5f7',
    });
    expect(window.options.webPreferences).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: true,
    });
    expect(fs.existsSync(PRELOAD)).toBe(true);
    expect(window.state.loaded).toBe(INDEX);
    expect(fs.existsSync(INDEX)).toBe(true);
    expect(window.state.visible).toBe(false);
    // Locked down by the app's web-contents-created handler and its session handlers.
    expect(window.webContents.tryNavigate('https://example.com/')).toBe(true);
    expect(window.webContents.tryNavigate('https://example.com/', 'will-redirect')).toBe(true);
    expect(window.webContents.windowOpenHandler?.({} as never)).toEqual({ action: 'deny' });
    expect(electron.session.request('media')).toBe(false);
    expect(electron.session.request('notifications')).toBe(false);
    expect(electron.session.checkHandler?.({} as never, 'media', '', {} as never)).toBe(false);
    expect(errors).toEqual([]);
    expect(electron.app.exitCode).toBeNull();
  });

  it('registers exactly the contract’s handlers and the power and quit listeners', async () => {
    const { electron } = await launch();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(
      Object.values(InvokeChannel).sort(),
    );
    expect(electron.powerMonitor.listenerCount('resume')).toBe(1);
    expect(electron.powerMonitor.listenerCount('unlock-screen')).toBe(1);
    for (const event of ['second-instance', 'window-all-closed', 'before-quit', 'will-quit']) {
      expect(electron.app.listenerCount(event), event).toBe(1);
    }
  });

  it('reads every tray picture from disk, with its @2x variant, and shows the state of the TGT', async () => {
    const { electron } = await launch();
    const files = electron.images.map((image) => path.relative(ROOT, image.file));
    expect(new Set(files)).toEqual(
      new Set(TRAY_FILES.map((state) => path.join('assets', 'tray', `tray-${state}.png`))),
    );
    for (const image of electron.images) {
      expect(image.isEmpty(), image.file).toBe(false);
      expect(image.scaleFactors, image.file).toEqual([1, 2]);
    }
    const tray = only(electron.trays);
    expect(path.basename(tray.image.file)).toBe('tray-valid.png');
    expect(tray.tooltip).toMatch(/^alice@REGROUP\.TEST — sign-in ticket valid for \d+\s+hr/);
    expect(tray.contextMenu?.labels()).toEqual([
      say(msg('tray.menu.open')),
      'separator',
      say(msg('tray.menu.refreshUser')),
      say(msg('tray.menu.refreshComputer')),
      'separator',
      say(msg('tray.menu.startAtLogin')),
      'separator',
      say(msg('tray.menu.quit')),
    ]);
  });

  it('sends the window the listing klist printed', async () => {
    const { electron } = await launch();
    const view = lastView(electron);
    expect(view.listing.kind).toBe('mit');
    expect(view.listing.principal).toBe('alice@REGROUP.TEST');
    expect(view.listing.tickets.map((ticket) => ticket.server)).toContain(TGT);
    expect(view.busy).toBeNull();
  });

  it('answers the window’s own page, and refuses another page in it', async () => {
    const { electron } = await launch();
    const contents = only(electron.windows).webContents;
    const page = pathToFileURL(INDEX).href;
    const view = (await electron.ipcMain.invoke(
      contents,
      page,
      InvokeChannel.listTickets,
    )) as TicketsView;
    expect(view.listing.principal).toBe('alice@REGROUP.TEST');
    expect(await electron.ipcMain.invoke(contents, page, InvokeChannel.getLocale)).toBe('en');
    await expect(
      electron.ipcMain.invoke(contents, 'https://example.com/', InvokeChannel.listTickets),
    ).rejects.toThrow(say(msg('ipc.untrusted')));
  });
});

describe('what a person does', () => {
  it('a tray click shows the window next to the tray and reads the tickets again; another hides it', async () => {
    const { electron } = await launch();
    const window = only(electron.windows);
    const tray = only(electron.trays);
    const reread = electron.next(isView);
    tray.click();
    expect(window.state.visible).toBe(true);
    // The tray sits in the taskbar below the work area: the window's bottom-right corner is 8 px
    // inside the work area (1920 x 1040).
    expect(window.state.position).toEqual([1920 - 400 - 8, 1040 - 560 - 8]);
    await reread;
    tray.click();
    expect(window.state.visible).toBe(false);
  });

  it('a second copy quits at once and shows the first one’s window instead', async () => {
    const instanceLock = createInstanceLock();
    const first = await launch({ instanceLock });
    const shown = first.electron.next((r) => r.type === 'window' && r.action === 'show');
    const second = app.load({ instanceLock });
    await second.electron.ready();
    await shown;
    expect(only(first.electron.windows).state.visible).toBe(true);
    expect(second.electron.app.quitted).toBe(true);
    expect(second.electron.windows).toEqual([]);
    expect(second.electron.trays).toEqual([]);
    expect(second.electron.ipcMain.handlers.size).toBe(0);
    expect(appEvents(first.electron)).toContain('second-instance');
  });

  it('after resume and after unlock, the tickets are read again', async () => {
    const { electron } = await launch();
    for (const [event, service] of [
      ['resume', 'HTTP/web.regroup.test@REGROUP.TEST'],
      ['unlock-screen', 'cifs/fs1.regroup.test@REGROUP.TEST'],
    ] as const) {
      // A ticket got meanwhile (as a file share or web page would) must show up in the new read.
      expect((await app.realm.kvno(service.replace(/@.*/, ''))).exitCode).toBe(0);
      expect(lastView(electron).listing.tickets.map((t) => t.server)).not.toContain(service);
      const reread = electron.next(isView);
      electron.powerMonitor.emit(event);
      await reread;
      expect(
        lastView(electron).listing.tickets.map((t) => t.server),
        event,
      ).toContain(service);
    }
  });

  it('"Refresh my groups" from the tray shows the window, runs the refresh, and reports it', async () => {
    const { electron } = await launch();
    const tray = only(electron.trays);
    const window = only(electron.windows);
    const before = lastView(electron).listing.tickets.find((t) => t.server === TGT);
    // klist prints whole seconds: a TGT got in the same second as the one before it cannot be
    // told apart from it ("could not confirm"). A person does not refresh twice in one second.
    await new Promise((resolve) => setTimeout(resolve, 1_050 - (Date.now() % 1_000)));
    const started = electron.next(operation('started'));
    const finished = electron.next(operation('finished'));
    const settled = refreshSettled(electron);
    tray.contextMenu?.pick(say(msg('tray.menu.refreshUser')));
    expect(window.state.visible).toBe(true);
    await started;
    // While it runs the tray says so, and neither refresh can be started from its menu.
    expect(tray.tooltip).toBe(say(msg('tray.tooltip.busy')));
    expect(() => tray.contextMenu?.pick(say(msg('tray.menu.refreshUser')))).toThrow(/disabled/);
    const done = (await finished) as { payload: Extract<OperationEvent, { type: 'finished' }> };
    expect(done.payload.result.ok).toBe(true);
    expect(done.payload.result.acquired.map((t) => t.server)).toContain(TGT);
    const after = done.payload.result.after?.tickets.find((t) => t.server === TGT);
    expect(after?.startTime).toBeDefined();
    expect(Date.parse(after?.startTime ?? '')).toBeGreaterThanOrEqual(
      Date.parse(before?.startTime ?? ''),
    );
    await settled;
    expect(tray.tooltip).toMatch(/^alice@REGROUP\.TEST — sign-in ticket valid/);
    expect(() => tray.contextMenu?.pick(say(msg('tray.menu.open')))).not.toThrow();
  });

  it('Quit during a refresh waits for it to finish, then quits', async () => {
    const { electron } = await launch();
    const tray = only(electron.trays);
    const started = electron.next(operation('started'));
    tray.contextMenu?.pick(say(msg('tray.menu.refreshUser')));
    await started;
    const destroyed = electron.next((r) => r.type === 'tray' && r.action === 'destroyed', 30_000);
    tray.contextMenu?.pick(say(msg('tray.menu.quit')));
    // Not yet: the purge must not be left half-way.
    expect(electron.app.quitted).toBe(false);
    expect(only(electron.windows).isDestroyed()).toBe(false);
    await destroyed;
    expect(electron.app.quitted).toBe(true);
    expect(only(electron.windows).isDestroyed()).toBe(true);
    const order = electron.records.flatMap((r, i) =>
      (r.type === 'send' && r.channel === EventChannel.operation) ||
      (r.type === 'app' && r.event === 'will-quit')
        ? [{ i, what: r.type === 'app' ? 'will-quit' : (r.payload as OperationEvent).type }]
        : [],
    );
    expect(order.map((o) => o.what)).toEqual(['started', 'finished', 'verified', 'will-quit']);
  });
});

describe('packaged builds', () => {
  it('development keeps Electron’s menu and DevTools', async () => {
    const { electron } = await launch();
    expect(electron.Menu.applicationMenu).toBeUndefined();
    expect(only(electron.windows).options.webPreferences?.devTools).toBe(true);
  });

  it('Linux: no application menu and no DevTools', async () => {
    const { electron } = await launch({ packaged: true });
    expect(electron.Menu.applicationMenu).toBeNull();
    // Set before the window exists, so it never has Electron's default menu.
    const menuAt = electron.records.findIndex((r) => r.type === 'application-menu');
    const windowAt = electron.records.findIndex((r) => r.type === 'window');
    expect(menuAt).toBeGreaterThanOrEqual(0);
    expect(menuAt).toBeLessThan(windowAt);
    expect(only(electron.windows).options.webPreferences?.devTools).toBe(false);
  });

  it('Windows: no application menu, no DevTools, the app’s own taskbar identity, colour tray icons', async () => {
    const { electron } = await launch({ packaged: true, platform: 'win32' });
    expect(electron.Menu.applicationMenu).toBeNull();
    expect(only(electron.windows).options.webPreferences?.devTools).toBe(false);
    expect(electron.app.appUserModelId).toBe('com.regroup.app');
    expect(electron.images.every((image) => !image.isEmpty())).toBe(true);
    expect(path.basename(only(electron.trays).image.file)).toMatch(/^tray-\w+\.png$/);
    // There is no %SystemRoot%\System32\klist.exe here: the window is told, not left waiting.
    const view = lastView(electron);
    expect(view.listing.kind).toBe('windows');
    expect(view.listing.error).not.toBeNull();
  });

  it('macOS: only the app and Edit menus (Cmd+C/V in the password field), no DevTools, template icons', async () => {
    const { electron } = await launch({ packaged: true, platform: 'darwin' });
    const menu = electron.Menu.applicationMenu;
    expect(menu?.template).toEqual([{ role: 'appMenu' }, { role: 'editMenu' }]);
    expect(only(electron.windows).options.webPreferences?.devTools).toBe(false);
    const files = electron.images.map((image) => path.basename(image.file));
    expect(files.every((file) => /^tray-\w+Template\.png$/.test(file))).toBe(true);
    expect(electron.images.every((image) => !image.isEmpty())).toBe(true);
  });
});
