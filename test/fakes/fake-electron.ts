/**
 * A recording fake of Electron's main-process API (app, BrowserWindow, Tray, Menu, ipcMain,
 * nativeImage, nativeTheme, powerMonitor, screen, session, Notification), for running the BUILT
 * main process (dist/main/main.js) where no Electron binary can be had (see load-main.ts).
 *
 * Each class declares the Electron type it stands for (`satisfies`/`implements Pick<...>`), so
 * the parts the app uses keep Electron's signatures: a call the real API would not accept does not
 * compile here either. Where it matters it behaves like Electron:
 * - `app.whenReady()` resolves only after `ready`; a BrowserWindow, the screen and the default
 *   session cannot be had before it (Electron throws too);
 * - `requestSingleInstanceLock()` is false for a second instance, and the first one then gets
 *   'second-instance';
 * - `app.quit()` emits 'before-quit' (cancellable), closes every window ('close' is cancellable and
 *   cancels the quit), then 'will-quit' and 'quit';
 * - a Tray needs a NativeImage or a path; `nativeImage.createFromPath` reads the PNG from disk and
 *   is empty when the file is missing or not an image (as Electron's is), noting an `@2x` variant;
 * - a destroyed window or web contents throws "Object has been destroyed" on use;
 * - IPC payloads go through the structured clone (what cannot be cloned throws), and registering a
 *   second handler for a channel throws.
 * It records what the app did (windows, options, loads, images, menus, handlers, sends, quits)
 * and offers drivers for what a person or the OS does (ready, clicks, power events, invokes).
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type * as Electron from 'electron';

/** Captured before any test installs fake timers: Electron's own events are not test timers. */
const realSetImmediate = setImmediate;
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;

export interface FakeElectronOptions {
  /** `app.getAppPath()`: the folder holding package.json (the project root in tests). */
  appPath: string;
  /** `app.isPackaged` (default false, as in `npm start`). */
  packaged?: boolean;
  /** `app.getLocale()` (default 'en-US'). */
  locale?: string;
  /** `nativeTheme.shouldUseDarkColors` (default false). */
  dark?: boolean;
  /** Where the tray icon is (Linux desktops often report zeros). Default: a Windows taskbar corner. */
  trayBounds?: Electron.Rectangle;
  /** The display the tray is on. Default: 1920x1080 with a 40 px taskbar at the bottom. */
  display?: { bounds: Electron.Rectangle; workArea: Electron.Rectangle };
  /** Shared between the fakes of two "processes" of the same app (see createInstanceLock). */
  instanceLock?: InstanceLock;
}

/** What the app did, in order. */
export type FakeElectronRecord =
  | { type: 'send'; channel: string; payload: unknown }
  | { type: 'app'; event: string }
  | { type: 'window'; action: 'created' | 'show' | 'hide' | 'focus' | 'closed' | 'load' }
  | { type: 'tray'; action: 'created' | 'image' | 'tooltip' | 'menu' | 'destroyed' }
  | { type: 'application-menu'; menu: FakeMenu | null }
  | { type: 'exit'; code: number };

/** The single-instance lock of one app, across the fakes of its "processes". */
export interface InstanceLock {
  holder: FakeApp | null;
}

export function createInstanceLock(): InstanceLock {
  return { holder: null };
}

/** Electron's event object where the app may call preventDefault. */
export interface FakeEvent {
  preventDefault(): void;
  defaultPrevented: boolean;
}

