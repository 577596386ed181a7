/**
 * Runs the BUILT main process (dist/main/main.js, as esbuild bundled it) in this Node process
 * against the recording fake of Electron (fake-electron.ts): the bundle's `require('electron')`
 * answers with the fake, everything else is Node's own. Nothing in the app is changed or hooked;
 * what a test sees is what the bundle does with Electron's API.
 *
 * The bundle is compiled as a CommonJS module with five names of its own:
 * - `process`: this process, except `platform` and `env` (so the Windows and macOS branches can be
 *   run here, and the tools get the test's KRB5_CONFIG, KRB5CCNAME, REGROUP_KEYTAB ...);
 * - `setTimeout`/`setInterval` and their clears: the global ones, or a virtual clock's
 *   (fake-clock.ts) when one is given; counted, so a test can see the timers the main process has
 *   running and `dispose()` can end them (a real Electron process ends them by exiting).
 * Used by the system tests (test/system/main-*.test.ts) and by benchmarks.
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import type { VirtualClock } from './fake-clock';
import { createFakeElectron, type FakeElectron, type FakeElectronOptions } from './fake-electron';

export const ROOT = path.resolve(__dirname, '../..');
export const BUILT_MAIN = path.join(ROOT, 'dist', 'main', 'main.js');

export interface LoadMainOptions extends Partial<FakeElectronOptions> {
  /** The bundle to run (default dist/main/main.js; build it first with scripts/build.mjs). */
  mainPath?: string;
  /** `process.platform` as the bundle sees it (default: this machine's). */
  platform?: NodeJS.Platform;
  /** `process.env` as the bundle sees it (default: a copy of this process's). */
  env?: NodeJS.ProcessEnv;
  /** Runs the main process's timers on this clock instead of real time. */
  clock?: VirtualClock;
}

export interface LoadedMain {
  electron: FakeElectron;
  mainPath: string;
  /** What the bundle wrote with console.error / console.warn. */
  errors: string[];
  /** How many timeouts and intervals the main process has pending now. */
  timers(): number;
  /** Ends the main process's timers (what exiting does to a real one). */
  dispose(): void;
}

type Handle = ReturnType<typeof setTimeout>;

/** Loads the bundle; call `electron.ready()` next to let it start. */
export function loadMainWithFakeElectron(options: LoadMainOptions = {}): LoadedMain {
  const mainPath = options.mainPath ?? BUILT_MAIN;
  if (!fs.existsSync(mainPath)) {
    throw new Error(`${mainPath} is not built: run \`node scripts/build.mjs\` first`);
  }
  const platform = options.platform ?? process.platform;
  const env = options.env ?? { ...process.env };
  const electron = createFakeElectron({ ...options, appPath: options.appPath ?? ROOT }, platform);

  const processView = new Proxy(process, {
    get(target, key) {
      if (key === 'platform') return platform;
      if (key === 'env') return env;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });

  const live = new Map<Handle, 'timeout' | 'interval'>();
  const clock = options.clock;
  const base = clock
    ? {
        setTimeout: (callback: () => void, ms?: number) => clock.setTimeout(callback, ms),
        clearTimeout: (handle: Handle | undefined) => clock.clear(handle),
        setInterval: (callback: () => void, ms?: number) => clock.setInterval(callback, ms),
        clearInterval: (handle: Handle | undefined) => clock.clear(handle),
      }
    : {
        setTimeout: (callback: () => void, ms?: number) => globalThis.setTimeout(callback, ms),
        clearTimeout: (handle: Handle | undefined) => globalThis.clearTimeout(handle),
        setInterval: (callback: () => void, ms?: number) => globalThis.setInterval(callback, ms),
        clearInterval: (handle: Handle | undefined) => globalThis.clearInterval(handle),
      };
  const timers = {
    setTimeout: (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      const handle: Handle = base.setTimeout(() => {
        live.delete(handle);
        callback(...args);
      }, ms);
      live.set(handle, 'timeout');
      return handle;
    },
    clearTimeout: (handle: Handle | undefined) => {
      if (handle !== undefined) live.delete(handle);
      base.clearTimeout(handle);
    },
    setInterval: (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      const handle: Handle = base.setInterval(() => callback(...args), ms);
      live.set(handle, 'interval');
      return handle;
    },
    clearInterval: (handle: Handle | undefined) => {
      if (handle !== undefined) live.delete(handle);
      base.clearInterval(handle);
    },
  };

  const errors: string[] = [];
  const consoleView = Object.assign(Object.create(console) as Console, {
    error: (...args: unknown[]) => errors.push(args.map(String).join(' ')),
    warn: (...args: unknown[]) => errors.push(args.map(String).join(' ')),
  });

  const nodeRequire = createRequire(mainPath);
  const bundleRequire = Object.assign(
    (id: string): unknown => (id === 'electron' ? electron.module : nodeRequire(id)),
    { resolve: nodeRequire.resolve, cache: nodeRequire.cache, main: undefined },
  );
  const module = new Module(mainPath);
  module.filename = mainPath;

  const names = ['exports', 'require', 'module', '__filename', '__dirname', 'process'] as const;
  const timerNames = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;
  const run = vm.compileFunction(
    fs.readFileSync(mainPath, 'utf8'),
    [...names, ...timerNames, 'console'],
    { filename: mainPath },
  );
  run.call(
    module.exports,
    module.exports,
    bundleRequire,
    module,
    mainPath,
    path.dirname(mainPath),
    processView,
    ...timerNames.map((name) => timers[name]),
    consoleView,
  );

  return {
    electron,
    mainPath,
    errors,
    timers: () => live.size,
    dispose() {
      for (const [handle, kind] of live) {
        if (kind === 'interval') base.clearInterval(handle);
        else base.clearTimeout(handle);
      }
      live.clear();
    },
  };
}
