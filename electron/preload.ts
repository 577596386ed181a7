/**
 * Runs in the sandboxed window before the page. Exposes `window.regroup` — a handful of
 * task-shaped functions over fixed channels — and nothing else: no ipcRenderer, no Node.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createRegroupApi } from './contract';
import type { RegroupTransport } from './contract';

const transport: RegroupTransport = {
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  on(channel, listener) {
    const wrapped = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]): void =>
      listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('regroup', createRegroupApi(transport));