function fakeEvent(): FakeEvent {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

function destroyedError(): TypeError {
  return new TypeError('Object has been destroyed');
}

/** The state the fakes of one "process" share: records, readiness, windows, trays. */
class Process {
  readonly records: FakeElectronRecord[] = [];
  ready = false;
  readonly windows: FakeBrowserWindow[] = [];
  readonly trays: FakeTray[] = [];
  readonly images: FakeNativeImage[] = [];
  readonly menus: FakeMenu[] = [];
  readonly sendWaiters = new Set<(record: FakeElectronRecord) => void>();
  nextContentsId = 1;

  constructor(readonly options: FakeElectronOptions) {}

  record(entry: FakeElectronRecord): void {
    this.records.push(entry);
    for (const waiter of [...this.sendWaiters]) waiter(entry);
  }

  requireReady(what: string): void {
    if (!this.ready) throw new Error(`Cannot create ${what} before app is ready`);
  }
}

// ---------------------------------------------------------------------------------------------
// nativeImage

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export class FakeNativeImage implements Pick<Electron.NativeImage, 'isEmpty' | 'getSize'> {
  constructor(
    /** The file it was read from ('' for an image made in memory). */
    readonly file: string,
    private readonly size: Electron.Size | null,
    /** The scale factors found next to it (1, and 2 when `name@2x.png` exists). */
    readonly scaleFactors: number[],
  ) {}

  isEmpty(): boolean {
    return this.size === null;
  }

  getSize(): Electron.Size {
    return this.size ?? { width: 0, height: 0 };
  }
}

/** A PNG's size from its IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): Electron.Size | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function readPng(file: string): Electron.Size | null {
  try {
    return pngSize(fs.readFileSync(file));
  } catch {
    return null;
  }
}

function createNativeImageModule(proc: Process) {
  const nativeImage = {
    createFromPath(file: string): FakeNativeImage {
      // Electron resolves nothing relative: a relative path gives an empty image.
      const size = path.isAbsolute(file) ? readPng(file) : null;
      const hiDpi = file.replace(/(\.png)$/i, '@2x$1');
      const scaleFactors = size ? [1, ...(readPng(hiDpi) ? [2] : [])] : [];
      const image = new FakeNativeImage(file, size, scaleFactors);
      proc.images.push(image);
      return image;
    },
    createEmpty: (): FakeNativeImage => new FakeNativeImage('', null, []),
  };
  return nativeImage satisfies {
    createFromPath(path: string): Pick<Electron.NativeImage, 'isEmpty' | 'getSize'>;
    createEmpty(): Pick<Electron.NativeImage, 'isEmpty' | 'getSize'>;
  };
}

// ---------------------------------------------------------------------------------------------
// app

export class FakeApp
  extends EventEmitter
  implements
    Pick<
      Electron.App,
      | 'whenReady'
      | 'isReady'
      | 'requestSingleInstanceLock'
      | 'quit'
      | 'exit'
      | 'getAppPath'
      | 'getLocale'
      | 'getVersion'
      | 'setAppUserModelId'
      | 'getLoginItemSettings'
      | 'setLoginItemSettings'
      | 'isPackaged'
    >
{
  readonly isPackaged: boolean;
  /** macOS only, as in Electron. */
  readonly dock: Pick<Electron.Dock, 'hide'> | undefined;
  appUserModelId: string | null = null;
  exitCode: number | null = null;
  /** True once 'quit' was emitted. */
  quitted = false;
  private readonly readyPromise: Promise<void>;
  private resolveReady: () => void = () => undefined;
  private openAtLogin = false;

  constructor(
    private readonly proc: Process,
    platform: NodeJS.Platform,
  ) {
    super();
    this.isPackaged = proc.options.packaged ?? false;
    this.dock = platform === 'darwin' ? { hide: () => undefined } : undefined;
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
  }

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (typeof event === 'string') this.proc.record({ type: 'app', event });
    return super.emit(event, ...args);
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.proc.ready;
  }

  /** Driver: the OS finished starting Electron. */
  markReady(): void {
    if (this.proc.ready) return;
    this.proc.ready = true;
    this.emit('will-finish-launching');
    this.emit('ready', fakeEvent(), {});
    this.resolveReady();
  }

  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    const lock = this.proc.options.instanceLock;
    if (!lock) return true;
    if (lock.holder === null || lock.holder.quitted || lock.holder === this) {
      lock.holder = this;
      return true;
    }
    // Electron tells the first instance, asynchronously, with the second one's argv and cwd.
    const first = lock.holder;
    realSetImmediate(() =>
      first.emit('second-instance', fakeEvent(), ['regroup'], process.cwd(), additionalData ?? {}),
    );
    return false;
  }

  quit(): void {
    if (this.quitted) return;
    const beforeQuit = fakeEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const window of this.proc.windows.filter((w) => !w.isDestroyed())) {
      if (!window.close()) return; // a window that refuses to close cancels the quit
    }
    const willQuit = fakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.quitted = true;
    this.emit('quit', fakeEvent(), 0);
  }

  exit(exitCode = 0): void {
    this.exitCode = exitCode;
    this.quitted = true;
    this.proc.record({ type: 'exit', code: exitCode });
  }

  getAppPath(): string {
    return this.proc.options.appPath;
  }

  getLocale(): string {
    return this.proc.options.locale ?? 'en-US';
  }

  /** package.json's version, as Electron reads it. */
  getVersion(): string {
    return '0.1.0';
  }

  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }

  getLoginItemSettings(): Electron.LoginItemSettings {
    return {
      openAtLogin: this.openAtLogin,
      wasOpenedAtLogin: false,
      status: this.openAtLogin ? 'enabled' : 'not-registered',
      executableWillLaunchAtLogin: this.openAtLogin,
      launchItems: [],
    };
  }

  setLoginItemSettings(settings: Electron.Settings): void {
    this.openAtLogin = settings.openAtLogin ?? false;
  }
}

