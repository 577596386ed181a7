/**
 * The Electron entry point and the only file that imports Electron's runtime objects. It wires the
 * single-instance lock, the tray, the window, IPC and the power-monitor events to the app
 * controller; everything with logic lives in the small modules it imports.
 */
import {
  app,
  BrowserWindow,
  clipboard,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  screen,
  session,
  Tray,
} from 'electron';
import type { NativeImage } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppController } from './app-state';
import type { AppController } from './app-state';
import { EventChannel } from './contract';
import { format, loadLocale, loadTranslator } from '../core/i18n';
import { createDiagnosticsCopier } from './diagnostics';
import { createGroupsService, type GroupsService } from '../core/groups/service';
import {
  createWindowSender,
  forwardAppEvents,
  forwardWaitEvents,
  registerIpcHandlers,
} from './ipc';
import type { WindowSender } from './ipc';
import { createKerberosService } from '../core/kerberos/create-service';
import { createResultNotifier } from './result-notifier';
import type { NotificationContent } from './result-notifier';
import { createExpiryNotifier } from './expiry-notifier';
import { createGroupWaitController } from './group-wait';
import { createWaitNotifier } from './wait-notifier';
import type { PowerSignal, WaitTimers } from '../core/groups/group-waiter';
import { createSignOut } from '../core/session/sign-out';
import { createFreshSignIn } from '../core/session/fresh-sign-in';
import { denyPermissions, createSenderCheck, lockDownContents } from './security';
import { createStartAtLogin, managedStartAtLogin } from './start-at-login';
import { chooseDc } from '../core/policy/dc';
import { readPolicy } from '../core/policy/read';
import type { Policy } from '../core/policy/types';
import { createTrayController } from './tray';
import type { TrayController } from './tray';
import { nextChangeAt, TRAY_STATES } from './tray-state';
import type { TrayState } from './tray-state';
import { createTrayWindow, createWindowController } from './window';
import type { WindowController } from './window';
import { waitForIdle } from './quit-wait';

/** setTimeout's longest delay (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Re-read a little after a ticket's end so klist already reports it gone/expired. */
const EXPIRY_SLACK_MS = 1_000;

// Kept in module scope for the app's whole life: a Tray that is garbage-collected disappears.
let tray: Tray | null = null;
let trayController: TrayController | null = null;
let mainWindow: BrowserWindow | null = null;
let windowController: WindowController | null = null;
let quitting = false;

/**
 * `Regroup.exe --cli <command ...>`: the command line inside the packaged app, for installers, IT
 * scripts and Intune (`Regroup.exe --cli helper install`, `--cli refresh --computer --json`).
 * The Windows packages have no Node.js and the RunAsNode fuse is off, so this is the only way to
 * run the command line there. It is decided before the single-instance lock (a tray app may be
 * running), opens no window and no tray, and exits with the command's exit code. The command line
 * is the same bundle as `regroup` (dist/cli/regroup.js), loaded from inside app.asar, so the asar
 * integrity check covers it; it is required at run time by path, never imported (electron/ does
 * not import cli/).
 */
const CLI_SWITCH = '--cli';
const cliAt = process.argv.indexOf(CLI_SWITCH);

if (cliAt > 0) {
  runPackagedCli(process.argv.slice(cliAt + 1));
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => windowController?.show());
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Regroup could not start:', error);
      app.exit(1);
    });
}

