/**
 * The main-process side of the e2e test bridge. It runs the REAL main-process code — the app
 * controller, `registerIpcHandlers` with its sender and payload checks and the operation lock,
 * `forwardAppEvents` — and replaces only Electron's IPC transport: a recording ipcMain stands in
 * for Electron's, and a Playwright binding carries each request with the URL of the frame that
 * sent it.
 */
import type { FreshProgram, FreshSignInOutcome } from '../../core/session/fresh-sign-in';
import path from 'node:path';
import { build } from 'esbuild';
import type { IpcMainInvokeEvent } from 'electron';
import type { Page } from 'playwright-core';
import { createAppController } from '../../electron/app-state';
import type { AppController } from '../../electron/app-state';
import { forwardAppEvents, forwardWaitEvents, registerIpcHandlers } from '../../electron/ipc';
import { createGroupWaitController, type GroupWaitController } from '../../electron/group-wait';
import type { WaitTimers } from '../../core/groups/group-waiter';
import type { IpcMainLike, SenderInfo } from '../../electron/ipc';
import type { GroupsService } from '../../core/groups/service';
import type { KerberosService } from '../../core/kerberos/service';
import { createSenderCheck } from '../../electron/security';
import type { Locale } from '../../core/i18n';
import type { Policy } from '../../core/policy/types';

/** The webContents id the bridge reports for the app's page (any fixed number). */
const APP_CONTENTS_ID = 7;

type Listener = Parameters<IpcMainLike['handle']>[1];

export interface TestBridge {
  app: AppController;
  /** "Tell me when it arrives", when the bridge was made with `waitTimers`. */
  waits: GroupWaitController | null;
  /** How often the page asked to hide the window. */
  hideRequests: number;
  /** Registered invoke channels (as Electron would have them). */
  channels(): string[];
  attach(page: Page): Promise<void>;
  dispose(): void;
}

let clientScript: Promise<string> | null = null;

/** The bundled page-side bridge (built once per test run). */
export function bridgeClientScript(): Promise<string> {
  clientScript ??= build({
    entryPoints: [path.join(__dirname, 'bridge-client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return clientScript;
}

export function createTestBridge(options: {
  service: KerberosService;
  groups?: GroupsService;
  pageUrl: string;
  /** The language the window is told to speak (the main process's `app.getLocale()`). */
  locale?: Locale;
  /** The sign-out the IPC handler calls (a recorder: nobody is signed out by a test). */
  signOut?: () => Promise<void>;
  /** The IT department's policy the IPC handlers answer with and enforce. */
  policy?: Policy;
  /** "Copy diagnostics" (electron/diagnostics.ts over a fake clipboard); absent: not offered. */
  copyDiagnostics?: () => Promise<unknown>;
  /** The fresh sign-in the IPC handler calls (over the fake credential prompt). */
  freshSignIn?: (program: FreshProgram) => Promise<FreshSignInOutcome>;
  /** Offers waiting for a group, on these timers (a test's virtual clock). */
  waitTimers?: WaitTimers;
  /** How long a wait lasts (default: the app's). */
  waitTimeoutMs?: number;
}): TestBridge {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  const app = createAppController({ service: options.service, groups: options.groups });
  const waits = options.waitTimers
    ? createGroupWaitController({
        app,
        timers: options.waitTimers,
        ...(options.waitTimeoutMs ? { timeoutMs: options.waitTimeoutMs } : {}),
      })
    : null;
  const pages = new Set<Page>();
  const bridge: TestBridge = {
    app,
    waits,
    hideRequests: 0,
    channels: () => [...handlers.keys()],
    async attach(page) {
      pages.add(page);
      page.on('close', () => pages.delete(page));
      await page.exposeBinding(
        '__regroupInvoke',
        async (source, channel: string, args: unknown[]) => {
          const listener = handlers.get(channel);
          if (!listener) throw new Error(`No handler registered for '${channel}'`);
          const event: SenderInfo = {
            sender: { id: APP_CONTENTS_ID },
            senderFrame: { url: source.frame.url() },
          };
          // The handlers read only sender.id and senderFrame.url, which the bridge fills in truthfully.
          return listener(event as unknown as IpcMainInvokeEvent, ...args);
        },
      );
      await page.addInitScript({ content: await bridgeClientScript() });
    },
    dispose: () => {
      removeHandlers();
      stopForwarding();
      stopWaits();
    },
  };
  const removeHandlers = registerIpcHandlers({
    ipcMain,
    app,
    isTrustedSender: createSenderCheck({
      pageUrl: options.pageUrl,
      windowContentsId: () => APP_CONTENTS_ID,
    }),
    hideWindow: () => {
      bridge.hideRequests += 1;
    },
    locale: options.locale ?? 'en',
    signOut: options.signOut,
    policy: options.policy,
    copyDiagnostics: options.copyDiagnostics,
    freshSignIn: options.freshSignIn,
    ...(waits ? { waits } : {}),
  });
  // Electron hands an event to the page by structured clone, in native code. Playwright's own
  // argument encoding is rebuilt by script in the page, which for a listing of 500 tickets took
  // 40-100 ms of the page's main thread: a cost of this bridge that the app does not have, and
  // that the benchmark's paint and long-task figures counted (issue 14). The payload travels as
  // JSON text and is read with the page's native JSON.parse instead; events carry no Date, Map,
  // NaN or undefined that JSON would lose (electron/contract.ts).
  const send: Parameters<typeof forwardAppEvents>[1] = (channel, payload) => {
    const text = payload === undefined ? undefined : JSON.stringify(payload);
    for (const page of pages) {
      page
        .evaluate(
          ([name, json]) => {
            (globalThis as { __regroupEmit?: (c: string, p: unknown) => void }).__regroupEmit?.(
              name,
              json === undefined ? undefined : JSON.parse(json),
            );
          },
          [channel, text] as const,
        )
        .catch(() => undefined);
    }
  };
  const stopForwarding = forwardAppEvents(app, send);
  const stopWaits = waits ? forwardWaitEvents(waits, send) : () => undefined;
  return bridge;
}