// ---------------------------------------------------------------------------------------------
// BrowserWindow and its web contents

export class FakeWebContents
  extends EventEmitter
  implements Pick<Electron.WebContents, 'send' | 'isDestroyed' | 'setWindowOpenHandler'>
{
  readonly id: number;
  private destroyed = false;
  /** The handler the app installed for window.open and target=_blank links. */
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  /** The page shown (file URL after loadFile). */
  url = '';

  constructor(private readonly proc: Process) {
    super();
    this.id = proc.nextContentsId++;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw destroyedError();
    // Electron serialises with the structured clone algorithm: functions, classes' methods fail.
    const payload: unknown = structuredClone(args[0]);
    this.proc.record({ type: 'send', channel, payload });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    if (this.destroyed) throw destroyedError();
    this.windowOpenHandler = handler;
  }

  /** Driver: the page tries to navigate; true when the app stopped it. */
  tryNavigate(url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    const e = fakeEvent();
    this.emit(event, e, url);
    return e.defaultPrevented;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }
}

export interface FakeWindowState {
  visible: boolean;
  focused: boolean;
  position: [number, number];
  loaded: string | null;
}

export class FakeBrowserWindow
  extends EventEmitter
  implements
    Pick<
      Electron.BrowserWindow,
      | 'show'
      | 'hide'
      | 'focus'
      | 'isVisible'
      | 'isDestroyed'
      | 'setPosition'
      | 'getSize'
      | 'getPosition'
      | 'loadFile'
      | 'close'
      | 'destroy'
    >
{
  readonly state: FakeWindowState = {
    visible: false,
    focused: false,
    position: [0, 0],
    loaded: null,
  };
  private readonly contents: FakeWebContents;
  private destroyed = false;

  constructor(
    private readonly proc: Process,
    app: FakeApp,
    readonly options: Electron.BrowserWindowConstructorOptions = {},
  ) {
    super();
    proc.requireReady('BrowserWindow');
    this.contents = new FakeWebContents(proc);
    proc.windows.push(this);
    proc.record({ type: 'window', action: 'created' });
    app.emit('web-contents-created', fakeEvent(), this.contents);
    app.emit('browser-window-created', fakeEvent(), this);
    if (options.show !== false) this.show();
  }

  get webContents(): FakeWebContents {
    if (this.destroyed) throw destroyedError();
    return this.contents;
  }

  private alive(): void {
    if (this.destroyed) throw destroyedError();
  }

  show(): void {
    this.alive();
    this.state.visible = true;
    this.state.focused = true;
    this.proc.record({ type: 'window', action: 'show' });
    this.emit('show');
  }

  hide(): void {
    this.alive();
    this.state.visible = false;
    this.state.focused = false;
    this.proc.record({ type: 'window', action: 'hide' });
    this.emit('hide');
  }

  focus(): void {
    this.alive();
    this.state.focused = true;
    this.proc.record({ type: 'window', action: 'focus' });
    this.emit('focus');
  }

  /** Driver: the person clicked elsewhere. */
  blur(): void {
    this.alive();
    this.state.focused = false;
    this.emit('blur', fakeEvent());
  }

  isVisible(): boolean {
    this.alive();
    return this.state.visible;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setPosition(x: number, y: number): void {
    this.alive();
    if (!Number.isInteger(x) || !Number.isInteger(y)) {
      throw new TypeError('Error processing argument at index 0, conversion failure');
    }
    this.state.position = [x, y];
  }

  getPosition(): number[] {
    this.alive();
    return [...this.state.position];
  }

  getSize(): number[] {
    this.alive();
    return [this.options.width ?? 800, this.options.height ?? 600];
  }

  loadFile(filePath: string): Promise<void> {
    this.alive();
    this.state.loaded = filePath;
    this.contents.url = new URL(`file://${path.resolve(filePath)}`).href;
    this.proc.record({ type: 'window', action: 'load' });
    // Electron rejects when the file cannot be loaded (ERR_FILE_NOT_FOUND).
    return fs.existsSync(filePath)
      ? Promise.resolve()
      : Promise.reject(new Error(`ERR_FILE_NOT_FOUND (-6) loading '${filePath}'`));
  }

  /** Emits 'close' (which the app may cancel); returns true when the window was closed. */
  close(): boolean {
    if (this.destroyed) return true;
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.state.visible = false;
    this.contents.destroy();
    this.proc.record({ type: 'window', action: 'closed' });
    this.emit('closed');
  }
}

// ---------------------------------------------------------------------------------------------
// Menu and Tray

export class FakeMenu implements Pick<Electron.Menu, 'items'> {
  readonly items: Electron.MenuItem[];

  constructor(readonly template: Electron.MenuItemConstructorOptions[]) {
    // The parts of a MenuItem a test reads: label, role, type, enabled, checked, click.
    this.items = template.map(
      (item) =>
        ({
          label: item.label ?? '',
          role: item.role,
          type: item.type ?? 'normal',
          enabled: item.enabled ?? true,
          checked: item.checked ?? false,
          click: item.click,
        }) as unknown as Electron.MenuItem,
    );
  }

  /** Driver: the person picks the item with this label; throws when it is not there or greyed. */
  pick(label: string): void {
    const index = this.template.findIndex((item) => item.label === label);
    const item = this.template[index];
    if (!item) throw new Error(`No menu item "${label}" in ${this.labels().join(', ')}`);
    if (item.enabled === false) throw new Error(`Menu item "${label}" is disabled`);
    const menuItem = this.items[index] as Electron.MenuItem;
    item.click?.(menuItem, undefined, {
      shiftKey: false,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
      triggeredByAccelerator: false,
    });
  }

  labels(): string[] {
    return this.template.map((item) => item.label ?? item.role ?? item.type ?? '');
  }
}

function createMenuClass(proc: Process) {
  const Menu = {
    buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): FakeMenu {
      for (const item of template) {
        if (!item.label && !item.role && item.type !== 'separator') {
          throw new TypeError(
            'Invalid template for MenuItem: must have at least one of label, role or type',
          );
        }
      }
      const menu = new FakeMenu(template);
      proc.menus.push(menu);
      return menu;
    },
    setApplicationMenu(menu: FakeMenu | null): void {
      proc.record({ type: 'application-menu', menu });
      Menu.applicationMenu = menu;
    },
    /** undefined: never set (Electron shows its default menu, with Reload and DevTools). */
    applicationMenu: undefined as FakeMenu | null | undefined,
  };
  return Menu;
}

