/**
 * Regroup's Linux helper for real: the deb's script (assets/linux/regroup-host-kinit), run as root
 * through the pkexec stand-in (test/fakes/fake-pkexec.mjs, which decides from the deb's real polkit
 * policy file), against the real MIT KDC of test/realm, with the realm's host keytab.
 *
 * The script has its paths built in (/etc/krb5.conf, /etc/krb5.keytab, /tmp/krb5cc_0,
 * /opt/Regroup/helper), and this machine's own files must not change, so each run happens in a
 * private mount namespace (`unshare -m`, as root): /etc is a copy with the test realm's krb5.conf
 * and host keytab, /opt holds the script installed as the deb installs it (root, 0755), and /tmp
 * is a test folder, so root's cache "/tmp/krb5cc_0" is a file the test can read afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElevator } from '../../core/kerberos/elevate';
import { PKEXEC } from '../../core/kerberos/elevate-unix';
import { createUnixService } from '../../core/kerberos/unix/service';
import { LINUX_HELPER, linuxHelperInstalled } from '../../core/kerberos/unix/linux-helper';
import { runTool, type RunResult } from '../../core/process/run';
import { say } from '../fakes/english';
import { startRealm, type Realm } from '../realm/realm';

const root = path.resolve(__dirname, '../..');
const SCRIPT = path.join(root, 'assets/linux/regroup-host-kinit');
const POLICY_DIR = path.join(root, 'assets/linux');
const FAKE_PKEXEC = path.join(root, 'test/fakes/fake-pkexec.mjs');

let realm: Realm;
let work: string;
let counter = 0;

beforeAll(async () => {
  realm = await startRealm();
  work = mkdtempSync(path.join(os.tmpdir(), 'regroup-helper-'));
});

afterAll(() => {
  realm?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Sets up the private namespace, then runs `$@` in it. */
const SANDBOX = String.raw`
set -eu
mount --make-rprivate /
cp -a /etc/. "$SANDBOX/etc/"
cp "$REALM_CONF" "$SANDBOX/etc/krb5.conf"
install -m 0600 "$REALM_KEYTAB" "$SANDBOX/etc/krb5.keytab"
mount --bind "$SANDBOX/etc" /etc
mount -t tmpfs -o mode=0755 tmpfs /opt
install -d -m 0755 -o root -g root /opt/Regroup /opt/Regroup/helper
install -m 0755 -o root -g root "$SCRIPT" /opt/Regroup/helper/regroup-host-kinit
chmod 1777 "$SANDBOX/tmp"
# A checkout (or Node) under /tmp stays visible at its own path in the new /tmp.
for keep in $KEEP; do
  case "$keep" in /tmp/*)
    inside="$SANDBOX/tmp/$(realpath -m --relative-to=/tmp "$keep")"
    mkdir -p "$inside"
    mount --bind "$keep" "$inside" ;;
  esac
done
mount --rbind "$SANDBOX/tmp" /tmp
set +e
"$@"
`;

interface Sandbox {
  dir: string;
  /** Root's cache as the test sees it ("/tmp/krb5cc_0" inside). */
  cache: string;
  run(args: string[], env?: NodeJS.ProcessEnv): Promise<RunResult>;
}

function sandbox(): Sandbox {
  counter += 1;
  const dir = path.join(work, `s${counter}`);
  execFileSync('mkdir', ['-p', path.join(dir, 'etc'), path.join(dir, 'tmp')]);
  const env = {
    PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
    SANDBOX: dir,
    REALM_CONF: String(realm.env.KRB5_CONFIG),
    REALM_KEYTAB: realm.hostKeytab,
    SCRIPT,
    // What the sandbox's programs read from outside it (this checkout, Node): kept in sight when
    // they live under /tmp, which the sandbox replaces (a CI clone may sit there).
    KEEP: [root, path.dirname(process.execPath)].join(' '),
    FAKE_PKEXEC_ACTIONS: POLICY_DIR,
    // Inside, /tmp is <dir>/tmp.
    FAKE_PKEXEC_LOG: '/tmp/pkexec.log',
  };
  return {
    dir,
    cache: path.join(dir, 'tmp', 'krb5cc_0'),
    run: (args, extra = {}) =>
      runTool('unshare', ['-m', 'bash', '-c', SANDBOX, 'sandbox', ...args], {
        env: { ...env, ...extra },
      }),
  };
}

const pkexec = (box: Sandbox, args: string[], env: NodeJS.ProcessEnv = {}) =>
  box.run([process.execPath, FAKE_PKEXEC, ...args], env);

const klistOf = (box: Sandbox) =>
  runTool('klist', ['-c', `FILE:${box.cache}`], { env: { ...realm.env } });

