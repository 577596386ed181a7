/**
 * The first sign-in on Linux and macOS: no ticket cache yet, so "Refresh my groups" and
 * `regroup refresh --user` sign the person in as `$USER@<default realm>` with the password on
 * kinit's standard input. Against the real MIT KDC (test/realm/realm.sh) with the real MIT tools
 * and with Heimdal's (test/realm/heimdal.sh): the right password, a wrong one, an account the KDC
 * does not know, a stopped KDC and a krb5.conf without a default realm. Every failure must leave
 * no cache behind; the CLI is run in-process (with a stand-in for the terminal prompt), as the
 * built command, and the window's IPC handlers are driven as the window drives them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliContext } from '../../cli/main';
import { createAppController } from '../../electron/app-state';
import { EventChannel, InvokeChannel, type OperationEvent } from '../../electron/contract';
import {
  forwardAppEvents,
  registerIpcHandlers,
  type IpcMainLike,
  type SenderInfo,
} from '../../electron/ipc';
import { createUnixService, type UnixServiceOptions } from '../../core/kerberos/unix/service';
import type { KerberosService } from '../../core/kerberos/service';
import type { RefreshResult } from '../../core/kerberos/types';
import { runTool } from '../../core/process/run';
import { say } from '../fakes/english';
import { prepareHeimdal, type HeimdalTools } from '../realm/heimdal';
import { startRealm, type Realm } from '../realm/realm';

let realm: Realm;
let heimdal: HeimdalTools;
let cliDir: string;
let cli: string;
let counter = 0;

beforeAll(async () => {
  heimdal = prepareHeimdal();
  realm = await startRealm();
  cliDir = mkdtempSync(path.join(os.tmpdir(), 'regroup-signin-'));
  cli = path.join(cliDir, 'regroup.js');
  await build({
    entryPoints: [path.join(__dirname, '../../cli/regroup.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: cli,
    define: { __REGROUP_VERSION__: '"test"' },
    logLevel: 'warning',
  });
});

afterAll(() => {
  realm?.stop();
  if (cliDir) rmSync(cliDir, { recursive: true, force: true });
});

/** A cache that does not exist yet. */
function noCache(): { name: string; file: string } {
  counter += 1;
  const file = path.join(realm.dir, `signin-${counter}`);
  return { name: `FILE:${file}`, file };
}

type Family = 'mit' | 'heimdal';

function service(family: Family, cache: string, extra: UnixServiceOptions = {}): KerberosService {
  const tools =
    family === 'heimdal'
      ? {
          klist: heimdal.klist,
          kinit: heimdal.kinit,
          kdestroy: heimdal.kdestroy,
          getServiceTicket: heimdal.kgetcred,
        }
      : {};
  return createUnixService({
    kind: family,
    platform: family === 'heimdal' ? 'darwin' : 'linux',
    tools,
    env: { ...realm.env, KRB5CCNAME: cache },
    keytab: null,
    hostKeytab: path.join(realm.dir, 'no-such.keytab'),
    userName: 'alice',
    ...extra,
  });
}