export class FakeTray
  extends EventEmitter
  // setImage takes this fake's images where Electron's takes `NativeImage | string`.
  implements Pick<Electron.Tray, 'setToolTip' | 'getBounds' | 'destroy' | 'isDestroyed'>
{
  image: FakeNativeImage;
  tooltip = '';
  contextMenu: FakeMenu | null = null;
  popUps = 0;
  private destroyed = false;

  constructor(
    private readonly proc: Process,
    image: FakeNativeImage | string,
  ) {
    super();
    this.image = this.toImage(image);
    proc.trays.push(this);
    proc.record({ type: 'tray', action: 'created' });
  }

  private toImage(image: unknown): FakeNativeImage {
    if (image instanceof FakeNativeImage) return image;
    if (typeof image === 'string') return createNativeImageModule(this.proc).createFromPath(image);
    throw new TypeError('Error processing argument at index 0, conversion failure');
  }

  private alive(): void {
    if (this.destroyed) throw destroyedError();
  }

  setImage(image: FakeNativeImage | string): void {
    this.alive();
    this.image = this.toImage(image);
    this.proc.record({ type: 'tray', action: 'image' });
  }

  setToolTip(toolTip: string): void {
    this.alive();
    this.tooltip = toolTip;
    this.proc.record({ type: 'tray', action: 'tooltip' });
  }

  setContextMenu(menu: FakeMenu | null): void {
    this.alive();
    this.contextMenu = menu;
    this.proc.record({ type: 'tray', action: 'menu' });
  }

  popUpContextMenu(menu?: FakeMenu): void {
    this.alive();
    if (menu) this.contextMenu = menu;
    this.popUps += 1;
  }

  getBounds(): Electron.Rectangle {
    this.alive();
    return { ...(this.proc.options.trayBounds ?? { x: 1830, y: 1048, width: 24, height: 24 }) };
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.proc.record({ type: 'tray', action: 'destroyed' });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Driver: a left click on the icon. */
  click(): void {
    this.alive();
    this.emit('click', fakeEvent(), this.getBounds(), { x: 0, y: 0 });
  }

  /** Driver: a right click (macOS pops the menu up itself in the app). */
  rightClick(): void {
    this.alive();
    this.emit('right-click', fakeEvent(), this.getBounds());
  }
}

// ---------------------------------------------------------------------------------------------
// ipcMain, session, screen, powerMonitor, nativeTheme, Notification

type InvokeListener = Parameters<Electron.IpcMain['handle']>[1];

export class FakeIpcMain
  extends EventEmitter
  implements Pick<Electron.IpcMain, 'handle' | 'removeHandler'>
{
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /**
   * Driver: the page in `contents` calls `ipcRenderer.invoke(channel, ...args)`. Arguments and the
   * answer pass through the structured clone; a thrown error reaches the page as Electron words it.
   */
  async invoke(
    contents: FakeWebContents,
    frameUrl: string,
    channel: string,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = { sender: contents, senderFrame: { url: frameUrl } };
    try {
      const answer: unknown = await handler(
        event as unknown as Electron.IpcMainInvokeEvent,
        ...(structuredClone(args) as unknown[]),
      );
      return structuredClone(answer);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      throw new Error(`Error invoking remote method '${channel}': ${text}`, { cause: error });
    }
  }
}

type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];

