/**
 * The macOS flow: Regroup's service with the REAL Heimdal tools (klist, kinit, kgetcred from
 * Debian's heimdal-clients, unpacked next to MIT by test/realm/heimdal.sh) against the MIT test KDC.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTool } from '../../core/process/run';
import { createUnixService, type UnixServiceOptions } from '../../core/kerberos/unix/service';
import type { KlistListing, Ticket } from '../../core/kerberos/types';
import { say } from '../fakes/english';
import { prepareHeimdal, type HeimdalTools } from '../realm/heimdal';
import { startRealm, type Realm } from '../realm/realm';

let realm: Realm;
let heimdal: HeimdalTools;
let counter = 0;

beforeAll(async () => {
  const t0 = Date.now();
  heimdal = prepareHeimdal();
  const t1 = Date.now();
  realm = await startRealm();
  console.log(`Heimdal tools ready in ${t1 - t0} ms; realm up in ${Date.now() - t1} ms`);
});

afterAll(() => {
  realm?.stop();
});

function newCache(): { name: string; file: string } {
  counter += 1;
  const file = path.join(realm.dir, `hcc-${counter}`);
  return { name: `FILE:${file}`, file };
}

const envFor = (cache: string): NodeJS.ProcessEnv => ({ ...realm.env, KRB5CCNAME: cache });

function service(cache: string, extra: UnixServiceOptions = {}) {
  return createUnixService({
    kind: 'heimdal',
    platform: 'darwin',
    tools: {
      klist: heimdal.klist,
      kinit: heimdal.kinit,
      kdestroy: heimdal.kdestroy,
      getServiceTicket: heimdal.kgetcred,
    },
    env: envFor(cache),
    keytab: null,
    hostKeytab: path.join(realm.dir, 'no-such.keytab'),
    ...extra,
  });
}

async function hkinit(cache: string, user: string, password: string, lifetime?: string) {
  const args = ['--password-file=STDIN', ...(lifetime ? ['-l', lifetime] : []), user];
  return runTool(heimdal.kinit, args, { env: envFor(cache), input: `${password}\n` });
}

async function signIn(
  cache: string,
  services = ['HTTP/web.regroup.test', 'cifs/fs1.regroup.test'],
) {
  expect((await hkinit(cache, 'alice', 'alice-pw')).exitCode).toBe(0);
  for (const s of services)
    expect((await runTool(heimdal.kgetcred, [s], { env: envFor(cache) })).exitCode).toBe(0);
}

/** Heimdal's plain table, read with a regex of its own: `Nov 25 13:32:20 2026  Nov 25 23:32:20 2026  server`. */
async function heimdalTable(cache: string) {
  const r = await runTool(heimdal.klist, [], { env: { ...envFor(cache), LC_ALL: 'C' } });
  expect(r.exitCode).toBe(0);
  const date = '[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}';
  return [
    ...r.stdout.matchAll(new RegExp(`^(${date})  (${date}|>>>Expired<<<)\\s+(\\S+)$`, 'gm')),
  ].map((m) => ({
    start: m[1] ?? '',
    end: m[2] ?? '',
    server: m[3] ?? '',
  }));
}

