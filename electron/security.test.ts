import { describe, expect, it } from 'vitest';
import { createSenderCheck, denyPermissions, lockDownContents } from './security';
import type { ContentsLike, SessionLike } from './security';

const PAGE = 'file:///C:/Program%20Files/Regroup/resources/app.asar/dist/renderer/index.html';

describe('who may call the main process', () => {
  const check = createSenderCheck({ pageUrl: PAGE, windowContentsId: () => 3 });

  it('accepts the app window showing the app page (with or without a hash)', () => {
    expect(check({ sender: { id: 3 }, senderFrame: { url: PAGE } })).toBe(true);
    expect(check({ sender: { id: 3 }, senderFrame: { url: `${PAGE}#tickets` } })).toBe(true);
  });

  it('refuses another window, another local file, a remote page and a gone frame', () => {
    expect(check({ sender: { id: 4 }, senderFrame: { url: PAGE } })).toBe(false);
    expect(
      check({
        sender: { id: 3 },
        senderFrame: { url: 'file:///C:/Users/alice/Downloads/evil.html' },
      }),
    ).toBe(false);
    expect(
      check({ sender: { id: 3 }, senderFrame: { url: 'https://example.com/index.html' } }),
    ).toBe(false);
    expect(
      check({
        sender: { id: 3 },
        senderFrame: {
          url: 'file://evil-host/C:/Program%20Files/Regroup/resources/app.asar/dist/renderer/index.html',
        },
      }),
    ).toBe(false);
    expect(check({ sender: { id: 3 }, senderFrame: null })).toBe(false);
    expect(check({ sender: { id: 3 }, senderFrame: { url: 'not a url' } })).toBe(false);
  });

  it('refuses everything while there is no window', () => {
    const noWindow = createSenderCheck({ pageUrl: PAGE, windowContentsId: () => null });
    expect(noWindow({ sender: { id: 3 }, senderFrame: { url: PAGE } })).toBe(false);
  });

  it('matches a dev or test origin by origin, not by path', () => {
    const dev = createSenderCheck({ pageUrl: 'http://127.0.0.1:5173/', windowContentsId: () => 1 });
    expect(
      dev({ sender: { id: 1 }, senderFrame: { url: 'http://127.0.0.1:5173/index.html' } }),
    ).toBe(true);
    expect(dev({ sender: { id: 1 }, senderFrame: { url: 'http://127.0.0.1:5174/' } })).toBe(false);
    expect(dev({ sender: { id: 1 }, senderFrame: { url: 'http://localhost:5173/' } })).toBe(false);
  });
});

describe('what the page may not do', () => {
  it('cannot navigate, redirect, attach webviews or open windows', () => {
    const handlers = new Map<string, (event: { preventDefault(): void }) => void>();
    const opened: Array<{ action: string }> = [];
    const contents = {
      on(event: string, listener: (event: { preventDefault(): void }) => void) {
        handlers.set(event, listener);
      },
      setWindowOpenHandler(handler: () => { action: 'deny' }) {
        opened.push(handler());
      },
    } satisfies ContentsLike;
    lockDownContents(contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      handlers.get(event)?.({ preventDefault: () => (prevented = true) });
      expect(prevented, event).toBe(true);
    }
    expect(opened).toEqual([{ action: 'deny' }]);
  });

  it('gets every permission request and check denied', () => {
    const answers: boolean[] = [];
    const checks: boolean[] = [];
    const session = {
      setPermissionRequestHandler(
        handler: (
          contents: unknown,
          permission: string,
          callback: (granted: boolean) => void,
        ) => void,
      ) {
        for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
          handler(null, permission, (granted) => answers.push(granted));
        }
      },
      setPermissionCheckHandler(handler: () => boolean) {
        checks.push(handler());
      },
    } satisfies SessionLike;
    denyPermissions(session);
    expect(answers).toEqual([false, false, false, false]);
    expect(checks).toEqual([false]);
  });
});
