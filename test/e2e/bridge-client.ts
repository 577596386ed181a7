/**
 * The page side of the e2e test bridge, bundled with esbuild and injected before the page's own
 * scripts. It builds `window.regroup` with the SAME `createRegroupApi` the preload uses; only the
 * transport differs: requests go to a Playwright binding (`__regroupInvoke`) instead of
 * ipcRenderer, and events come back through `__regroupEmit` instead of ipcRenderer.on.
 */
import { createRegroupApi } from '../../electron/contract';
import type { RegroupTransport } from '../../electron/contract';

interface BridgeGlobal {
  __regroupInvoke(channel: string, args: unknown[]): Promise<unknown>;
  __regroupEmit?: (channel: string, payload: unknown) => void;
  regroup?: unknown;
}

const page = globalThis as unknown as BridgeGlobal;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

const transport: RegroupTransport = {
  invoke: (channel, ...args) => page.__regroupInvoke(channel, args) as never,
  on(channel, listener) {
    const set = listeners.get(channel) ?? new Set();
    listeners.set(channel, set);
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  },
};

page.__regroupEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};
page.regroup = Object.freeze(createRegroupApi(transport));