describe.each(['mit', 'heimdal'] as const)('no ticket cache, %s tools', (family) => {
  it('offers alice@REGROUP.TEST, asks for her password, and signs her in', async () => {
    const cc = noCache();
    const svc = service(family, cc.name);
    const offer = await svc.signInOffer?.();
    expect(offer?.principal).toBe('alice@REGROUP.TEST');
    expect(say(offer?.message ?? { id: 'cli.unexpected' })).toBe(
      'You are not signed in to Kerberos yet (there is no ticket cache). Regroup signs you in as alice@REGROUP.TEST; if that is not your account, sign in with kinit your.name@YOUR.REALM instead.',
    );

    const asked = await svc.refresh('user', {});
    expect(asked.error?.code).toBe('password-required');
    expect(say(asked.message)).toBe(
      'You are not signed in to Kerberos yet. Enter the password of alice@REGROUP.TEST to sign in and get a ticket with your current groups.',
    );
    expect(existsSync(cc.file)).toBe(false);

    const done = await svc.refresh('user', { password: 'alice-pw' });
    expect(done.outcome).toBe('refreshed');
    expect(say(done.message)).toBe(
      'Signed in: alice@REGROUP.TEST has a ticket with your current groups.',
    );
    expect(done.acquired.map((t) => t.server)).toEqual(['krbtgt/REGROUP.TEST@REGROUP.TEST']);
    // The cache is there now, klist (not Regroup's parser) shows alice's TGT, and no offer is left.
    const klist = await runTool(family === 'mit' ? 'klist' : heimdal.klist, [], {
      env: { ...realm.env, KRB5CCNAME: cc.name },
    });
    // MIT: "Default principal: ..."; Heimdal: "Principal: ...".
    expect(klist.stdout).toMatch(/rincipal: alice@REGROUP\.TEST$/m);
    expect(klist.stdout).toContain('krbtgt/REGROUP.TEST@REGROUP.TEST');
    await expect(svc.signInOffer?.()).resolves.toBeNull();
  });

  it('a wrong password: one sentence with the next step, and no cache is created', async () => {
    const cc = noCache();
    const wrong = await service(family, cc.name).refresh('user', { password: 'nope' });
    expect(wrong.outcome).toBe('failed');
    expect(wrong.error?.code).toBe('wrong-password');
    expect(say(wrong.message)).toMatch(
      /^The password for alice@REGROUP\.TEST was not accepted.*Check the password \(and Caps Lock\) and try again\.$/,
    );
    expect(wrong.error?.detail).toMatch(/Password incorrect[\s\S]*\(KRB5KDC_ERR_PREAUTH_FAILED\)$/);
    expect(wrong.error?.detail).not.toContain('nope');
    expect(existsSync(cc.file)).toBe(false);
  });

  it('an account the KDC does not know: says so, no cache', async () => {
    const cc = noCache();
    const svc = service(family, cc.name, { userName: 'mallory' });
    expect((await svc.signInOffer?.())?.principal).toBe('mallory@REGROUP.TEST');
    const unknown = await svc.refresh('user', { password: 'x' });
    expect(unknown.error?.code).toBe('kdc-error');
    expect(say(unknown.message)).toMatch(/^The domain does not know mallory@REGROUP\.TEST\./);
    expect(unknown.error?.detail).toMatch(/\(KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN\)$/);
    expect(existsSync(cc.file)).toBe(false);
  });

  it('a stopped KDC: offline, with the VPN as the next step, no cache', async () => {
    const cc = noCache();
    realm.stopKdc();
    try {
      const offline = await service(family, cc.name).refresh('user', { password: 'alice-pw' });
      expect(offline.outcome).toBe('offline');
      expect(offline.error?.code).toBe('kdc-unreachable');
      expect(say(offline.message)).toMatch(/No domain controller \(KDC\).*VPN and try again\.$/);
      expect(offline.error?.detail).toMatch(/\(KRB5_KDC_UNREACH\)$/);
      expect(existsSync(cc.file)).toBe(false);
    } finally {
      await realm.restartKdc();
    }
  });

  it('no default realm in krb5.conf: nobody is offered, the refresh says how to sign in', async () => {
    const cc = noCache();
    const conf = path.join(realm.dir, `no-default-${family}.conf`);
    const text = readFileSync(String(realm.env.KRB5_CONFIG), 'utf8');
    writeFileSync(conf, text.replace(/^\s*default_realm\s*=.*$/m, ''));
    const svc = service(family, cc.name, {
      env: { ...realm.env, KRB5_CONFIG: conf, KRB5CCNAME: cc.name },
    });
    const offer = await svc.signInOffer?.();
    expect(offer?.principal).toBeNull();
    const result = await svc.refresh('user', { password: 'alice-pw' });
    expect(result.error?.code).toBe('no-credentials');
    expect(say(result.message)).toMatch(
      /no default realm.*Sign in with kinit your\.name@YOUR\.REALM/,
    );
    expect(existsSync(cc.file)).toBe(false);
  });
});

function context(
  cache: string,
  answer: string | null,
): CliContext & { out: string[]; err: string[]; asked: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  return {
    out,
    err,
    asked,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => Buffer.alloc(0),
    readFile: async () => Buffer.alloc(0),
    promptPassword: async (question) => {
      asked.push(question);
      return answer === null ? { kind: 'cancelled' } : { kind: 'password', value: answer };
    },
    service: () => service('mit', cache),
    version: 'test',
    now: () => new Date(),
  };
}