function runPackagedCli(argv: string[]): void {
  const entry = path.join(app.getAppPath(), 'dist', 'cli', 'regroup.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- by path, at run time: see above
  const cli = require(entry) as { runRegroup(args: readonly string[]): Promise<number> };
  cli.runRegroup(argv).then(
    (code) => app.exit(code),
    (error: unknown) => {
      console.error('Regroup could not run the command:', error);
      app.exit(1);
    },
  );
}

function assetPath(...parts: string[]): string {
  return path.join(app.getAppPath(), 'assets', ...parts);
}

function trayImages(): Record<TrayState, NativeImage> {
  const images = {} as Record<TrayState, NativeImage>;
  for (const state of TRAY_STATES) {
    // macOS: monochrome template images the menu bar tints; elsewhere colour, with @2x picked
    // up automatically on high-DPI screens.
    const file = process.platform === 'darwin' ? `tray-${state}Template.png` : `tray-${state}.png`;
    images[state] = nativeImage.createFromPath(assetPath('tray', file));
  }
  return images;
}

async function start(): Promise<void> {
  if (app.isPackaged) Menu.setApplicationMenu(packagedMenu());
  if (process.platform === 'win32') app.setAppUserModelId('com.regroup.app');
  // The OS language (Electron reads it from the system, not from LANG); English when Regroup
  // does not speak it. Chosen once: the tray, the window and every sentence use the same one.
  // The IT department's policy, read once at start (a changed policy applies at the next start,
  // as Group Policy's own "at next logon" settings do), while the language loads.
  const reading = readPolicy({ platform: process.platform, env: process.env });
  const locale = await loadLocale(app.getLocale());
  if (process.platform === 'darwin') app.dock?.hide();
  denyPermissions(session.defaultSession);

  const policy = await reading;
  logPolicy(policy);

  const kerberos = createKerberosService();
  const controller = createAppController({
    service: kerberos,
    groups: groupsOnFirstUse(() =>
      createGroupsService({
        platform: process.platform,
        env: process.env,
        // The window has no --dc: REGROUP_DC, else the policy's DomainController (core/policy/dc.ts).
        dc: chooseDc({ flag: null, env: process.env, policy }),
      }),
    ),
  });
  const indexPath = path.join(__dirname, '..', 'renderer', 'index.html');
  const debug = process.env.REGROUP_DEBUG === '1';

  mainWindow = createTrayWindow(
    BrowserWindow,
    path.join(__dirname, 'preload.js'),
    nativeTheme.shouldUseDarkColors,
    !app.isPackaged,
  );
  const window = mainWindow;
  void window.loadFile(indexPath);
  const send = createWindowSender(() => (window.isDestroyed() ? null : window.webContents));

  const trayInstance = new Tray(trayImages().none);
  tray = trayInstance;

  windowController = createWindowController({
    window,
    trayBounds: () => trayInstance.getBounds(),
    workAreaFor: (bounds) => screen.getDisplayMatching(bounds).workArea,
    fallbackCorner: process.platform === 'win32' ? 'bottom-right' : 'top-right',
    hideOnBlur: !debug,
    onShow: () => void controller.listTickets(),
    isQuitting: () => quitting,
  });
  const windows = windowController;

  // "Tell me when it arrives": asleep and offline pause it (powerMonitor, net.isOnline()).
  const waits = createGroupWaitController({
    app: controller,
    timers: REAL_TIMERS,
    signals: {
      online: () => net.isOnline(),
      subscribe(listener: (signal: PowerSignal) => void) {
        const suspend = (): void => listener('suspend');
        const resume = (): void => listener('resume');
        powerMonitor.on('suspend', suspend);
        powerMonitor.on('resume', resume);
        return () => {
          powerMonitor.off('suspend', suspend);
          powerMonitor.off('resume', resume);
        };
      },
    },
    // The policy's AllowWaitForGroup (core/policy): off, the window offers no wait.
    allowed: () => policy.waitForGroup,
  });

  registerIpcHandlers({
    ipcMain,
    app: controller,
    waits,
    isTrustedSender: createSenderCheck({
      pageUrl: pathToFileURL(indexPath).href,
      windowContentsId: () => (window.isDestroyed() ? null : window.webContents.id),
    }),
    hideWindow: () => windows.hide(),
    locale,
    signOut: signOutAction(),
    policy,
    copyDiagnostics: createDiagnosticsCopier({
      app: controller,
      service: kerberos,
      clipboard,
      translator: await loadTranslator(locale),
      version: app.getVersion(),
      platform: process.platform,
      env: process.env,
    }).copy,
    freshSignIn: freshSignInAction(),
  });
  forwardAppEvents(controller, send);
  // The policy's DisableNotifications turns every notification off (results, waits, expiry); the
  // OS's own setting already silences them per app.
  const notificationsOn = (): boolean =>
    policy.notifications !== false && Notification.isSupported();
  const windowVisible = (): boolean => !window.isDestroyed() && window.isVisible();
  createResultNotifier({
    app: controller,
    platform: kerberos.kind,
    show: showNotification,
    windowVisible,
    openWindow: () => windows.show(),
    enabled: notificationsOn,
    // A wait's own refresh is told by the wait's notification (arrived), not twice.
    quiet: () => waits.current()?.phase === 'refreshing',
  });
  forwardWaitEvents(waits, send);
  createWaitNotifier({
    waits,
    show: showNotification,
    windowVisible,
    openWindow: () => windows.show(),
    enabled: notificationsOn,
  });
  const expiry = createExpiryNotifier({
    platform: kerberos.kind,
    timers: REAL_TIMERS,
    show: showNotification,
    openWindow: () => windows.show(),
    enabled: notificationsOn,
  });

  const startAtLogin = managedStartAtLogin(
    createStartAtLogin({
      platform: process.platform,
      app,
      execPath: process.env.APPIMAGE ?? process.execPath,
      configDir: process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'),
      fs,
    }),
    policy.startAtLogin,
  );

  trayController = createTrayController({
    tray: trayInstance,
    images: trayImages(),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    platform: process.platform,
    startAtLogin: () => startAtLogin.get(),
    startAtLoginManaged: startAtLogin.managed,
    computerRefresh: !policy.hideComputerRefresh,
    actions: {
      toggleWindow: () => windows.toggle(),
      openWindow: () => windows.show(),
      refreshUser: () => void refreshUserFromTray(controller, send, windows),
      refreshComputer: () => {
        windows.show();
        send(EventChannel.showPanel, 'confirm-computer');
      },
      setStartAtLogin: (enabled) => startAtLogin.set(enabled),
      quit: () => app.quit(),
    },
  });
  const trays = trayController;

  let expiryTimer: NodeJS.Timeout | null = null;
  controller.subscribe((event) => {
    if (event.type === 'operation') {
      trays.setBusy(event.event.type === 'started' ? event.event.scope : null);
      return;
    }
    trays.update(event.view.listing);
    expiry.update(event.view.listing);
    // Wake up once, when the next ticket ends (or the TGT enters its last hour): no polling.
    if (expiryTimer) clearTimeout(expiryTimer);
    const at = nextChangeAt(event.view.listing, Date.now());
    if (at !== null) {
      const delay = Math.min(Math.max(at - Date.now() + EXPIRY_SLACK_MS, 0), MAX_TIMER_MS);
      expiryTimer = setTimeout(() => void controller.listTickets(), delay);
    }
  });
  // The tooltip's "valid for 9 hr 12 min" is recomputed from memory; klist is not run for it.
  setInterval(() => trays.refreshLook(), 60_000).unref();

  powerMonitor.on('resume', () => void controller.listTickets());
  powerMonitor.on('unlock-screen', () => void controller.listTickets());

  // Quit waits for a running refresh (a purge is not left half-way), for QUIT_WAIT_MS at most.
  let waitedForIdle = false;
  app.on('before-quit', (event) => {
    quitting = true;
    if (waitedForIdle || controller.busy() === null) return;
    event.preventDefault();
    void waitForIdle(() => controller.busy()).then(() => {
      waitedForIdle = true;
      app.quit();
    });
  });
  app.on('will-quit', () => tray?.destroy());

  void controller.listTickets();
}

/** The clock and timers of the waits and the expiry warnings (the tests' loader fakes the timers). */
const REAL_TIMERS: WaitTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, Math.min(ms, MAX_TIMER_MS)),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** One OS notification; a click runs `onClick` (opens the window). */
function showNotification(content: NotificationContent, onClick: () => void): void {
  const notification = new Notification(content);
  notification.on('click', onClick);
  notification.show();
}