describe('the deb helper script, as root, through pkexec and the deb policy', () => {
  it('an active session runs it without a password: the host gets a TGT in root cache, 0600', async () => {
    const box = sandbox();
    const ran = await pkexec(box, ['--disable-internal-agent', LINUX_HELPER], {
      FAKE_PKEXEC_SESSION: 'active',
    });
    expect(ran.stderr).toBe('');
    expect(ran.exitCode).toBe(0);
    const log = readFileSync(path.join(box.dir, 'tmp', 'pkexec.log'), 'utf8');
    expect(JSON.parse(log.trim())).toMatchObject({ decision: 'yes', asked: false });
    const klist = await klistOf(box);
    expect(klist.stdout).toContain(`Default principal: ${realm.hostPrincipal}@REGROUP.TEST`);
    expect(klist.stdout).toContain('krbtgt/REGROUP.TEST@REGROUP.TEST');
    const info = statSync(box.cache);
    expect(info.uid).toBe(0);
    expect(info.mode & 0o777).toBe(0o600);
  });

  it('an inactive session needs an administrator: a dismissed dialog is 126 and nothing runs', async () => {
    const box = sandbox();
    const ran = await pkexec(box, ['--disable-internal-agent', LINUX_HELPER], {
      FAKE_PKEXEC_SESSION: 'inactive',
      FAKE_PKEXEC_ANSWER: 'decline',
    });
    expect(ran.exitCode).toBe(126);
    expect(ran.stderr).toContain('Request dismissed');
    expect((await klistOf(box)).exitCode).not.toBe(0);
  });

  it('pkexec refuses every other command line (127), e.g. kinit with a keytab of the caller', async () => {
    const box = sandbox();
    const ran = await pkexec(box, [
      '--disable-internal-agent',
      '/usr/bin/kinit',
      '-k',
      '-t',
      '/home/mallory/evil.keytab',
    ]);
    expect(ran.exitCode).toBe(127);
    expect(ran.stderr).toContain('Not authorized');
    expect(readFileSync(path.join(box.dir, 'tmp', 'pkexec.log'), 'utf8')).toContain(
      '"violation":true',
    );
  });

  it('the script takes no arguments, ignores KRB5_CONFIG/KRB5CCNAME, and refuses non-root', async () => {
    const box = sandbox();
    const withArgs = await box.run([LINUX_HELPER, '-c', 'FILE:/tmp/evil']);
    expect(withArgs.exitCode).toBe(64);
    // Run as root straight from a caller's environment: kinit still uses /etc and /tmp/krb5cc_0.
    const env = await box.run([LINUX_HELPER], {
      KRB5_CONFIG: '/nonexistent.conf',
      KRB5CCNAME: 'FILE:/tmp/evil',
      KRB5_KTNAME: '/nonexistent.keytab',
    });
    expect(env.exitCode).toBe(0);
    expect((await klistOf(box)).stdout).toContain(realm.hostPrincipal);
    expect(() => statSync(path.join(box.dir, 'tmp', 'evil'))).toThrow();
    const nobody = await box.run([
      'setpriv',
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      LINUX_HELPER,
    ]);
    expect(nobody.exitCode).toBe(77);
  });

  it('does not write through a link another user placed at /tmp/krb5cc_0', async () => {
    const box = sandbox();
    const ran = await box.run([
      'sh',
      '-c',
      `ln -s /tmp/target /tmp/krb5cc_0 && pkexec_out=$("$0" "$1" --disable-internal-agent ${LINUX_HELPER} 2>&1); echo "$?|$pkexec_out"; test ! -e /tmp/target && echo untouched`,
      process.execPath,
      FAKE_PKEXEC,
    ]);
    expect(ran.stdout).toMatch(/^73\|regroup-host-kinit: \/tmp\/krb5cc_0 is not a root-owned/);
    expect(ran.stdout).toContain('untouched');
  });
});

describe('Regroup refresh --computer through the helper route', () => {
  it('capabilities say helper; the refresh runs pkexec with the fixed line and lists the new TGT', async () => {
    const box = sandbox();
    const calls: Array<{ file: string; args: readonly string[] }> = [];
    const elevate = createElevator({
      platform: 'linux',
      isRoot: () => false,
      // The stand-in pkexec is not a root-owned file in /usr/bin; the real one is checked so.
      isSystemFile: async (file) => file === PKEXEC,
      run: async (file, args) => {
        calls.push({ file, args });
        return pkexec(box, [...args]);
      },
    });
    const svc = createUnixService({
      kind: 'mit',
      platform: 'linux',
      env: { ...realm.env, KRB5CCNAME: `FILE:${path.join(box.dir, 'user-cc')}` },
      hostKeytab: realm.hostKeytab,
      systemCache: `FILE:${box.cache}`,
      isRoot: () => false,
      helperInstalled: () =>
        linuxHelperInstalled({
          script: SCRIPT,
          policy: path.join(POLICY_DIR, 'com.regroup.app.host-kinit.policy'),
          // The worktree is not root's alone; the deb's files are (packaging-offline.test.ts).
          isSystemFile: async () => true,
        }),
      elevate,
    });
    expect((await svc.capabilities()).computerRefresh).toEqual({
      available: true,
      reason: null,
      how: 'helper',
    });
    const result = await svc.refresh('computer');
    expect(calls).toEqual([
      { file: '/usr/bin/pkexec', args: ['--disable-internal-agent', LINUX_HELPER] },
    ]);
    expect(result.outcome).toBe('refreshed');
    expect(result.after?.principal).toBe(`${realm.hostPrincipal}@REGROUP.TEST`);
    expect(result.acquired.some((t) => t.isTgt)).toBe(true);
  });

  it('a kinit failure behind the helper reaches the person as one sentence (KDC stopped)', async () => {
    const box = sandbox();
    const elevate = createElevator({
      platform: 'linux',
      isRoot: () => false,
      isSystemFile: async (file) => file === PKEXEC,
      run: async (_file, args) => pkexec(box, [...args]),
    });
    const svc = createUnixService({
      kind: 'mit',
      platform: 'linux',
      env: { ...realm.env },
      hostKeytab: realm.hostKeytab,
      systemCache: `FILE:${box.cache}`,
      isRoot: () => false,
      helperInstalled: async () => true,
      elevate,
    });
    realm.stopKdc();
    try {
      const result = await svc.refresh('computer');
      expect(result.outcome).toBe('offline');
      expect(result.error?.code).toBe('kdc-unreachable');
      expect(say(result.message)).toMatch(/^No domain controller \(KDC\)/);
    } finally {
      await realm.restartKdc();
    }
  });
});
