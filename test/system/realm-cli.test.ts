/**
 * `regroup list` and `regroup refresh --user --password-stdin` against the real MIT test KDC: once
 * in-process (runCli with the Linux service) and once as the built command run by node, in
 * English, in German (`LC_ALL`) and in the pseudo-locale (`--lang en-XA`).
 */
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppController } from '../../electron/app-state';
import { runCli, type CliContext } from '../../cli/main';
import {
  EventChannel,
  InvokeChannel,
  type OperationEvent,
  type TicketsView,
} from '../../electron/contract';
import {
  forwardAppEvents,
  registerIpcHandlers,
  type IpcMainLike,
  type SenderInfo,
} from '../../electron/ipc';
import type { KlistListing, RefreshResult } from '../../core/kerberos/types';
import { listingData, untranslatedLines } from '../../cli/pseudo-check';
import { runTool } from '../../core/process/run';
import { createUnixService } from '../../core/kerberos/unix/service';
import { startRealm, type Realm } from '../realm/realm';

let realm: Realm;
let cliDir: string;
let cli: string;
let counter = 0;

beforeAll(async () => {
  realm = await startRealm();
  cliDir = mkdtempSync(path.join(os.tmpdir(), 'regroup-cli-'));
  await build({
    entryPoints: [path.join(__dirname, '../../cli/regroup.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: path.join(cliDir, 'regroup.js'),
    define: { __REGROUP_VERSION__: '"test"' },
    logLevel: 'warning',
  });
  cli = path.join(cliDir, 'regroup.js');
});

afterAll(() => {
  realm?.stop();
  if (cliDir) rmSync(cliDir, { recursive: true, force: true });
});

function newCache(): { name: string; file: string } {
  counter += 1;
  const file = path.join(realm.dir, `cli-cc-${counter}`);
  return { name: `FILE:${file}`, file };
}

async function signIn(cache: string): Promise<void> {
  expect((await realm.kinit('alice', 'alice-pw', { cache })).exitCode).toBe(0);
  expect((await realm.kvno('HTTP/web.regroup.test', { cache })).exitCode).toBe(0);
}

function context(cache: string, stdin = ''): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => Buffer.from(stdin),
    readFile: async () => Buffer.alloc(0),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    service: () =>
      createUnixService({ kind: 'mit', env: { ...realm.env, KRB5CCNAME: cache }, keytab: null }),
    version: 'test',
    now: () => new Date(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('regroup CLI in-process with the Linux service', () => {
  it('list --json prints the cache, principal and tickets', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const ctx = context(cc.name);
    expect(await runCli(['list', '--json'], ctx)).toBe(0);
    const listing = JSON.parse(ctx.out.join('')) as {
      principal: string;
      cache: string;
      tickets: Array<{ server: string }>;
    };
    expect(listing.principal).toBe('alice@REGROUP.TEST');
    expect(listing.cache).toBe(cc.name);
    expect(listing.tickets.map((t) => t.server)).toEqual([
      'krbtgt/REGROUP.TEST@REGROUP.TEST',
      'HTTP/web.regroup.test@REGROUP.TEST',
    ]);
  });

  it('refresh --user --password-stdin: a wrong password exits 1 with the sentence and keeps the cache', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const old = readFileSync(cc.file);
    const ctx = context(cc.name, 'wrong\n');
    expect(await runCli(['refresh', '--user', '--password-stdin'], ctx)).toBe(1);
    expect(ctx.err.join('')).toContain('The password for alice@REGROUP.TEST was not accepted');
    expect(readFileSync(cc.file).equals(old)).toBe(true);
  });

  it('refresh --user without a password and without a terminal says to use --password-stdin', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const ctx = context(cc.name);
    expect(await runCli(['refresh', '--user'], ctx)).toBe(1);
    expect(ctx.err.join('')).toContain('--password-stdin');
  });

  it('refresh --user --password-stdin --json: refreshed, with the new TGT', async () => {
    const cc = newCache();
    await signIn(cc.name);
    await sleep(1100);
    const ctx = context(cc.name, 'alice-pw\n');
    expect(await runCli(['refresh', '--user', '--password-stdin', '--json'], ctx)).toBe(0);
    const result = JSON.parse(ctx.out.join('')) as {
      outcome: string;
      acquired: Array<{ server: string }>;
    };
    expect(result.outcome).toBe('refreshed');
    expect(result.acquired.map((t) => t.server).sort()).toEqual([
      'HTTP/web.regroup.test@REGROUP.TEST',
      'krbtgt/REGROUP.TEST@REGROUP.TEST',
    ]);
  });
});

describe('the built regroup command', () => {
  it('lists and refreshes through node, with the password on stdin', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const env = { ...realm.env, KRB5CCNAME: cc.name };
    const list = await runTool(process.execPath, [cli, 'list'], { env });
    expect(list.stderr).toBe('');
    expect(list.exitCode).toBe(0);
    expect(list.stdout).toContain('alice@REGROUP.TEST');
    expect(list.stdout).toContain('HTTP/web.regroup.test@REGROUP.TEST');

    const before = readFileSync(cc.file);
    await sleep(1100);
    const refresh = await runTool(
      process.execPath,
      [cli, 'refresh', '--user', '--password-stdin'],
      {
        env,
        input: 'alice-pw\n',
      },
    );
    expect(refresh.exitCode).toBe(0);
    // The headline first (not verified: it claims only the new ticket), then the new TGT.
    expect(refresh.stdout.split('\n')[0]).toBe('You have a new sign-in ticket');
    expect(refresh.stdout).toMatch(/New \(\d+\):\n {2}krbtgt\/REGROUP\.TEST@REGROUP\.TEST/);
    expect(refresh.stdout).not.toContain('alice-pw');
    expect(readFileSync(cc.file).equals(before)).toBe(false);

    const denied = await runTool(process.execPath, [cli, 'refresh', '--user', '--password-stdin'], {
      env,
      input: 'wrong\n',
    });
    expect(denied.exitCode).toBe(1);
    expect(denied.stderr).toContain('was not accepted');
  });
});