export class FakeSession implements Pick<
  Electron.Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> {
  requestHandler: PermissionRequestHandler = null;
  checkHandler: PermissionCheckHandler = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.checkHandler = handler;
  }

  /** Driver: a page asks for a permission; resolves with the app's answer (Electron grants without a handler). */
  request(permission: 'media' | 'notifications' | 'geolocation' | 'clipboard-read'): boolean {
    let granted = true;
    this.requestHandler?.(
      {} as Electron.WebContents,
      permission,
      (answer) => {
        granted = answer;
      },
      { requestingUrl: 'file:///', isMainFrame: true },
    );
    return granted;
  }
}

function display(proc: Process): Electron.Display {
  const { bounds, workArea } = proc.options.display ?? {
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  };
  return {
    accelerometerSupport: 'unknown',
    bounds,
    colorDepth: 24,
    colorSpace: 'srgb',
    depthPerComponent: 8,
    detected: true,
    displayFrequency: 60,
    id: 1,
    internal: true,
    label: 'Fake display',
    maximumCursorSize: { width: 64, height: 64 },
    monochrome: false,
    nativeOrigin: { x: bounds.x, y: bounds.y },
    rotation: 0,
    scaleFactor: 1,
    size: { width: bounds.width, height: bounds.height },
    touchSupport: 'unknown',
    workArea,
    workAreaSize: { width: workArea.width, height: workArea.height },
  };
}

export class FakeNotification extends EventEmitter {
  static shown: Array<{ title?: string; body?: string }> = [];
  static isSupported(): boolean {
    return true;
  }
  constructor(readonly options: Electron.NotificationConstructorOptions = {}) {
    super();
  }
  show(): void {
    FakeNotification.shown.push({ title: this.options.title, body: this.options.body });
  }
}

// ---------------------------------------------------------------------------------------------
// The module

export interface FakeElectron {
  /** What `require('electron')` answers in the loaded main process. */
  module: Record<string, unknown>;
  app: FakeApp;
  ipcMain: FakeIpcMain;
  powerMonitor: EventEmitter;
  nativeTheme: EventEmitter & { shouldUseDarkColors: boolean };
  session: FakeSession;
  /** Electron's clipboard: what the app wrote, in order. */
  clipboard: { writeText(text: string): void; texts: string[] };
  Menu: ReturnType<typeof createMenuClass>;
  records: FakeElectronRecord[];
  windows: FakeBrowserWindow[];
  trays: FakeTray[];
  images: FakeNativeImage[];
  menus: FakeMenu[];
  /** Driver: Electron finished starting. Resolves once the app's whenReady handlers had a turn. */
  ready(): Promise<void>;
  /** The events sent to the window, optionally on one channel. */
  sent(channel?: string): unknown[];
  /**
   * Resolves with the next record that matches, on the event loop's next turn (rejects after
   * `timeoutMs` of real time).
   */
  next(
    match: (record: FakeElectronRecord) => boolean,
    timeoutMs?: number,
  ): Promise<FakeElectronRecord>;
  /** Drops the records kept so far (long runs keep memory flat this way). */
  forget(): void;
  /** How many listeners the app hung on Electron's emitters (for leak checks). */
  listenerCount(): number;
}

