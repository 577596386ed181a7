/**
 * Regroup's Linux service against a real MIT KDC (test/realm/realm.sh) and the real MIT tools:
 * listing, "Refresh my groups" with the right and wrong password, a stopped KDC, an expired ticket,
 * a missing cache, a keytab, a cache collection, and "Refresh computer groups" from a host keytab.
 * The user's cache file is compared byte for byte wherever a refresh must not touch it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElevator, type Elevate } from '../../core/kerberos/elevate';
import { runTool } from '../../core/process/run';
import { createUnixService, type UnixServiceOptions } from '../../core/kerberos/unix/service';
import type { KlistListing, Ticket } from '../../core/kerberos/types';
import { msg } from '../../core/i18n/message';
import { say } from '../fakes/english';
import { startRealm, type Realm } from '../realm/realm';

let realm: Realm;
let startupMs = 0;
let counter = 0;

beforeAll(async () => {
  const t0 = Date.now();
  realm = await startRealm();
  startupMs = Date.now() - t0;
  console.log(`MIT test realm ${realm.realm} up on 127.0.0.1:${realm.port} in ${startupMs} ms`);
});

afterAll(() => {
  realm?.stop();
});

/** A fresh FILE cache name for one test. */
function newCache(): { name: string; file: string } {
  counter += 1;
  const file = path.join(realm.dir, `cc-${counter}`);
  return { name: `FILE:${file}`, file };
}