describe('the built regroup command in another language', () => {
  it('follows LC_ALL (German dates and units) and leaves no English in the pseudo-locale', async () => {
    const cc = newCache();
    await signIn(cc.name);
    // The realm's environment has LC_ALL=C: English, unless the test says otherwise.
    const env = { ...realm.env, KRB5CCNAME: cc.name };
    const json = await runTool(process.execPath, [cli, 'list', '--json'], { env });
    const listing = JSON.parse(json.stdout) as KlistListing;
    expect(listing.tickets).toHaveLength(2);

    const german = await runTool(process.execPath, [cli, 'list'], {
      env: { ...env, LC_ALL: 'de_DE.UTF-8' },
    });
    expect(german.exitCode).toBe(0);
    // The sign-in ticket first; issued on a 24-hour clock (0:09 after midnight), and the time left in German units
    // (Std., Min., T).
    expect(german.stdout).toMatch(/^Anmeldeticket: noch \d+\s(Std\.|Min\.|T)/);
    expect(german.stdout).toMatch(
      /krbtgt\/REGROUP\.TEST@REGROUP\.TEST\s+\d{1,2}:\d{2}\s+\d+\s(Std\.|Min\.|T)/,
    );

    const pseudo = await runTool(process.execPath, [cli, 'list', '--lang', 'en-XA'], { env });
    expect(pseudo.exitCode).toBe(0);
    expect(pseudo.stdout).toContain('HTTP/web.regroup.test@REGROUP.TEST');
    expect(untranslatedLines(`${pseudo.stdout}\n${pseudo.stderr}`, listingData(listing))).toEqual(
      [],
    );

    const denied = await runTool(
      process.execPath,
      [cli, 'refresh', '--user', '--password-stdin', '--lang', 'en-XA'],
      { env, input: 'wrong\n' },
    );
    expect(denied.exitCode).toBe(1);
    expect(denied.stderr.trim()).not.toBe('');
    expect(untranslatedLines(`${denied.stdout}\n${denied.stderr}`, ['alice@REGROUP.TEST'])).toEqual(
      [],
    );
  });
});

describe("the window's IPC handlers with the Linux service", () => {
  type Invoke = (event: SenderInfo, ...args: unknown[]) => Promise<unknown>;
  const sender: SenderInfo = {
    sender: { id: 1 },
    senderFrame: { url: 'app://regroup/index.html' },
  };

  /** The handlers, and the refresh results the window hears (the operation events). */
  function register(cache: string): { handlers: Map<string, Invoke>; results: RefreshResult[] } {
    const handlers = new Map<string, Invoke>();
    const results: RefreshResult[] = [];
    const app = createAppController({
      service: createUnixService({
        kind: 'mit',
        env: { ...realm.env, KRB5CCNAME: cache },
        keytab: null,
      }),
    });
    registerIpcHandlers({
      ipcMain: {
        handle: (channel: string, listener: Invoke) => void handlers.set(channel, listener),
        removeHandler: (channel: string) => void handlers.delete(channel),
      } as unknown as IpcMainLike,
      app,
      isTrustedSender: () => true,
      hideWindow: () => undefined,
      locale: 'en',
    });
    forwardAppEvents(app, (channel, payload) => {
      if (channel !== EventChannel.operation) return;
      const event = payload as OperationEvent;
      if (event.type === 'finished') results.push(event.result);
    });
    return { handlers, results };
  }

  it('lists, asks for a password, refuses a wrong one without touching the cache, and refreshes with the right one', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const { handlers, results } = register(cc.name);
    const call = (channel: string, ...args: unknown[]) => {
      const h = handlers.get(channel);
      if (!h) throw new Error(`no handler for ${channel}`);
      return h(sender, ...args);
    };
    /** Starts a refresh and answers with the result the window hears when it is over. */
    const refresh = async (channel: string, request: object): Promise<RefreshResult> => {
      const before = results.length;
      expect(await call(channel, request)).toBeUndefined();
      expect(results).toHaveLength(before + 1);
      return results[before] as RefreshResult;
    };

    const caps = (await call(InvokeChannel.getCapabilities)) as {
      userRefreshNeedsPassword: boolean;
    };
    expect(caps.userRefreshNeedsPassword).toBe(true);
    const view = (await call(InvokeChannel.listTickets)) as TicketsView;
    expect(view.listing.principal).toBe('alice@REGROUP.TEST');

    const old = readFileSync(cc.file);
    const noPassword = await refresh(InvokeChannel.refreshUser, {});
    expect(noPassword.error?.code).toBe('password-required');
    const wrong = await refresh(InvokeChannel.refreshUser, { password: 'wrong' });
    expect(wrong.error?.code).toBe('wrong-password');
    expect(readFileSync(cc.file).equals(old)).toBe(true);

    await sleep(1100);
    const right = await refresh(InvokeChannel.refreshUser, { password: 'alice-pw' });
    expect(right.outcome).toBe('refreshed');
    const tgt = right.after?.tickets.find((t) => t.isTgt);
    const oldTgt = view.listing.tickets.find((t) => t.isTgt);
    expect(Date.parse(tgt?.startTime ?? '')).toBeGreaterThan(Date.parse(oldTgt?.startTime ?? ''));

    const computer = await refresh(InvokeChannel.refreshComputer, { gpupdate: false });
    expect(computer.error?.code).toBe('no-host-keytab');
  });
});
