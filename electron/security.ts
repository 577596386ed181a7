/**
 * The window's locks: who may talk to the main process, and what the page may not do (navigate,
 * open windows, ask for permissions, attach webviews).
 */
import type { SenderInfo } from './ipc';

export interface SenderCheckOptions {
  /** The page the app loads (`file:///…/dist/renderer/index.html`, or a dev/test origin URL). */
  pageUrl: string;
  /** The app window's `webContents.id`, or null while there is no window. */
  windowContentsId: () => number | null;
}

/**
 * True only for the app's own window showing the app's own page. For file: pages the whole path
 * must match (any other local file is untrusted); for http(s) the origin must match.
 */
export function createSenderCheck(options: SenderCheckOptions): (event: SenderInfo) => boolean {
  const expected = safeUrl(options.pageUrl);
  if (!expected) throw new Error(`Invalid page URL: ${options.pageUrl}`);
  return (event) => {
    const id = options.windowContentsId();
    if (id === null || event.sender.id !== id) return false;
    const url = event.senderFrame ? safeUrl(event.senderFrame.url) : null;
    return url !== null && isSamePage(expected, url);
  };
}

export function isSamePage(expected: URL, actual: URL): boolean {
  if (expected.protocol !== actual.protocol) return false;
  if (expected.protocol === 'file:')
    return expected.pathname === actual.pathname && actual.host === '';
  return expected.origin === actual.origin;
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** The parts of Electron's WebContents used here (a WebContents satisfies it). */
export interface ContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: { preventDefault(): void }) => void,
  ): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/** The parts of Electron's Session used here (a Session satisfies it). */
export interface SessionLike {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** Denies navigation, redirects, new windows and webviews for one web contents. */
export function lockDownContents(contents: ContentsLike): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Denies every permission request (camera, notifications, geolocation …) and check. */
export function denyPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