describe('regroup refresh --user with no cache (MIT)', () => {
  it('on a terminal: says whom it signs in, asks for that password, signs in', async () => {
    const cc = noCache();
    const ctx = context(cc.name, 'alice-pw');
    expect(await runCli(['refresh', '--user'], ctx)).toBe(0);
    expect(ctx.asked).toEqual(['Password for alice@REGROUP.TEST: ']);
    // One sentence, wrapped to the terminal's 80 columns.
    expect(ctx.err.join('').replace(/\s+/g, ' ')).toContain(
      'Regroup signs you in as alice@REGROUP.TEST; if that is not your account',
    );
    expect(ctx.out.join('')).toMatch(/^You have a new sign-in ticket/);
    expect(existsSync(cc.file)).toBe(true);
  });

  it('Ctrl+C at the prompt: nothing is created', async () => {
    const cc = noCache();
    const ctx = context(cc.name, null);
    expect(await runCli(['refresh', '--user'], ctx)).toBe(1);
    expect(ctx.err.join('')).toContain('Cancelled: nothing was changed.');
    expect(existsSync(cc.file)).toBe(false);
  });

  it('the built command with --password-stdin: right, then wrong password, never in argv or output', async () => {
    const cc = noCache();
    const env = { ...realm.env, KRB5CCNAME: cc.name, USER: 'alice' };
    const wrong = await runTool(process.execPath, [cli, 'refresh', '--user', '--password-stdin'], {
      env,
      input: 'wrong-one\n',
    });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stdout).toBe('');
    // One sentence with the next step (wrapped at 80 columns), and nothing else.
    expect(wrong.stderr.trim().replace(/\s+/g, ' ')).toBe(
      'The password for alice@REGROUP.TEST was not accepted, so your tickets were left as they are. Check the password (and Caps Lock) and try again.',
    );
    expect(existsSync(cc.file)).toBe(false);

    const right = await runTool(
      process.execPath,
      [cli, 'refresh', '--user', '--password-stdin', '--json'],
      { env, input: 'alice-pw\n' },
    );
    expect(right.exitCode).toBe(0);
    const result = JSON.parse(right.stdout) as RefreshResult & { message: string };
    expect(result.outcome).toBe('refreshed');
    expect(result.message).toBe(
      'Signed in: alice@REGROUP.TEST has a ticket with your current groups.',
    );
    expect(right.stdout + right.stderr).not.toContain('alice-pw');
  });
});

describe("the window's IPC handlers with no cache (MIT)", () => {
  const sender: SenderInfo = {
    sender: { id: 1 },
    senderFrame: { url: 'app://regroup/index.html' },
  };
  type Invoke = (event: SenderInfo, ...args: unknown[]) => Promise<unknown>;

  it('asks for the password, refuses a wrong one without creating a cache, signs in with the right one', async () => {
    const cc = noCache();
    const handlers = new Map<string, Invoke>();
    const results: RefreshResult[] = [];
    const app = createAppController({ service: service('mit', cc.name) });
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
      const event = payload as OperationEvent;
      if (channel === EventChannel.operation && event.type === 'finished')
        results.push(event.result);
    });
    const refresh = async (request: object): Promise<RefreshResult> => {
      const before = results.length;
      await handlers.get(InvokeChannel.refreshUser)?.(sender, request);
      expect(results).toHaveLength(before + 1);
      return results[before] as RefreshResult;
    };

    const asked = await refresh({});
    // The window turns password-required into its password field, showing this sentence.
    expect(asked.error?.code).toBe('password-required');
    expect(asked.message.id).toBe('unix.signIn.passwordRequired');
    const wrong = await refresh({ password: 'wrong' });
    expect(wrong.error?.code).toBe('wrong-password');
    expect(existsSync(cc.file)).toBe(false);
    const right = await refresh({ password: 'alice-pw' });
    expect(right.outcome).toBe('refreshed');
    expect(right.message.id).toBe('unix.signIn.done');
    expect(existsSync(cc.file)).toBe(true);
  });
});
