/**
 * The KDC clock probe's reading of a real MIT KDC reply (test/fixtures/kdc), and its failures
 * over real loopback sockets: a port nobody listens on, a server that hangs up without a reply.
 * The probe against the running MIT KDC, its clock shifted, is in test/system/realm-clock.test.ts.
 */
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockSkewError, SKEW_LIMIT_MS } from './clock-skew';
import { readKdcClock, readKrbErrorTime } from './kdc-clock';
import { say } from '../../test/fakes/english';

const MIT_REPLY = Buffer.from(
  readFileSync(
    path.join(__dirname, '../../test/fixtures/kdc/mit-krb-error-client-unknown.hex'),
    'utf8',
  ).trim(),
  'hex',
);
const MIT_TIME = Date.UTC(2026, 10, 28, 23, 11, 49) + 388.967;
const KDC = { host: '127.0.0.1', port: 88 };

/** A clock that answers `times` in turn (the probe reads it before sending and after the reply). */
const clockOf = (...times: number[]) => {
  let i = 0;
  return () => new Date(times[Math.min(i++, times.length - 1)] ?? 0);
};

describe('reading the KDC time', () => {
  it("reads stime, susec and the error code out of MIT's KRB-ERROR", () => {
    expect(readKrbErrorTime(MIT_REPLY)).toEqual({ timeMs: MIT_TIME, errorCode: 6 });
  });

  it('measures the offset against the middle of the round trip', async () => {
    // Sent 10 min 2 s before the KDC's time, answered 4 s later: the middle is 10 min behind.
    const sent = Math.ceil(MIT_TIME) - 602_000;
    const reading = await readKdcClock(KDC, 'REGROUP.TEST', {
      now: clockOf(sent, sent + 4_000),
      exchange: async () => MIT_REPLY,
    });
    expect(reading).toMatchObject({ ok: true, roundTripMs: 4_000, errorCode: 6 });
    expect(reading.ok && reading.offsetMs).toBe(600_000);
    expect(reading.ok && reading.kdcTime).toBe('2026-11-28T23:11:49.389Z');
    const skew = clockSkewError(reading, 'windows');
    expect(skew?.code).toBe('clock-skew');
    expect(say(skew?.message)).toMatch(/clock is 10 minutes behind domain controller 127\.0\.0\.1/);
    expect(say(skew?.message)).toMatch(/Sync now/);
    expect(skew?.detail).toContain('offset +600.0 s');
  });

  it('lets a clock 4 minutes off through, and stops one a second beyond', async () => {
    const at = (offset: number) =>
      readKdcClock(KDC, 'R', {
        now: clockOf(Math.ceil(MIT_TIME) - offset),
        exchange: async () => MIT_REPLY,
      });
    expect(clockSkewError(await at(SKEW_LIMIT_MS), 'unix')).toBeNull();
    const ahead = clockSkewError(await at(-SKEW_LIMIT_MS - 1_000), 'unix');
    expect(say(ahead?.message)).toMatch(/4 minutes ahead of .*timedatectl set-ntp true/);
  });

  it('does not take an AS-REP (or anything else) for a time', async () => {
    const asRep = Buffer.from([0x6b, 0x03, 0x30, 0x01, 0x00]);
    const reading = await readKdcClock(KDC, 'R', { exchange: async () => asRep });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.reason.id).toBe('krb.clock.unreadable');
    expect(reading.detail).toContain('AS-REP instead of KRB-ERROR');
    expect(clockSkewError(reading, 'windows')).toBeNull();
  });
});

describe('a KDC that does not answer', () => {
  let hangUp: net.Server;
  let hangUpPort = 0;
  let closedPort = 0;
  beforeAll(async () => {
    hangUp = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => hangUp.listen(0, '127.0.0.1', resolve));
    hangUpPort = (hangUp.address() as net.AddressInfo).port;
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });
  afterAll(() => new Promise((resolve) => hangUp.close(resolve)));

  it('says so for a refused connection, with the address and error for the help desk', async () => {
    const reading = await readKdcClock({ host: '127.0.0.1', port: closedPort }, 'R');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(say(reading.reason)).toBe(
      'Domain controller 127.0.0.1 did not answer when asked for its time.',
    );
    expect(reading.detail).toBe(
      `127.0.0.1:${closedPort}: connect ECONNREFUSED 127.0.0.1:${closedPort}`,
    );
  });

  it('says so for a server that hangs up without a reply', async () => {
    const reading = await readKdcClock({ host: '127.0.0.1', port: hangUpPort }, 'R');
    expect(reading.ok || reading.detail).toMatch(/closed the connection without a reply/);
  });
});
