/**
 * `regroup diagnose` for real: in-process runs of the command line against the real MIT test KDC
 * (test/realm; one of them with its clock 10 minutes ahead through libfaketime) and against the
 * fake Windows tools (fake klist.exe, whoami and ADSI, with the MIT KDC as the domain controller
 * whose clock is read). Every `--json` report is validated against docs/diagnose.schema.json
 * with ajv; the human report is checked to fit 80 and 120 columns; `--redact` is checked on the
 * real reports: no original name left anywhere, the same placeholder for the same name.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroupsCommands } from '../../cli/groups-commands';
import { runCli, type CliContext } from '../../cli/main';
import { displayWidth } from '../../core/text/width';
import type { Diagnosis } from '../../core/diagnose/types';
import { createGroupsService } from '../../core/groups/service';
import type { KerberosService } from '../../core/kerberos/service';
import { createUnixService } from '../../core/kerberos/unix/service';
import { createWindowsService } from '../../core/kerberos/windows/service';
import {
  createFakeWindows,
  domainState,
  financePending,
  type FakeWindows,
} from '../fakes/fake-windows';
import { diagnoseOnKdc } from '../fakes/fake-windows-service';
import { startRealm, type Realm } from '../realm/realm';

const schema = JSON.parse(
  readFileSync(path.join(__dirname, '../../docs/diagnose.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
// ISO 8601 as the report writes it: with `Z` or an offset (klist's times keep the local offset).
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const validate = ajv.compile(schema);

function expectValid(report: unknown): void {
  const ok = validate(report);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

interface Output {
  code: number;
  out: string;
  err: string;
}

async function diagnose(
  argv: string[],
  setup: Pick<CliContext, 'service' | 'groups' | 'env' | 'diagnoseProbes' | 'platform'> & {
    columns?: number;
  },
): Promise<Output> {
  let out = '';
  let err = '';
  const code = await runCli(['diagnose', ...argv], {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => Buffer.alloc(0),
    readFile: async () => Buffer.alloc(0),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    version: '0.1.0',
    now: () => new Date(),
    terminal: { columns: setup.columns ?? 80, colour: false },
    ...setup,
  });
  return { code, out, err };
}

const json = (output: Output): Diagnosis => JSON.parse(output.out) as Diagnosis;

function expectFits(text: string, columns: number): void {
  for (const line of text.split('\n'))
    expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
}

let realm: Realm;
let skewed: Realm;
beforeAll(async () => {
  [realm, skewed] = await Promise.all([startRealm(), startRealm({ kdcClock: '+10m' })]);
}, 120_000);
afterAll(() => {
  realm?.stop();
  skewed?.stop();
});

describe('against the real MIT KDC', () => {
  const setup = (r: Realm): Parameters<typeof diagnose>[1] => ({
    service: (): KerberosService => createUnixService({ kind: 'mit', env: r.env, keytab: null }),
    groups: createGroupsCommands({ platform: 'linux', env: r.env }),
    env: r.env,
    platform: 'linux',
  });

  beforeAll(async () => {
    expect((await realm.kinit('alice', 'alice-pw')).exitCode).toBe(0);
    expect((await realm.kvno('cifs/fs1.regroup.test')).exitCode).toBe(0);
    expect((await skewed.kinit('bob', 'bob-pw')).exitCode).toBe(0);
  }, 30_000);

  it('reports principal, tickets, the KDC, its clock and the group views; valid JSON', async () => {
    const output = await diagnose(['--json'], setup(realm));
    expect(output.code).toBe(0);
    const report = json(output);
    expectValid(report);
    expect(report.identity).toMatchObject({ ok: true, principal: 'alice@REGROUP.TEST' });
    expect(report.tickets.ok && report.tickets.tickets.map((t) => t.server)).toEqual([
      'krbtgt/REGROUP.TEST@REGROUP.TEST',
      'cifs/fs1.regroup.test@REGROUP.TEST',
    ]);
    expect(report.tickets.ok && report.tickets.tickets[0]?.encryptionType).toBe(
      'aes256-cts-hmac-sha1-96',
    );
    expect(report.kdc).toMatchObject({ ok: true, host: '127.0.0.1', port: realm.port });
    expect(report.clock).toMatchObject({ ok: true, withinLimit: true, warning: null });
    expect(report.clock.ok && Math.abs(report.clock.offsetSeconds)).toBeLessThan(2);
    // No LDAP server in the MIT realm: the views say why, the report goes on.
    expect(report.groups.ok && report.groups.report.views.directory.code).toBe('dc-unreachable');
    expect(report.lastRefresh).toMatchObject({ ok: false });
    // The probe asked for the fixed name, and the KDC understood it as an AS-REQ.
    expect(readFileSync(path.join(realm.dir, 'kdc.log'), 'utf8')).toMatch(
      /AS_REQ .* CLIENT_NOT_FOUND: regroup-clock-check@REGROUP\.TEST/,
    );
  });

  it.each([80, 120])('fits %i columns, each section headed', async (columns) => {
    const output = await diagnose([], { ...setup(realm), columns });
    expectFits(output.out, columns);
    for (const heading of ['Who', '2 tickets', 'Domain controller (KDC)', 'Clock', 'Groups'])
      expect(output.out.split('\n')).toContain(heading);
    expect(output.out).toMatch(/127\.0\.0\.1:\d+ answered after \d+ ms/);
    expect(output.out).toContain("This computer's clock is close enough");
  });

  it('--redact leaves no user, host or domain name, and keeps them apart consistently', async () => {
    const plain = await diagnose(['--json'], setup(realm));
    const output = await diagnose(['--json', '--redact'], setup(realm));
    const text = await diagnose(['--redact'], setup(realm));
    for (const name of ['alice', 'regroup.test', 'fs1', os.hostname()]) {
      expect(plain.out.toLowerCase()).toContain(name.toLowerCase());
      expect(output.out.toLowerCase()).not.toContain(name.toLowerCase());
      expect(text.out.toLowerCase()).not.toContain(name.toLowerCase());
    }
    const report = json(output);
    expectValid(report);
    expect(report.redacted).toBe(true);
    expect(report.identity).toMatchObject({
      principal: 'user1@DOMAIN1.EXAMPLE',
      realm: 'DOMAIN1.EXAMPLE',
    });
    expect(report.system.computer).toBe('host1');
    expect(report.tickets.ok && report.tickets.tickets.map((t) => [t.client, t.server])).toEqual([
      ['user1@DOMAIN1.EXAMPLE', 'krbtgt/DOMAIN1.EXAMPLE@DOMAIN1.EXAMPLE'],
      ['user1@DOMAIN1.EXAMPLE', 'cifs/host2.domain1.example@DOMAIN1.EXAMPLE'],
    ]);
    expect(report.groups.ok && report.groups.report.principal).toBe('user1@DOMAIN1.EXAMPLE');
    // Codes and message wording are not names: they stay.
    expect(report.groups.ok && report.groups.report.views.directory.code).toBe('dc-unreachable');
    expect(text.out).toContain('user1@DOMAIN1.EXAMPLE');
  });

  it('says when the clock is more than 4 minutes off, and how to fix it', async () => {
    const output = await diagnose(['--json'], setup(skewed));
    const report = json(output);
    expectValid(report);
    expect(report.clock).toMatchObject({ ok: true, withinLimit: false });
    expect(report.clock.ok && report.clock.offsetSeconds).toBeGreaterThan(595);
    expect(report.clock.ok && report.clock.warning).toMatch(
      /^This computer's clock is 10 minutes behind domain controller 127\.0\.0\.1.*timedatectl set-ntp true/,
    );
  });

  it('goes on when the KDC is down: the KDC and clock say why, the tickets are still listed', async () => {
    const down = await startRealm();
    try {
      expect((await down.kinit('alice', 'alice-pw')).exitCode).toBe(0);
      down.stopKdc();
      const report = json(await diagnose(['--json'], setup(down)));
      expectValid(report);
      expect(report.tickets.ok).toBe(true);
      expect(report.kdc.ok).toBe(false);
      expect(!report.kdc.ok && report.kdc.problem).toMatch(
        /^No domain controller of REGROUP\.TEST answers/,
      );
      expect(!report.kdc.ok && report.kdc.detail).toBe(`127.0.0.1:${down.port}`);
      expect(report.clock).toMatchObject({
        ok: false,
        problem: 'The clocks were not compared, because no domain controller answered.',
      });
    } finally {
      down.stop();
    }
  });
});

describe('against the fake Windows tools', () => {
  let win: FakeWindows;
  beforeAll(() => {
    win = createFakeWindows(domainState(), financePending());
  });
  afterAll(() => win?.cleanup());

  const setup = (): Parameters<typeof diagnose>[1] => ({
    service: (): KerberosService =>
      createWindowsService({ env: win.env, klistPath: win.klistPath }),
    groups: createGroupsCommands({
      create: (dc) =>
        createGroupsService({ platform: 'win32', env: win.env, systemRoot: win.systemRoot, dc }),
    }),
    env: win.env,
    platform: 'win32',
    // The fake domain's DC01 is the real MIT KDC: its search and clock are real.
    diagnoseProbes: diagnoseOnKdc(realm.port),
  });

  it('reports the logon session, tickets with their KDC, the groups, a real clock; valid JSON', async () => {
    const output = await diagnose(['--json'], setup());
    expect(output.code).toBe(0);
    const report = json(output);
    expectValid(report);
    expect(report.identity).toMatchObject({
      ok: true,
      principal: 'dyork@CONTOSO.COM',
      realm: 'CONTOSO.COM',
      logonSession: '0:0x11b5a5',
    });
    expect(report.tickets.ok && report.tickets.tickets[0]).toMatchObject({
      server: 'krbtgt/CONTOSO.COM@CONTOSO.COM',
      kdcCalled: 'DC01.contoso.com',
      cacheFlags: ['PRIMARY'],
    });
    expect(report.clock).toMatchObject({ ok: true, withinLimit: true });
    expect(report.groups.ok && report.groups.report.views.signInToken.available).toBe(true);
    expect(report.groups.ok && report.groups.report.groups.length).toBeGreaterThan(2);
  });

  it('--redact replaces the user, the computer, the DC, DNS and NetBIOS domains everywhere', async () => {
    const plain = await diagnose(['--json'], setup());
    expect(plain.out).toMatch(/CONTOSO\\/);
    const output = await diagnose(['--json', '--redact'], setup());
    const text = await diagnose(['--redact'], setup());
    for (const name of ['dyork', 'contoso', 'DC01', 'PC042', 'fs01']) {
      expect(plain.out.toLowerCase()).toContain(name.toLowerCase());
      expect(output.out.toLowerCase()).not.toContain(name.toLowerCase());
      expect(text.out.toLowerCase()).not.toContain(name.toLowerCase());
    }
    const report = json(output);
    expectValid(report);
    // DC01.contoso.com: the placeholder keeps each part's case, so DC01 and dc01 stay one name.
    expect(report.tickets.ok && report.tickets.tickets.map((t) => t.kdcCalled)).toEqual([
      'HOST2.domain1.example',
      'HOST2.domain1.example',
    ]);
    expect(report.groups.ok && report.groups.report.dc).toBe('HOST2.domain1.example');
    const names = report.groups.ok ? report.groups.report.groups.map((g) => g.name ?? '') : [];
    expect(names.filter((n) => n.includes('\\')).every((n) => n.startsWith('DOMAIN1\\'))).toBe(
      true,
    );
    expectFits(text.out, 80);
  });
});