/**
 * The policy in the log, for the help desk: where it was read, what it sets, and each setting
 * that could not be used with the reason (the window shows the same as a note).
 */
function logPolicy(policy: Policy): void {
  if (policy.managed.length) {
    console.warn(`Regroup policy (${policy.source}) sets: ${policy.managed.join(', ')}`);
  }
  for (const problem of policy.problems) {
    console.warn(`Regroup policy (${policy.source}): ${format(problem.message)} ${problem.detail}`);
  }
}

/**
 * A packaged build has no application menu: Electron's default one offers Reload and Toggle
 * Developer Tools (Ctrl+Shift+I) to anyone. macOS keeps the app and Edit menus only, because
 * there Cmd+C, Cmd+V and Cmd+A reach a text field (the password) through the Edit menu's roles.
 */
function packagedMenu(): Menu | null {
  if (process.platform !== 'darwin') return null;
  return Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }]);
}

/** Signing out from the window, where Regroup can (Windows); absent elsewhere. */
function freshSignInAction(): Parameters<typeof registerIpcHandlers>[0]['freshSignIn'] {
  const fresh = createFreshSignIn({ platform: process.platform, env: process.env });
  return fresh.available ? (program) => fresh.start(program) : undefined;
}

/**
 * The groups service, created by its first read: the groups code is a file of its own that the
 * built app reads only then (scripts/build.mjs, issue 14: start-up).
 */
function groupsOnFirstUse(create: () => GroupsService): GroupsService {
  let made: GroupsService | undefined;
  const service = (): GroupsService => (made ??= create());
  return {
    read: () => service().read(),
    verdict: (before, after) => service().verdict(before, after),
  };
}

function signOutAction(): (() => Promise<void>) | undefined {
  const signOut = createSignOut({ platform: process.platform, env: process.env });
  return signOut.available ? () => signOut.signOut() : undefined;
}

async function refreshUserFromTray(
  controller: AppController,
  send: WindowSender,
  windows: WindowController,
): Promise<void> {
  windows.show();
  const capabilities = await controller.capabilities().catch(() => null);
  if (capabilities?.userRefreshNeedsPassword) {
    // The password is asked for in the window, never in a tray menu.
    send(EventChannel.showPanel, 'password');
    return;
  }
  await controller.refresh('user', { verify: true });
}