function asHeimdal(iso: string | null): string {
  const d = new Date(iso ?? '');
  const month = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ][d.getMonth()];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${month} ${String(d.getDate()).padStart(2, ' ')} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())} ${d.getFullYear()}`;
}

const tgtOf = (l: KlistListing): Ticket | undefined => l.tickets.find((t) => t.isTgt);
const servicesOf = (tickets: Ticket[]) =>
  tickets
    .filter((t) => !t.isTgt)
    .map((t) => t.server)
    .sort();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const leftovers = () => readdirSync(realm.dir).filter((f) => f.startsWith('.regroup-'));

describe('Heimdal list', () => {
  it('shows what Heimdal klist shows after kinit and kgetcred', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const listing = await service(cc.name).list();
    const shown = await heimdalTable(cc.name);
    expect(listing.kind).toBe('heimdal');
    expect(listing.error).toBeNull();
    expect(listing.cache).toBe(cc.name);
    expect(listing.principal).toBe('alice@REGROUP.TEST');
    expect(listing.caches?.find((c) => c.isDefault)?.cache).toBe(cc.name);
    expect(listing.tickets.map((t) => t.server)).toEqual(shown.map((s) => s.server));
    expect(listing.tickets.map((t) => asHeimdal(t.startTime))).toEqual(shown.map((s) => s.start));
    expect(listing.tickets.map((t) => asHeimdal(t.endTime))).toEqual(shown.map((s) => s.end));
    expect(listing.tickets[0]?.encryptionType).toBe('aes256-cts-hmac-sha1-96');
  });

  it('says clearly that there are no tickets when the cache does not exist', async () => {
    const listing = await service(newCache().name).list();
    expect(listing.error?.code).toBe('no-credentials');
    expect(say(listing.error?.message)).toMatch(/no Kerberos tickets.*kinit/);
  });
});

describe('Heimdal refresh my groups', () => {
  it('with the right password: new TGT, same principal, services fetched again with kgetcred', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const svc = service(cc.name);
    const before = await svc.list();
    await sleep(1100);
    const result = await svc.refresh('user', { password: 'alice-pw' });
    expect(result.error).toBeNull();
    expect(result.outcome).toBe('refreshed');
    const after = await svc.list();
    expect(after.principal).toBe('alice@REGROUP.TEST');
    expect(Date.parse(tgtOf(after)?.startTime ?? '')).toBeGreaterThan(
      Date.parse(tgtOf(before)?.startTime ?? ''),
    );
    expect(servicesOf(after.tickets)).toEqual(servicesOf(before.tickets));
    expect(servicesOf(after.tickets)).toEqual([
      'HTTP/web.regroup.test@REGROUP.TEST',
      'cifs/fs1.regroup.test@REGROUP.TEST',
    ]);
    expect(leftovers()).toEqual([]);
  });

  it('with a wrong password: clear message, cache file untouched', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const old = readFileSync(cc.file);
    const result = await service(cc.name).refresh('user', { password: 'wrong' });
    expect(result.error?.code).toBe('wrong-password');
    expect(say(result.message)).toContain(
      'was not accepted, so your tickets were left as they are',
    );
    expect(readFileSync(cc.file).equals(old)).toBe(true);
  });

  it('with the KDC stopped: says no KDC answered, cache file untouched', async () => {
    const cc = newCache();
    await signIn(cc.name);
    const old = readFileSync(cc.file);
    realm.stopKdc();
    try {
      const result = await service(cc.name).refresh('user', { password: 'alice-pw' });
      expect(result.outcome).toBe('offline');
      expect(result.error?.code).toBe('kdc-unreachable');
      expect(result.error?.detail).toContain('unable to reach any KDC');
      expect(readFileSync(cc.file).equals(old)).toBe(true);
    } finally {
      await realm.restartKdc();
    }
  });

  it('with an expired ticket: Heimdal marks it expired; a wrong password keeps it, the right one replaces it', async () => {
    const cc = newCache();
    expect((await hkinit(cc.name, 'alice', 'alice-pw', '2s')).exitCode).toBe(0);
    await sleep(3100);
    const svc = service(cc.name);
    const listing = await svc.list();
    expect(
      tgtOf(listing)?.expired === true || Date.parse(tgtOf(listing)?.endTime ?? '') < Date.now(),
    ).toBe(true);
    const old = readFileSync(cc.file);
    const wrong = await svc.refresh('user', { password: 'nope' });
    expect(wrong.error?.code).toBe('wrong-password');
    expect(readFileSync(cc.file).equals(old)).toBe(true);
    const noPassword = await svc.refresh('user');
    expect(noPassword.message.id).toBe('unix.refresh.passwordRequiredExpired');
    expect(say(noPassword.message)).toMatch(/^Your ticket expired at /);
    const right = await svc.refresh('user', { password: 'alice-pw' });
    expect(right.outcome).toBe('refreshed');
    expect(say(right.message)).toMatch(/^Your old ticket had expired\. Done:/);
  });

  it('with no cache: a failed first sign-in creates nothing (realm-sign-in.test.ts: the rest)', async () => {
    const cc = newCache();
    const result = await service(cc.name, { userName: 'alice' }).refresh('user', {
      password: 'wrong',
    });
    expect(result.error?.code).toBe('wrong-password');
    expect(existsSync(cc.file)).toBe(false);
  });

  it('with a keytab: no password needed', async () => {
    const cc = newCache();
    await signIn(cc.name, ['HTTP/web.regroup.test']);
    const svc = service(cc.name, { keytab: realm.aliceKeytab });
    const before = await svc.list();
    await sleep(1100);
    const result = await svc.refresh('user');
    expect(result.outcome).toBe('refreshed');
    const after = await svc.list();
    expect(Date.parse(tgtOf(after)?.startTime ?? '')).toBeGreaterThan(
      Date.parse(tgtOf(before)?.startTime ?? ''),
    );
  });
});

describe('Heimdal refresh computer groups', () => {
  it('explains that it is unavailable without a host keytab (the usual case on a Mac)', async () => {
    const svc = service(newCache().name);
    const caps = await svc.capabilities();
    expect(caps.kind).toBe('heimdal');
    expect(caps.computerRefresh.available).toBe(false);
    const result = await svc.refresh('computer');
    expect(result.error?.code).toBe('no-host-keytab');
    expect(say(result.message)).toMatch(/has no host keytab/);
  });
});
