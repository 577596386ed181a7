import { describe, expect, it } from 'vitest';
import {
  BLUR_TOGGLE_GRACE_MS,
  createTrayWindow,
  createWindowController,
  positionNearTray,
  WINDOW_SIZE,
} from './window';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowLike } from './window';

const size = { width: 400, height: 560 };

describe('where the window opens', () => {
  it('sits above a Windows taskbar at the bottom, right-aligned inside the screen', () => {
    // 1920x1080 screen, 40 px taskbar, tray icon near the right end.
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const tray = { x: 1800, y: 1048, width: 24, height: 24 };
    expect(positionNearTray(tray, size, workArea)).toEqual({ x: 1512, y: 472 });
  });

  it('is centred on the tray icon when there is room', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const tray = { x: 1000, y: 1048, width: 24, height: 24 };
    expect(positionNearTray(tray, size, workArea)).toEqual({ x: 812, y: 472 });
  });

  it('hangs below the macOS menu bar / a top panel', () => {
    const workArea = { x: 0, y: 25, width: 1728, height: 1092 };
    const tray = { x: 1500, y: 0, width: 22, height: 24 };
    expect(positionNearTray(tray, size, workArea)).toEqual({ x: 1311, y: 33 });
  });

  it('sits beside a taskbar on the left or right edge', () => {
    const left = positionNearTray({ x: 8, y: 900, width: 24, height: 24 }, size, {
      x: 48,
      y: 0,
      width: 1872,
      height: 1080,
    });
    expect(left).toEqual({ x: 56, y: 512 });
    const right = positionNearTray({ x: 1890, y: 300, width: 24, height: 24 }, size, {
      x: 0,
      y: 0,
      width: 1872,
      height: 1080,
    });
    expect(right).toEqual({ x: 1464, y: 32 });
  });

  it('works on a second monitor to the left of the primary one', () => {
    const workArea = { x: -1280, y: 0, width: 1280, height: 984 };
    const tray = { x: -100, y: 990, width: 24, height: 24 };
    expect(positionNearTray(tray, size, workArea)).toEqual({ x: -408, y: 416 });
  });

  it('falls back to a corner when the tray reports no bounds (some Linux desktops)', () => {
    const workArea = { x: 0, y: 27, width: 1920, height: 1053 };
    const none = { x: 0, y: 0, width: 0, height: 0 };
    expect(positionNearTray(none, size, workArea, 'top-right')).toEqual({ x: 1512, y: 35 });
    expect(positionNearTray(none, size, workArea, 'bottom-right')).toEqual({ x: 1512, y: 512 });
  });
});

/** The options the window was created with, through a stand-in for Electron's BrowserWindow. */
function optionsFor(
  preloadPath: string,
  dark: boolean,
  devTools = true,
): BrowserWindowConstructorOptions {
  class RecordingWindow {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  }
  return createTrayWindow(RecordingWindow, preloadPath, dark, devTools).options;
}

describe('the window options', () => {
  it('are a small frameless panel, isolated and sandboxed', () => {
    const options = optionsFor('/app/dist/main/preload.js', false);
    expect(options).toMatchObject({
      width: 400,
      height: 560,
      frame: false,
      show: false,
      resizable: false,
      skipTaskbar: true,
    });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/main/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
  });

  it('paint the dark background in dark mode, so the first frame never flashes white', () => {
    expect(optionsFor('p', true).backgroundColor).toBe('#1c1d21');
    expect(optionsFor('p', false).backgroundColor).toBe('#f4f5f7');
  });

  it('turn DevTools off when asked (packaged builds) and leave them on for development', () => {
    expect(optionsFor('p', false, false).webPreferences?.devTools).toBe(false);
    expect(optionsFor('p', false, true).webPreferences?.devTools).toBe(true);
  });
});

function fakeWindow() {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  const state = {
    visible: false,
    destroyed: false,
    position: [0, 0] as [number, number],
    focused: 0,
  };
  const window = {
    show() {
      state.visible = true;
    },
    hide() {
      state.visible = false;
    },
    focus() {
      state.focused += 1;
    },
    isVisible: () => state.visible,
    isDestroyed: () => state.destroyed,
    setPosition(x: number, y: number) {
      state.position = [x, y];
    },
    getSize: () => [WINDOW_SIZE.width, WINDOW_SIZE.height],
    on(event: 'blur' | 'close', listener: (event: { preventDefault(): void }) => void) {
      listeners.set(event, listener);
    },
  } satisfies WindowLike;
  const emit = (event: 'blur' | 'close') => {
    let prevented = false;
    listeners.get(event)?.({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { window, state, emit };
}

function setup(options: { quitting?: boolean; hideOnBlur?: boolean } = {}) {
  const fake = fakeWindow();
  let clock = 10_000;
  let shows = 0;
  const controller = createWindowController({
    window: fake.window,
    trayBounds: () => ({ x: 1800, y: 1048, width: 24, height: 24 }),
    workAreaFor: () => ({ x: 0, y: 0, width: 1920, height: 1040 }),
    isQuitting: () => options.quitting ?? false,
    hideOnBlur: options.hideOnBlur,
    onShow: () => (shows += 1),
    now: () => clock,
  });
  return { ...fake, controller, advance: (ms: number) => (clock += ms), shows: () => shows };
}

describe('showing and hiding the window', () => {
  it('opens next to the tray, focused, and re-reads the tickets each time', () => {
    const { controller, state, shows } = setup();
    controller.toggle();
    expect(state.visible).toBe(true);
    expect(state.position).toEqual([1512, 472]);
    expect(state.focused).toBe(1);
    expect(shows()).toBe(1);
    controller.toggle();
    expect(state.visible).toBe(false);
  });

  it('hides when it loses focus', () => {
    const { controller, state, emit } = setup();
    controller.show();
    emit('blur');
    expect(state.visible).toBe(false);
  });

  it('stays hidden when the tray click that took its focus arrives right after', () => {
    const { controller, state, emit, advance } = setup();
    controller.show();
    emit('blur');
    advance(50);
    controller.toggle();
    expect(state.visible).toBe(false);
    advance(BLUR_TOGGLE_GRACE_MS + 1);
    controller.toggle();
    expect(state.visible).toBe(true);
  });

  it('stays open on blur while debugging', () => {
    const { controller, state, emit } = setup({ hideOnBlur: false });
    controller.show();
    emit('blur');
    expect(state.visible).toBe(true);
  });

  it('hides instead of closing (Alt+F4), so a running refresh is never cut off', () => {
    const { controller, state, emit } = setup();
    controller.show();
    expect(emit('close')).toBe(true);
    expect(state.visible).toBe(false);
  });

  it('really closes once the app quits', () => {
    const { emit } = setup({ quitting: true });
    expect(emit('close')).toBe(false);
  });
});
