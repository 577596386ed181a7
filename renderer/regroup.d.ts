import type { RegroupApi } from '../electron/contract';

declare global {
  interface Window {
    /** Exposed by the preload (electron/preload.ts) over contextBridge. */
    regroup: RegroupApi;
  }
}

export {};
