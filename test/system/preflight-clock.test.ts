/**
 * The clock-skew pre-flight for real: the Windows service (fake klist.exe, fake UAC) whose
 * domain controller is the real MIT test KDC, run once with its clock 10 minutes ahead
 * (libfaketime) and once on time. The KDC's clock is read over the network as in production
 * (core/kerberos/kdc-clock.ts); only where to find the KDC is given.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { readKdcClock } from '../../core/kerberos/kdc-clock';
import { say } from '../fakes/english';
import type { FakeUac } from '../fakes/fake-uac';
import type { FakeWindows } from '../fakes/fake-windows';
import { createFakeWindowsService } from '../fakes/fake-windows-service';
import { startRealm, type Realm } from '../realm/realm';

let onTime: Realm;
let ahead: Realm;
beforeAll(async () => {
  [onTime, ahead] = await Promise.all([startRealm(), startRealm({ kdcClock: '+10m' })]);
}, 120_000);
afterAll(() => {
  onTime?.stop();
  ahead?.stop();
});

let win: FakeWindows;
let uac: FakeUac;
afterEach(() => win?.cleanup());

function service(kdc: Realm) {
  // The real probe (the default once the pre-flight is replaced is none).
  const made = createFakeWindowsService({
    kdcPort: kdc.port,
    clock: (at, realm) => readKdcClock(at, realm),
  });
  ({ win, uac } = made);
  return made.service;
}

const klistCalls = (): string[][] => (win.read().calls ?? []).map((c) => c.args ?? []);
const purged = (): boolean => klistCalls().some((args) => args.includes('purge'));

describe('a clock 10 minutes behind the KDC', () => {
  it('stops "Refresh my groups" before the purge, says why and how to fix it', async () => {
    const s = service(ahead);
    const before = await s.list();
    const result = await s.refresh('user');
    expect(result).toMatchObject({ ok: false, outcome: 'failed', removed: [], acquired: [] });
    expect(result.error?.code).toBe('clock-skew');
    expect(say(result.message)).toMatch(
      /^This computer's clock is 10 minutes behind domain controller 127\.0\.0\.1, and Kerberos refuses sign-in beyond 5 minutes.* select Sync now, then refresh again\.$/,
    );
    // For the help desk: both times and the offset, measured at the real KDC.
    expect(result.error?.detail).toMatch(
      new RegExp(
        `^KDC 127\\.0\\.0\\.1:${ahead.port} time \\S+Z, this computer \\S+Z, offset \\+(59\\d|60\\d)\\.\\d s`,
      ),
    );
    expect(purged()).toBe(false);
    expect((await s.list()).tickets).toEqual(before.tickets);
  });

  it('stops "Refresh computer groups" before the administrator prompt', async () => {
    const result = await service(ahead).refresh('computer', { gpupdate: true });
    expect(result.error?.code).toBe('clock-skew');
    expect(uac.launches).toEqual([]);
  });

  it('purges anyway with --force, as the reachability pre-flight', async () => {
    const s = service(ahead);
    const result = await s.refresh('user', { force: true });
    expect(purged()).toBe(true);
    expect(result.error?.code).not.toBe('clock-skew');
  });

  it('regroup refresh --user says it on stderr and does not offer --force', async () => {
    let err = '';
    let out = '';
    const code = await runCli(['refresh', '--user'], {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      readStdin: async () => Buffer.alloc(0),
      readFile: async () => Buffer.alloc(0),
      promptPassword: async () => ({ kind: 'no-terminal' }),
      service: () => service(ahead),
      version: '0.1.0',
      now: () => new Date(),
      terminal: { columns: 80, colour: false },
    });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^This computer's clock is 10 minutes behind domain controller/);
    expect(err).not.toContain('--force');
    expect(purged()).toBe(false);
  });
});

describe('a clock on time', () => {
  it('lets the refresh through: the tickets are purged and a new TGT fetched', async () => {
    const result = await service(onTime).refresh('user');
    expect(result.error).toBeNull();
    expect(result.ok).toBe(true);
    expect(klistCalls()).toContainEqual(['purge']);
  });
});
