/**
 * The stage every window test stands on: the renderer built by Vite, served over HTTP under the
 * app's CSP (server.ts), and a headless Chromium. A test file opens it in `beforeAll` and closes
 * it in `afterAll` (the browser, then the servers, then the built files); the scenario on top of
 * it (fake tools, the bridge, what is clicked and read) stays in the test file.
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import type { TestBridge } from './bridge';
import {
  buildRenderer,
  launchChromium,
  openAppWindow,
  type AppWindow,
  type Scheme,
} from './chromium';
import { serveDirectory, type StaticServer } from './server';

export interface WindowStage {
  /** Where the built window is served. */
  readonly url: string;
  readonly browser: Browser;
  /** A window-sized page of the app, answered by `bridge`, in light or dark. */
  open(bridge: TestBridge, scheme?: Scheme): Promise<AppWindow>;
  /** The same build served from a second origin (a page the bridge must not answer). */
  serveAgain(): Promise<StaticServer>;
  /** The folder of the built window. */
  readonly dir: string;
  close(): Promise<void>;
}

export async function openStage(): Promise<WindowStage> {
  const outDir = await buildRenderer();
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    for (const server of servers.splice(0)) await server.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  };
  try {
    const server = await serveDirectory(outDir);
    servers.push(server);
    const launched = await launchChromium();
    browser = launched;
    return {
      url: server.url,
      browser: launched,
      open: (bridge, scheme) => openAppWindow(launched, bridge, server.url, scheme),
      async serveAgain() {
        const another = await serveDirectory(outDir);
        servers.push(another);
        return another;
      },
      dir: outDir,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
