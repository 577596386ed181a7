/**
 * A throwaway MIT Kerberos realm (REGROUP.TEST on 127.0.0.1, a free port) for system tests.
 * `startRealm()` runs `realm.sh start` (which apt-get installs the MIT tools when they are missing),
 * and `stop()` ends the KDC by its PID. A process-exit hook stops every realm still running, so a
 * failing or interrupted test run leaves no KDC behind.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTool, type RunResult } from '../../core/process/run';

export const REALM_SCRIPT = path.join(__dirname, 'realm.sh');

export interface StartRealmOptions {
  /** Folder for the realm (created); a new temp folder by default, removed by `stop()`. */
  dir?: string;
  /** Keep the folder after `stop()` (for debugging). */
  keep?: boolean;
  /** Run the KDC with its clock this far off (a libfaketime offset: `+10m`, `-3m`). */
  kdcClock?: string;
}

export interface Realm {
  realm: string;
  dir: string;
  port: number;
  pid: number;
  /** host/<name>.regroup.test, whose key is in `hostKeytab`. */
  hostPrincipal: string;
  hostKeytab: string;
  /** A keytab for alice (her password keeps working). */
  aliceKeytab: string;
  /** KRB5_CONFIG, KRB5_KDC_PROFILE, KRB5CCNAME (FILE:<dir>/ccache), LC_ALL=C, on top of process.env. */
  env: NodeJS.ProcessEnv;
  /** The default FILE cache of `env`. */
  ccacheFile: string;
  /** Users created by the script: password is `<name>-pw`. */
  users: readonly string[];
  addPrincipal(name: string, password?: string): Promise<void>;
  kinit(
    user: string,
    password: string,
    opts?: { cache?: string; lifetime?: string; kinit?: string },
  ): Promise<RunResult>;
  kvno(service: string, opts?: { cache?: string }): Promise<RunResult>;
  klist(args?: string[], opts?: { cache?: string }): Promise<RunResult>;
  /** Stops the KDC (SIGTERM, then SIGKILL) by its PID; idempotent. */
  stopKdc(): void;
  /** Starts the KDC again on the same port (after `stopKdc`). */
  restartKdc(): Promise<void>;
  /** Stops the KDC and removes the folder. */
  stop(): void;
}

const running = new Set<Realm>();
let hooked = false;

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  const stopAll = (): void => {
    for (const realm of running) realm.stopKdc();
  };
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopAll();
      process.kill(process.pid, signal);
    });
  }
}

function sbin(tool: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
  return found || `/usr/sbin/${tool}`;
}

interface RealmJson {
  realm: string;
  dir: string;
  port: number;
  pid: number;
  hostPrincipal: string;
}

export async function startRealm(options: StartRealmOptions = {}): Promise<Realm> {
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'regroup-realm-'));
  const scriptEnv = options.kdcClock
    ? { ...process.env, REGROUP_TEST_KDC_CLOCK: options.kdcClock }
    : process.env;
  const started = spawnSync('bash', [REALM_SCRIPT, 'start', dir], {
    encoding: 'utf8',
    env: scriptEnv,
  });
  if (started.status !== 0) {
    throw new Error(`realm.sh start failed (${started.status}): ${started.stderr}`);
  }
  const info = JSON.parse(readFileSync(path.join(dir, 'realm.json'), 'utf8')) as RealmJson;
  const ccacheFile = path.join(dir, 'ccache');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KRB5_CONFIG: path.join(dir, 'krb5.conf'),
    KRB5_KDC_PROFILE: path.join(dir, 'kdc.conf'),
    KRB5CCNAME: `FILE:${ccacheFile}`,
    LC_ALL: 'C',
  };
  let pid: number | null = info.pid;

  const withCache = (cache?: string): NodeJS.ProcessEnv =>
    cache ? { ...env, KRB5CCNAME: cache } : env;

  const realm: Realm = {
    realm: info.realm,
    dir,
    port: info.port,
    pid: info.pid,
    hostPrincipal: info.hostPrincipal,
    hostKeytab: path.join(dir, 'host.keytab'),
    aliceKeytab: path.join(dir, 'alice.keytab'),
    env,
    ccacheFile,
    users: ['alice', 'bob', 'demo'],
    async addPrincipal(name, password) {
      const query = password ? `addprinc -pw ${password} ${name}` : `addprinc -randkey ${name}`;
      const r = await runTool(sbin('kadmin.local'), ['-r', info.realm, '-q', query], { env });
      if (r.exitCode !== 0 || /error|fail/i.test(r.stderr)) {
        throw new Error(`kadmin.local ${query}: ${r.stderr}`);
      }
    },
    kinit(user, password, opts = {}) {
      const args = [...(opts.lifetime ? ['-l', opts.lifetime] : []), user];
      return runTool(opts.kinit ?? 'kinit', args, {
        env: withCache(opts.cache),
        input: `${password}\n`,
      });
    },
    kvno(service, opts = {}) {
      return runTool('kvno', [service], { env: withCache(opts.cache) });
    },
    klist(args = [], opts = {}) {
      return runTool('klist', args, { env: withCache(opts.cache) });
    },
    stopKdc() {
      if (pid === null) return;
      try {
        execFileSync('bash', [REALM_SCRIPT, 'stop', dir], { stdio: 'ignore' });
      } catch {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
      pid = null;
    },
    async restartKdc() {
      const again = spawnSync('bash', [REALM_SCRIPT, 'restart', dir], {
        encoding: 'utf8',
        env: scriptEnv,
      });
      if (again.status !== 0) throw new Error(`realm.sh restart failed: ${again.stderr}`);
      pid = (JSON.parse(readFileSync(path.join(dir, 'realm.json'), 'utf8')) as RealmJson).pid;
      running.add(realm);
    },
    stop() {
      realm.stopKdc();
      running.delete(realm);
      if (!options.keep) rmSync(dir, { recursive: true, force: true });
    },
  };
  running.add(realm);
  hookExit();
  return realm;
}
