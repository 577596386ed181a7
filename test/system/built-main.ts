/**
 * What the tests of the BUILT main process stand on: a fresh build (scripts/build.mjs), the MIT
 * test realm with alice signed in, a scratch XDG_CONFIG_HOME (start at sign-in writes there on
 * Linux; the person's ~/.config is not touched), and every main process a test loaded disposed
 * after it. `useBuiltMain` registers its own vitest hooks; call it at the top of a test file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  loadMainWithFakeElectron,
  ROOT,
  type LoadedMain,
  type LoadMainOptions,
} from '../fakes/load-main';
import { startRealm, type Realm } from '../realm/realm';

export interface BuiltMain {
  readonly realm: Realm;
  /** The scratch folder (XDG_CONFIG_HOME), removed after the file's tests. */
  readonly tmp: string;
  /** The realm's environment with alice's keytab and the scratch XDG_CONFIG_HOME. */
  readonly env: NodeJS.ProcessEnv;
  /** dist/main/main.js (or `mainPath`) against the recording Electron fake, on Linux, with `env`. */
  load(options?: LoadMainOptions): LoadedMain;
}

export function useBuiltMain(name: string): BuiltMain {
  let realm: Realm | undefined;
  let tmp = '';
  let env: NodeJS.ProcessEnv = {};
  const loaded: LoadedMain[] = [];

  beforeAll(async () => {
    const started = Date.now();
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
    const built = Date.now();
    realm = await startRealm();
    console.log(`${name}: build ${built - started} ms, realm ${Date.now() - built} ms`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), `regroup-${name}-`));
    env = { ...realm.env, REGROUP_KEYTAB: realm.aliceKeytab, XDG_CONFIG_HOME: tmp };
    expect((await realm.kinit('alice', 'alice-pw')).exitCode).toBe(0);
  });

  afterEach(() => {
    for (const main of loaded.splice(0)) main.dispose();
  });

  afterAll(() => {
    realm?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  return {
    get realm() {
      if (!realm) throw new Error('the realm starts in beforeAll');
      return realm;
    },
    get tmp() {
      return tmp;
    },
    get env() {
      return env;
    },
    load(options = {}) {
      const main = loadMainWithFakeElectron({ env, platform: 'linux', ...options });
      loaded.push(main);
      return main;
    },
  };
}