function service(cache: string, extra: UnixServiceOptions = {}) {
  return createUnixService({
    kind: 'mit',
    env: { ...realm.env, KRB5CCNAME: cache },
    keytab: null,
    hostKeytab: path.join(realm.dir, 'no-such.keytab'),
    ...extra,
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function signIn(
  cache: string,
  user = 'alice',
  services = ['HTTP/web.regroup.test', 'cifs/fs1.regroup.test'],
) {
  const got = await realm.kinit(user, `${user}-pw`, { cache });
  expect(got.exitCode).toBe(0);
  for (const s of services) expect((await realm.kvno(s, { cache })).exitCode).toBe(0);
}

/** What plain `klist` prints, read with a regex of its own (not the parser under test). */
async function klistLines(
  cache: string,
): Promise<Array<{ start: string; end: string; server: string }>> {
  const r = await realm.klist([], { cache });
  expect(r.exitCode).toBe(0);
  return [
    ...r.stdout.matchAll(
      /^(\d\d\/\d\d\/\d\d \d\d:\d\d:\d\d)\s+(\d\d\/\d\d\/\d\d \d\d:\d\d:\d\d)\s+(\S+)$/gm,
    ),
  ].map((m) => ({ start: m[1] ?? '', end: m[2] ?? '', server: m[3] ?? '' }));
}

/** An ISO time as MIT klist prints it in the C locale (local time). */
function asKlist(iso: string | null): string {
  const d = new Date(iso ?? '');
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getMonth() + 1)}/${p(d.getDate())}/${p(d.getFullYear() % 100)} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

const tgtOf = (l: KlistListing): Ticket | undefined => l.tickets.find((t) => t.isTgt);
const servicesOf = (tickets: Ticket[]) =>
  tickets
    .filter((t) => !t.isTgt)
    .map((t) => t.server)
    .sort();
const leftovers = () => readdirSync(realm.dir).filter((f) => f.startsWith('.regroup-'));

describe('list', () => {
  it('shows what klist shows after kinit and after fetching service tickets', async () => {
    const cc = newCache();
    await realm.kinit('alice', 'alice-pw', { cache: cc.name });
    const svc = service(cc.name);
    const first = await svc.list();
    expect(first.error).toBeNull();
    expect(first.tickets.map((t) => t.server)).toEqual(['krbtgt/REGROUP.TEST@REGROUP.TEST']);

    for (const s of ['HTTP/web.regroup.test', 'cifs/fs1.regroup.test'])
      await realm.kvno(s, { cache: cc.name });
    const listing = await svc.list();
    const shown = await klistLines(cc.name);
    expect(listing.error).toBeNull();
    expect(listing.cache).toBe(cc.name);
    expect(listing.principal).toBe('alice@REGROUP.TEST');
    expect(listing.caches).toEqual([
      { cache: cc.name, principal: 'alice@REGROUP.TEST', isDefault: true },
    ]);
    expect(listing.tickets.map((t) => t.server)).toEqual(shown.map((s) => s.server));
    expect(listing.tickets.map((t) => asKlist(t.startTime))).toEqual(shown.map((s) => s.start));
    expect(listing.tickets.map((t) => asKlist(t.endTime))).toEqual(shown.map((s) => s.end));
    expect(listing.tickets.every((t) => t.client === 'alice@REGROUP.TEST')).toBe(true);
    expect(listing.tickets[0]?.encryptionType).toBe('aes256-cts-hmac-sha1-96');
    expect(listing.tickets[0]?.flags).toEqual(
      expect.arrayContaining(['forwardable', 'renewable', 'initial']),
    );
  });

  it('lists every cache of a collection and marks the default one', async () => {
    const dir = path.join(realm.dir, `coll-${++counter}`);
    const collection = `DIR:${dir}`;
    await runTool('mkdir', ['-p', dir]);
    await realm.kinit('alice', 'alice-pw', { cache: collection });
    await realm.kinit('bob', 'bob-pw', { cache: collection }); // a second cache; bob becomes primary
    const listing = await service(collection).list();
    expect(listing.error).toBeNull();
    expect(listing.caches?.map((c) => c.principal).sort()).toEqual([
      'alice@REGROUP.TEST',
      'bob@REGROUP.TEST',
    ]);
    const def = listing.caches?.filter((c) => c.isDefault) ?? [];
    expect(def).toHaveLength(1);
    expect(def[0]?.principal).toBe('bob@REGROUP.TEST');
    expect(listing.principal).toBe('bob@REGROUP.TEST');
    const shown = await realm.klist([], { cache: collection });
    expect(shown.stdout).toContain(`Ticket cache: ${listing.cache}`);
  });

  it('says clearly that there are no tickets when the cache does not exist', async () => {
    const cc = newCache();
    const listing = await service(cc.name).list();
    expect(listing.error?.code).toBe('no-credentials');
    expect(say(listing.error?.message)).toMatch(/no Kerberos tickets.*kinit/);
    expect(listing.tickets).toEqual([]);
  });
});

describe('refresh my groups', () => {
  it('with the right password: a new TGT for the same principal, the same services, the cache replaced', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const referral = await runTool('kvno', ['-S', 'ldap', '127.0.0.1'], {
      env: { ...realm.env, KRB5CCNAME: cc.name },
    });
    expect(referral.stdout).toContain('ldap/127.0.0.1@');
    const svc = service(cc.name);
    const before = await svc.list();
    const oldBytes = readFileSync(cc.file);
    await sleep(1100); // klist shows whole seconds

    const result = await svc.refresh('user', { password: 'alice-pw' });
    expect(result.error).toBeNull();
    expect(result.outcome).toBe('refreshed');
    expect(result.ok).toBe(true);
    expect(say(result.message)).toContain('alice@REGROUP.TEST has a new ticket');
    expect(result.failed).toEqual([]);
    // What a new TGT on Linux reaches (not the Windows sentences).
    const caveats = result.caveats.map((c) => c.id);
    expect(caveats.length).toBeGreaterThan(0);
    expect(caveats.every((id) => id.startsWith('krb.caveat.unix.user.'))).toBe(true);
    expect(result.removed.map((t) => t.server).sort()).toEqual(
      before.tickets.map((t) => t.server).sort(),
    );

    const after = await svc.list();
    expect(after.principal).toBe('alice@REGROUP.TEST');
    expect(after.cache).toBe(cc.name);
    expect(Date.parse(tgtOf(after)?.startTime ?? '')).toBeGreaterThan(
      Date.parse(tgtOf(before)?.startTime ?? ''),
    );
    expect(servicesOf(after.tickets)).toEqual(servicesOf(before.tickets));
    expect(servicesOf(after.tickets)).toContain('ldap/127.0.0.1@REGROUP.TEST');
    expect(result.acquired.map((t) => t.server).sort()).toEqual(
      after.tickets.map((t) => t.server).sort(),
    );
    expect(readFileSync(cc.file).equals(oldBytes)).toBe(false);
    expect(leftovers()).toEqual([]);
    // klist itself agrees
    const shown = await klistLines(cc.name);
    expect(shown.find((s) => s.server.startsWith('krbtgt/'))?.start).toBe(
      asKlist(tgtOf(after)?.startTime ?? null),
    );
  });

  it('with a wrong password: a clear message, and the cache file is untouched', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const oldBytes = readFileSync(cc.file);
    const result = await service(cc.name).refresh('user', { password: 'not-the-password' });
    expect(result.outcome).toBe('failed');
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('wrong-password');
    expect(say(result.message)).toBe(
      'The password for alice@REGROUP.TEST was not accepted, so your tickets were left as they are. ' +
        'Check the password (and Caps Lock) and try again.',
    );
    expect(result.error?.detail).toContain('Password incorrect');
    expect(result.error?.detail).not.toContain('not-the-password');
    expect(result.caveats.map((c) => c.id)).toEqual(['krb.caveat.user.nothingRemoved']);
    expect(readFileSync(cc.file).equals(oldBytes)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('with the KDC stopped: says no KDC answered, and the cache file is untouched', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const oldBytes = readFileSync(cc.file);
    realm.stopKdc();
    try {
      const result = await service(cc.name).refresh('user', { password: 'alice-pw' });
      expect(result.outcome).toBe('offline');
      expect(result.error?.code).toBe('kdc-unreachable');
      expect(say(result.message)).toMatch(/No domain controller \(KDC\).*left as they are.*VPN/);
      expect(readFileSync(cc.file).equals(oldBytes)).toBe(true);
      expect(leftovers()).toEqual([]);
    } finally {
      await realm.restartKdc();
    }
  });

  it('with an expired ticket: listed as expired, asks for the password, keeps the cache on a wrong one, renews on the right one', async () => {
    const cc = newCache();
    const got = await realm.kinit('alice', 'alice-pw', { cache: cc.name, lifetime: '2s' });
    expect(got.exitCode).toBe(0);
    await sleep(3100);
    const svc = service(cc.name);
    const listing = await svc.list();
    expect(listing.error).toBeNull(); // MIT klist shows expired tickets like valid ones, exit 0
    expect(Date.parse(tgtOf(listing)?.endTime ?? '')).toBeLessThan(Date.now());
    const oldBytes = readFileSync(cc.file);

    const noPassword = await svc.refresh('user', {});
    expect(noPassword.error?.code).toBe('password-required');
    expect(say(noPassword.message)).toMatch(
      /^Your ticket expired at .*Enter the password of alice@REGROUP.TEST/,
    );
    const wrong = await svc.refresh('user', { password: 'nope' });
    expect(wrong.error?.code).toBe('wrong-password');
    expect(readFileSync(cc.file).equals(oldBytes)).toBe(true);

    const right = await svc.refresh('user', { password: 'alice-pw' });
    expect(right.outcome).toBe('refreshed');
    expect(say(right.message)).toMatch(/^Your old ticket had expired\. Done:/);
    const after = await svc.list();
    expect(Date.parse(tgtOf(after)?.endTime ?? '')).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
  });

  it('with no cache: a failed first sign-in creates nothing (realm-sign-in.test.ts: the rest)', async () => {
    const cc = newCache();
    const result = await service(cc.name, { userName: 'alice' }).refresh('user', {
      password: 'wrong',
    });
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('wrong-password');
    expect(say(result.message)).toMatch(/^The password for alice@REGROUP.TEST was not accepted/);
    expect(existsSync(cc.file)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('without a password and without a keytab: asks for the password, cache untouched', async () => {
    const cc = newCache();
    await signIn(cc.name, 'bob', []);
    const oldBytes = readFileSync(cc.file);
    const svc = service(cc.name);
    expect((await svc.capabilities()).userRefreshNeedsPassword).toBe(true);
    const result = await svc.refresh('user', {});
    expect(result.error?.code).toBe('password-required');
    expect(say(result.message)).toContain('Enter the password of bob@REGROUP.TEST');
    expect(readFileSync(cc.file).equals(oldBytes)).toBe(true);
  });

  it('with a keytab configured: no password needed', async () => {
    const cc = newCache();
    await signIn(cc.name, 'alice', ['HTTP/web.regroup.test']);
    const svc = service(cc.name, { keytab: realm.aliceKeytab });
    expect((await svc.capabilities()).userRefreshNeedsPassword).toBe(false);
    const before = await svc.list();
    await sleep(1100);
    const result = await svc.refresh('user', {});
    expect(result.outcome).toBe('refreshed');
    const after = await svc.list();
    expect(Date.parse(tgtOf(after)?.startTime ?? '')).toBeGreaterThan(
      Date.parse(tgtOf(before)?.startTime ?? ''),
    );
    expect(servicesOf(after.tickets)).toEqual(['HTTP/web.regroup.test@REGROUP.TEST']);
  });

  it('reports a service the domain no longer knows as not re-acquired (partial), with the new TGT in place', async () => {
    const cc = newCache();
    await realm.addPrincipal(`gone/x${counter}.regroup.test`);
    await signIn(cc.name, 'alice', ['HTTP/web.regroup.test', `gone/x${counter}.regroup.test`]);
    const kadmin = await runTool(
      'sh',
      ['-c', 'command -v kadmin.local || echo /usr/sbin/kadmin.local'],
      {},
    );
    await runTool(
      kadmin.stdout.trim(),
      ['-r', realm.realm, '-q', `delprinc -force gone/x${counter}.regroup.test`],
      {
        env: realm.env,
      },
    );
    const result = await service(cc.name).refresh('user', { password: 'alice-pw' });
    expect(result.outcome).toBe('partial');
    expect(result.failed).toEqual([
      {
        server: `gone/x${counter}.regroup.test@REGROUP.TEST`,
        message: msg('unix.service.unknown'),
      },
    ]);
    expect(say(result.failed[0]?.message)).toBe(
      'The domain no longer knows this service, so its ticket could not be fetched again.',
    );
    expect(say(result.message)).toContain('1 of 2 service tickets could not be fetched again');
    expect(servicesOf(result.after?.tickets ?? [])).toEqual(['HTTP/web.regroup.test@REGROUP.TEST']);
  });

  it('refreshes a cache inside a DIR collection by replacing its file', async () => {
    const dir = path.join(realm.dir, `coll-${++counter}`);
    await runTool('mkdir', ['-p', dir]);
    await realm.kinit('alice', 'alice-pw', { cache: `DIR:${dir}` });
    await realm.kvno('HTTP/web.regroup.test', { cache: `DIR:${dir}` });
    const svc = service(`DIR:${dir}`);
    const before = await svc.list();
    await sleep(1100);
    const result = await svc.refresh('user', { password: 'alice-pw' });
    expect(result.outcome).toBe('refreshed');
    const after = await svc.list();
    expect(after.cache).toBe(before.cache);
    expect(Date.parse(tgtOf(after)?.startTime ?? '')).toBeGreaterThan(
      Date.parse(tgtOf(before)?.startTime ?? ''),
    );
    expect(servicesOf(after.tickets)).toEqual(['HTTP/web.regroup.test@REGROUP.TEST']);
    expect(readdirSync(dir).filter((f) => f.startsWith('.regroup-'))).toEqual([]);
  });
});

describe('refresh my groups in a KEYRING cache (no file to rename)', () => {
  const keyring = `KEYRING:user:regroup-test-${process.pid}`;
  afterAll(async () => {
    await runTool('kdestroy', ['-A'], { env: { ...realm.env, KRB5CCNAME: keyring } });
  });

  it('keeps the cache on a wrong password, and replaces the TGT with the right one', async () => {
    await signIn(keyring, 'alice', ['HTTP/web.regroup.test']);
    const svc = service(keyring);
    const before = await svc.list();
    expect(before.cache).toMatch(/^KEYRING:user:regroup-test-/);
    const shownBefore = (await realm.klist([], { cache: keyring })).stdout;

    const wrong = await svc.refresh('user', { password: 'wrong' });
    expect(wrong.error?.code).toBe('wrong-password');
    expect((await realm.klist([], { cache: keyring })).stdout).toBe(shownBefore);

    await sleep(1100);
    const right = await svc.refresh('user', { password: 'alice-pw' });
    expect(right.outcome).toBe('refreshed');
    const after = await svc.list();
    expect(after.cache).toBe(before.cache);
    expect(Date.parse(tgtOf(after)?.startTime ?? '')).toBeGreaterThan(
      Date.parse(tgtOf(before)?.startTime ?? ''),
    );
    expect(servicesOf(after.tickets)).toEqual(['HTTP/web.regroup.test@REGROUP.TEST']);
  });
});

describe('refresh computer groups', () => {
  it('is unavailable, with the reason, where there is no host keytab', async () => {
    const cc = newCache();
    const svc = service(cc.name);
    const caps = await svc.capabilities();
    expect(caps.computerRefresh.available).toBe(false);
    expect(say(caps.computerRefresh.reason)).toMatch(/no host keytab .*no-such\.keytab/);
    const result = await svc.refresh('computer');
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('no-host-keytab');
    expect(result.message).toEqual(caps.computerRefresh.reason);
  });

  it('gets the host a new TGT from its keytab through the fixed elevated command', async () => {
    const systemCache = newCache();
    const commands: string[][] = [];
    // The real elevator; the stand-in for pkexec runs the program and arguments it was handed
    // (pkexec runs them as root with a clean environment; here: as us, with the test realm's).
    const elevate = createElevator({
      isRoot: () => false,
      platform: 'linux',
      isSystemFile: async () => true,
      run: async (file, args) => {
        expect([file, args[0]]).toEqual(['/usr/bin/pkexec', '--disable-internal-agent']);
        commands.push(args.slice(1));
        return runTool(args[1] ?? '', args.slice(2), { env: realm.env });
      },
    });
    const svc = service(newCache().name, {
      hostKeytab: realm.hostKeytab,
      systemCache: systemCache.name,
      elevate,
    });
    // This test runs as root, so the route is 'direct' (no prompt); the refresh below simulates
    // pkexec all the same, through the elevator's argument array.
    expect((await svc.capabilities()).computerRefresh).toMatchObject({
      available: true,
      reason: null,
    });
    const result = await svc.refresh('computer');
    expect(commands).toHaveLength(1);
    expect(commands[0]).toEqual([
      expect.stringMatching(/^\/\S+\/kinit$/),
      '-k',
      '-t',
      expect.stringMatching(/host\.keytab$/),
      '-c',
      expect.stringMatching(/^FILE:\//),
    ]);
    expect(result.outcome).toBe('refreshed');
    expect(result.after?.principal).toBe(`${realm.hostPrincipal}@REGROUP.TEST`);
    expect(result.acquired.some((t) => t.isTgt)).toBe(true);
    expect(result.caveats.length).toBeGreaterThan(0);
    expect(result.caveats.every((c) => c.id.startsWith('krb.caveat.unix.computer.'))).toBe(true);
    const computer = await svc.list({ computer: true });
    expect(tgtOf(computer)?.client).toBe(`${realm.hostPrincipal}@REGROUP.TEST`);
  });

  it('does not open the prompt for a person who cannot approve it: says who can, changes nothing', async () => {
    const systemCache = newCache();
    let prompts = 0;
    const svc = service(newCache().name, {
      hostKeytab: realm.hostKeytab,
      systemCache: systemCache.name,
      isRoot: () => false,
      // polkit refuses this account (pkcheck exit 1; unix/approval.test.ts has the real words).
      approval: async () => ({
        can: false,
        reason: msg('krb.approval.linux.notAuthorized'),
        detail: 'pkcheck org.freedesktop.policykit.exec: exit 1 Not authorized.',
      }),
      elevate: async () => {
        prompts += 1;
        throw new Error('no prompt may be opened');
      },
    });
    const route = (await svc.capabilities()).computerRefresh;
    expect(route).toEqual({
      available: true,
      reason: msg('krb.approval.linux.notAuthorized'),
      how: 'cannot',
    });
    const result = await svc.refresh('computer');
    expect(result.outcome).toBe('failed');
    expect(result.error).toMatchObject({
      code: 'needs-administrator',
      detail: 'pkcheck org.freedesktop.policykit.exec: exit 1 Not authorized.',
    });
    expect(say(result.message)).toMatch(
      /^Refreshing this computer's groups needs an administrator/,
    );
    expect(prompts).toBe(0);
    expect((await svc.list({ computer: true })).tickets).toEqual([]);
  });

  it('reports a declined prompt as declined, and a kinit failure with its reason', async () => {
    const declined: Elevate = async () => ({
      ok: false,
      steps: [],
      stdout: '',
      stderr: '',
      error: { code: 'elevation-declined', message: msg('krb.elevate.declined') },
    });
    const svc = service(newCache().name, { hostKeytab: realm.hostKeytab, elevate: declined });
    const result = await svc.refresh('computer');
    expect(result.outcome).toBe('declined');
    expect(result.error?.code).toBe('elevation-declined');

    realm.stopKdc();
    try {
      const failing = createElevator({
        isRoot: () => false,
        platform: 'linux',
        isSystemFile: async () => true,
        run: async (_file, args) => runTool(args[1] ?? '', args.slice(2), { env: realm.env }),
      });
      const offline = await service(newCache().name, {
        hostKeytab: realm.hostKeytab,
        systemCache: newCache().name,
        elevate: failing,
      }).refresh('computer');
      expect(offline.outcome).toBe('offline');
      expect(offline.error?.code).toBe('kdc-unreachable');
    } finally {
      await realm.restartKdc();
    }
  });
});