export function createFakeElectron(
  options: FakeElectronOptions,
  platform: NodeJS.Platform = process.platform,
): FakeElectron {
  const proc = new Process(options);
  const app = new FakeApp(proc, platform);
  const ipcMain = new FakeIpcMain();
  const powerMonitor = new EventEmitter();
  const nativeTheme = Object.assign(new EventEmitter(), {
    shouldUseDarkColors: options.dark ?? false,
  });
  const defaultSession = new FakeSession();
  const texts: string[] = [];
  const clipboard = {
    texts,
    writeText(text: string): void {
      proc.requireReady('clipboard');
      texts.push(text);
    },
  };
  const Menu = createMenuClass(proc);
  const nativeImage = createNativeImageModule(proc);

  class BrowserWindow extends FakeBrowserWindow {
    constructor(windowOptions?: Electron.BrowserWindowConstructorOptions) {
      super(proc, app, windowOptions);
    }
  }
  class Tray extends FakeTray {
    constructor(image: FakeNativeImage | string) {
      super(proc, image);
    }
  }
  const screen = {
    getDisplayMatching(rect: Electron.Rectangle): Electron.Display {
      proc.requireReady('screen');
      void rect;
      return display(proc);
    },
    getPrimaryDisplay: (): Electron.Display => display(proc),
  } satisfies Pick<Electron.Screen, 'getDisplayMatching' | 'getPrimaryDisplay'>;
  const session = {
    get defaultSession(): FakeSession {
      if (!proc.ready) throw new Error('Session can only be received when app is ready');
      return defaultSession;
    },
  };

  const emitters = (): EventEmitter[] => [
    app,
    ipcMain,
    powerMonitor,
    nativeTheme,
    ...proc.windows,
    ...proc.windows.map((w) => (w.isDestroyed() ? null : w.webContents)).filter((c) => c !== null),
    ...proc.trays,
  ];

  return {
    module: {
      app,
      BrowserWindow,
      Tray,
      Menu,
      ipcMain,
      nativeImage,
      nativeTheme,
      powerMonitor,
      screen,
      session,
      clipboard,
      Notification: FakeNotification,
    },
    app,
    ipcMain,
    powerMonitor,
    nativeTheme,
    session: defaultSession,
    clipboard,
    Menu,
    records: proc.records,
    windows: proc.windows,
    trays: proc.trays,
    images: proc.images,
    menus: proc.menus,
    async ready() {
      app.markReady();
      await new Promise((resolve) => realSetImmediate(resolve));
    },
    sent(channel) {
      return proc.records
        .filter((r) => r.type === 'send' && (channel === undefined || r.channel === channel))
        .map((r) => (r.type === 'send' ? r.payload : null));
    },
    next(match, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const waiter = (record: FakeElectronRecord): void => {
          if (!match(record)) return;
          proc.sendWaiters.delete(waiter);
          realClearTimeout(timer);
          // After the app's own follow-up work of this turn (a read in flight is let go only
          // after its listing was sent), as Electron delivers the next event on a later turn.
          realSetImmediate(() => resolve(record));
        };
        const timer = realSetTimeout(() => {
          proc.sendWaiters.delete(waiter);
          reject(new Error(`No matching event within ${timeoutMs} ms`));
        }, timeoutMs);
        proc.sendWaiters.add(waiter);
      });
    },
    forget() {
      proc.records.length = 0;
      proc.images.length = 0;
      proc.menus.length = 0;
    },
    listenerCount() {
      let count = ipcMain.handlers.size;
      for (const emitter of emitters()) {
        for (const name of emitter.eventNames()) count += emitter.listenerCount(name);
      }
      return count;
    },
  };
}
