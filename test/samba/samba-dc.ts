/**
 * A throwaway Samba AD domain controller on 127.0.0.1 for system tests: installs Debian's samba
 * when missing, provisions LAB.TEST into a temp dir (every state, log, pid, cache and socket folder
 * redirected there), starts `samba -i` in the foreground, waits until LDAP and the KDC answer, and
 * stops it by its PID (SIGTERM, then SIGKILL) in teardown. It needs root and the standard AD ports
 * (88, 389, 445 ...), so only one runs at a time.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REALM = 'LAB.TEST';
export const DOMAIN = 'LAB';
export const BASE_DN = 'DC=lab,DC=test';
const ADMIN_PASSWORD = 'Adm1n-Regroup-2024!';

export interface SambaDc {
  dir: string;
  pid: number;
  /** Environment for client tools: KRB5_CONFIG pointing the realm at 127.0.0.1, a FILE ccache. */
  env: NodeJS.ProcessEnv;
  krb5Conf: string;
  ccache: string;
  /** Seconds spent provisioning and until LDAP + KDC answered. */
  timings: { provisionMs: number; startMs: number };
  samba(args: string[]): string;
  stop(): Promise<void>;
}

export function sambaAvailable(): { ok: boolean; reason: string } {
  if (process.platform !== 'linux')
    return { ok: false, reason: 'Samba AD test runs on Linux only' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'Samba AD DC needs root' };
  return { ok: true, reason: '' };
}

function has(file: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${file}`], { stdio: 'ignore' }).status === 0;
}

/** apt-get install of what the DC and the client side need, when missing. */
export function ensureSambaInstalled(): void {
  const provisionFiles = '/usr/share/samba/setup/ad-schema';
  if (
    has('samba') &&
    has('samba-tool') &&
    fs.existsSync(provisionFiles) &&
    has('ldapsearch') &&
    has('kinit')
  )
    return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { env, stdio: 'ignore', timeout: 300_000 });
  execFileSync(
    'apt-get',
    [
      'install',
      '-y',
      '--no-install-recommends',
      'samba',
      'samba-ad-dc',
      'samba-ad-provision',
      'winbind',
      'krb5-user',
      'ldap-utils',
      'libsasl2-modules-gssapi-mit',
    ],
    { env, stdio: 'ignore', timeout: 900_000 },
  );
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  child: ChildProcess,
  log: string,
) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) {
      throw new Error(`samba exited (${child.exitCode}) before ${what}:\n${readTail(log)}`);
    }
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`samba did not ${what} within ${timeoutMs / 1000} s:\n${readTail(log)}`);
}

function readTail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function startSambaDc(): Promise<SambaDc> {
  for (const port of [88, 389, 445]) {
    if (await portOpen(port))
      throw new Error(`port ${port} on 127.0.0.1 is in use: another DC or KDC is running`);
  }
  ensureSambaInstalled();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-samba-'));
  const conf = path.join(dir, 'etc', 'smb.conf');
  const options = [
    'interfaces=127.0.0.1',
    'bind interfaces only=yes',
    'dns forwarder=127.0.0.1',
    `log file=${dir}/log/%m.log`,
    `pid directory=${dir}/run`,
    `lock directory=${dir}/lock`,
    `state directory=${dir}/state`,
    `cache directory=${dir}/cache`,
    `private dir=${dir}/private`,
    `ncalrpc dir=${dir}/ncalrpc`,
    `winbindd socket directory=${dir}/winbindd`,
    `binddns dir=${dir}/bind-dns`,
  ];
  const t0 = Date.now();
  const provision = spawnSync(
    'samba-tool',
    [
      'domain',
      'provision',
      `--targetdir=${dir}`,
      `--realm=${REALM}`,
      `--domain=${DOMAIN}`,
      '--server-role=dc',
      '--dns-backend=SAMBA_INTERNAL',
      `--adminpass=${ADMIN_PASSWORD}`,
      ...options.map((o) => `--option=${o}`),
    ],
    { cwd: dir, encoding: 'utf8', timeout: 180_000 },
  );
  if (provision.status !== 0) {
    const out = `${provision.stdout}\n${provision.stderr}`.split('\n').slice(-20).join('\n');
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`samba-tool domain provision failed (${provision.status}):\n${out}`);
  }
  const provisionMs = Date.now() - t0;

  const krb5Conf = path.join(dir, 'krb5.conf');
  fs.writeFileSync(
    krb5Conf,
    [
      '[libdefaults]',
      `  default_realm = ${REALM}`,
      '  dns_lookup_kdc = false',
      '  dns_lookup_realm = false',
      '  rdns = false',
      '  dns_canonicalize_hostname = false',
      '[realms]',
      `  ${REALM} = {`,
      '    kdc = 127.0.0.1',
      '  }',
      '[domain_realm]',
      `  127.0.0.1 = ${REALM}`,
      '',
    ].join('\n'),
  );
  const ccache = path.join(dir, 'ccache');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KRB5_CONFIG: krb5Conf,
    KRB5CCNAME: `FILE:${ccache}`,
    LANG: 'C',
    LC_ALL: 'C',
  };

  const log = path.join(dir, 'samba.out');
  const out = fs.openSync(log, 'a');
  const t1 = Date.now();
  // `-i`: foreground, stays until stdin closes or it is signalled; its own process group.
  const child = spawn('samba', ['-i', '-s', conf], {
    cwd: dir,
    stdio: ['pipe', out, out],
    detached: true,
  });
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error('samba could not be started');

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL'); // its own process group (detached), started by us
      } catch {
        /* already gone */
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
    // Prefork workers leave with the master; make sure none keeps the ports.
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* none left */
    }
  };

  try {
    await waitFor(() => portOpen(389), 60_000, 'listen on LDAP', child, log);
    await waitFor(() => portOpen(88), 60_000, 'listen on Kerberos', child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  const startMs = Date.now() - t1;

  const samba = (args: string[]) =>
    execFileSync('samba-tool', [...args, '-s', conf], {
      encoding: 'utf8',
      timeout: 60_000,
      cwd: dir,
    });

  return {
    dir,
    pid,
    env,
    krb5Conf,
    ccache,
    timings: { provisionMs, startMs },
    samba,
    async stop() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A user and a group for a test, and what the group-insight reads need on this DC: the DC is found
 * as the OS finds it here (no DNS SRV: the KDC host of krb5.conf, 127.0.0.1), so Kerberos must know
 * `ldap/127.0.0.1` as the DC's own principal. Returns the group's SID.
 */
export function addUserAndGroup(
  dc: SambaDc,
  user: string,
  password: string,
  group: string,
): string {
  const conf = fs.readFileSync(path.join(dc.dir, 'etc', 'smb.conf'), 'utf8');
  const netbios = /^\s*netbios name\s*=\s*(\S+)/im.exec(conf)?.[1];
  if (!netbios) throw new Error('no netbios name in smb.conf');
  dc.samba(['user', 'create', user, password]);
  dc.samba(['group', 'add', group]);
  dc.samba(['spn', 'add', 'ldap/127.0.0.1', `${netbios}$`]);
  const shown = dc.samba(['group', 'show', group, '--attributes=objectSid']);
  return /objectSid:\s*(S-1-5-21-\S+)/.exec(shown)?.[1] ?? '';
}
