/**
 * The tray window: a small frameless panel created once at start-up (hidden), shown next to the
 * tray icon on click, hidden on blur, Escape or close. Being pre-created is what makes it open
 * instantly. Electron is injected, so the logic runs in Node tests with fakes.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';

export const WINDOW_SIZE = { width: 400, height: 560 } as const;
/** Gap between the window and the screen edge / taskbar. */
export const EDGE_MARGIN = 8;
/** A tray click that arrives this soon after a blur-hide is the same click: keep it hidden. */
export const BLUR_TOGGLE_GRACE_MS = 300;

export type Rect = Pick<Rectangle, 'x' | 'y' | 'width' | 'height'>;
export interface Size {
  width: number;
  height: number;
}

/** Electron's BrowserWindow class (a recording stand-in in tests). */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates the tray window. Its options are written out in the `new BrowserWindow` call itself, so
 * that a reader, and electronegativity in `npm test`, see the webPreferences where the window is
 * made (the scanner cannot follow options built elsewhere).
 */
export function createTrayWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  preloadPath: string,
  dark: boolean,
  /** False in packaged builds: nobody opens DevTools on a person's computer (Ctrl+Shift+I). */
  devTools: boolean,
): W {
  return new BrowserWindow({
    width: WINDOW_SIZE.width,
    height: WINDOW_SIZE.height,
    title: 'Regroup',
    frame: false,
    show: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    // Matches the page background so the first frame never flashes white in dark mode.
    backgroundColor: dark ? '#1c1d21' : '#f4f5f7',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  });
}

/**
 * Where to put the window so it sits next to the tray icon, inside the work area (the screen minus
 * taskbars / menu bar). Works for a taskbar on any edge; when the tray reports no bounds (some
 * Linux desktops), falls back to a corner.
 */
export function positionNearTray(
  tray: Rect,
  size: Size,
  workArea: Rect,
  fallbackCorner: 'top-right' | 'bottom-right' = 'bottom-right',
): { x: number; y: number } {
  const left = workArea.x + EDGE_MARGIN;
  const top = workArea.y + EDGE_MARGIN;
  const right = workArea.x + workArea.width - size.width - EDGE_MARGIN;
  const bottom = workArea.y + workArea.height - size.height - EDGE_MARGIN;
  const clampX = (x: number): number => Math.round(Math.max(left, Math.min(x, right)));
  const clampY = (y: number): number => Math.round(Math.max(top, Math.min(y, bottom)));

  if (tray.width <= 0 && tray.height <= 0) {
    return { x: clampX(right), y: fallbackCorner === 'top-right' ? clampY(top) : clampY(bottom) };
  }
  const cx = tray.x + tray.width / 2;
  const cy = tray.y + tray.height / 2;
  const edge = trayEdge(cx, cy, workArea);
  switch (edge) {
    case 'top':
      return { x: clampX(cx - size.width / 2), y: clampY(top) };
    case 'bottom':
      return { x: clampX(cx - size.width / 2), y: clampY(bottom) };
    case 'left':
      return { x: clampX(left), y: clampY(cy - size.height / 2) };
    case 'right':
      return { x: clampX(right), y: clampY(cy - size.height / 2) };
  }
}

type Edge = 'top' | 'bottom' | 'left' | 'right';

/** The screen edge the tray sits on: the side of the work area it is outside of, else the nearest. */
function trayEdge(cx: number, cy: number, area: Rect): Edge {
  if (cy >= area.y + area.height) return 'bottom';
  if (cy < area.y) return 'top';
  if (cx < area.x) return 'left';
  if (cx >= area.x + area.width) return 'right';
  const distances: Array<[Edge, number]> = [
    ['top', cy - area.y],
    ['bottom', area.y + area.height - cy],
    ['left', cx - area.x],
    ['right', area.x + area.width - cx],
  ];
  distances.sort((a, b) => a[1] - b[1]);
  return distances[0]?.[0] ?? 'bottom';
}

/** The parts of Electron's BrowserWindow used here. */
export interface WindowLike extends Pick<
  BrowserWindow,
  'show' | 'hide' | 'focus' | 'isVisible' | 'isDestroyed' | 'setPosition' | 'getSize'
> {
  on(event: 'blur' | 'close', listener: (event: { preventDefault(): void }) => void): unknown;
}

export interface WindowControllerOptions {
  window: WindowLike;
  trayBounds: () => Rect;
  workAreaFor: (trayBounds: Rect) => Rect;
  fallbackCorner?: 'top-right' | 'bottom-right';
  /** False while debugging (DevTools would steal focus and hide the window). */
  hideOnBlur?: boolean;
  /** Called each time the window is shown (the app re-reads the tickets then). */
  onShow?: () => void;
  /** True once the app is quitting: only then may the window really close. */
  isQuitting: () => boolean;
  now?: () => number;
}

export interface WindowController {
  show(): void;
  hide(): void;
  toggle(): void;
}

export function createWindowController(options: WindowControllerOptions): WindowController {
  const { window } = options;
  const now = options.now ?? Date.now;
  let hiddenByBlurAt = Number.NEGATIVE_INFINITY;

  const controller: WindowController = {
    show() {
      if (window.isDestroyed()) return;
      const bounds = options.trayBounds();
      const [width = WINDOW_SIZE.width, height = WINDOW_SIZE.height] = window.getSize();
      const { x, y } = positionNearTray(
        bounds,
        { width, height },
        options.workAreaFor(bounds),
        options.fallbackCorner,
      );
      window.setPosition(x, y, false);
      window.show();
      window.focus();
      options.onShow?.();
    },
    hide() {
      if (!window.isDestroyed() && window.isVisible()) window.hide();
    },
    toggle() {
      if (window.isDestroyed()) return;
      if (window.isVisible()) controller.hide();
      else if (now() - hiddenByBlurAt > BLUR_TOGGLE_GRACE_MS) controller.show();
    },
  };

  window.on('blur', () => {
    if (options.hideOnBlur === false || window.isDestroyed() || !window.isVisible()) return;
    hiddenByBlurAt = now();
    window.hide();
  });
  // Closing (Alt+F4, Cmd+W) hides; the window and any running refresh live on until Quit.
  window.on('close', (event) => {
    if (options.isQuitting()) return;
    event.preventDefault();
    controller.hide();
  });
  return controller;
}
