import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeMitKlist, parseMitKlist } from './mit-klist';
import type { KlistListing, Ticket } from '../types';
import { say } from '../../../test/fakes/english';

// Tests run with TZ=Europe/Berlin (vitest.config.ts): klist's local times get +01:00 / +02:00.
const SAMPLES = path.resolve(__dirname, '../../../../shared/klist-samples');
const REAL = path.resolve(__dirname, '../../../test/fixtures/mit-real');
const sample = (name: string): string => readFileSync(path.join(SAMPLES, name), 'utf8');
const real = (name: string): string => readFileSync(path.join(REAL, name), 'utf8');

/** Adds the fields MIT klist never prints (the same for every MIT ticket). */
const mit = (fields: Omit<Ticket, 'flagsHex' | 'cacheFlags' | 'kdcCalled'>): Ticket => ({
  ...fields,
  flagsHex: null,
  cacheFlags: [],
  kdcCalled: null,
});

describe('parseMitKlist on the public samples', () => {
  it('mit-error-01: no credentials cache -> no-credentials with a kinit next step', () => {
    const listing = parseMitKlist(sample('mit-error-01.txt'));
    expect(listing).toEqual({
      kind: 'mit',
      logonId: null,
      cache: null,
      principal: null,
      complete: true,
      error: {
        code: 'no-credentials',
        message: {
          id: 'unix.klist.noCredentials',
          values: { family: 'MIT', command: 'kinit your.name@YOUR.REALM' },
        },
        detail: 'klist: No credentials cache found (filename: /tmp/krb5cc_1000)',
      },
      tickets: [],
    });
    expect(say(listing.error?.message)).toMatch(/^You have no Kerberos tickets/);
    expect(say(listing.error?.message)).toMatch(/kinit/);
  });

  it('mit-list-01: two-digit years, tab before renew until', () => {
    expect(parseMitKlist(sample('mit-list-01.txt'))).toEqual({
      kind: 'mit',
      logonId: null,
      cache: 'FILE:/tmp/krb5cc_1000',
      principal: 'arthurbaudry@ARTHURBAUDRY.COM',
      complete: true,
      error: null,
      caches: [
        {
          cache: 'FILE:/tmp/krb5cc_1000',
          principal: 'arthurbaudry@ARTHURBAUDRY.COM',
          isDefault: true,
        },
      ],
      tickets: [
        {
          client: 'arthurbaudry@ARTHURBAUDRY.COM',
          server: 'krbtgt/ARTHURBAUDRY.COM@ARTHURBAUDRY.COM',
          isTgt: true,
          encryptionType: null,
          sessionKeyType: null,
          flags: [],
          flagsHex: null,
          startTime: '2016-11-17T11:50:26+01:00',
          endTime: '2016-11-18T11:50:26+01:00',
          renewUntil: '2016-11-24T11:50:26+01:00',
          cacheFlags: [],
          kdcCalled: null,
          cache: 'FILE:/tmp/krb5cc_1000',
        },
      ],
    } satisfies KlistListing);
  });

  it('mit-list-02: klist -A with one cache, four-digit years', () => {
    expect(parseMitKlist(sample('mit-list-02.txt'))).toEqual({
      kind: 'mit',
      logonId: null,
      cache: 'FILE:/tmp/krb5cc_1000',
      principal: 'administrator@SAM159.IET-GIBB.CH',
      complete: true,
      error: null,
      caches: [
        {
          cache: 'FILE:/tmp/krb5cc_1000',
          principal: 'administrator@SAM159.IET-GIBB.CH',
          isDefault: true,
        },
      ],
      tickets: [
        {
          client: 'administrator@SAM159.IET-GIBB.CH',
          server: 'krbtgt/SAM159.IET-GIBB.CH@SAM159.IET-GIBB.CH',
          isTgt: true,
          encryptionType: null,
          sessionKeyType: null,
          flags: [],
          flagsHex: null,
          startTime: '2022-11-03T20:51:09+01:00',
          endTime: '2022-11-04T06:51:09+01:00',
          renewUntil: '2022-11-04T20:51:04+01:00',
          cacheFlags: [],
          kdcCalled: null,
          cache: 'FILE:/tmp/krb5cc_1000',
        },
      ],
    } satisfies KlistListing);
  });

  it('mit-list-03: cache name with a random suffix, summer time offset', () => {
    expect(parseMitKlist(sample('mit-list-03.txt'))).toEqual({
      kind: 'mit',
      logonId: null,
      cache: 'FILE:/tmp/krb5cc_1000_vOHKAs',
      principal: 'myadminaccount@MYDOMAIN.COM',
      complete: true,
      error: null,
      caches: [
        {
          cache: 'FILE:/tmp/krb5cc_1000_vOHKAs',
          principal: 'myadminaccount@MYDOMAIN.COM',
          isDefault: true,
        },
      ],
      tickets: [
        {
          client: 'myadminaccount@MYDOMAIN.COM',
          server: 'krbtgt/MYDOMAIN.COM@MYDOMAIN.COM',
          isTgt: true,
          encryptionType: null,
          sessionKeyType: null,
          flags: [],
          flagsHex: null,
          startTime: '2018-08-22T09:22:25+02:00',
          endTime: '2018-08-22T19:22:25+02:00',
          renewUntil: '2018-08-29T09:22:21+02:00',
          cacheFlags: [],
          kdcCalled: null,
          cache: 'FILE:/tmp/krb5cc_1000_vOHKAs',
        },
      ],
    } satisfies KlistListing);
  });

  it('mit-list-5feaC-01: flags, etypes, and the config entry is not a ticket', () => {
    expect(parseMitKlist(sample('mit-list-5feaC-01.txt'))).toEqual({
      kind: 'mit',
      logonId: null,
      cache: 'FILE:/home/jiri/tmp/krb5cc_1000',
      principal: 'testovic@DOMAIN01.EXAMPLE.COM',
      complete: true,
      error: null,
      caches: [
        {
          cache: 'FILE:/home/jiri/tmp/krb5cc_1000',
          principal: 'testovic@DOMAIN01.EXAMPLE.COM',
          isDefault: true,
        },
      ],
      tickets: [
        {
          client: 'testovic@DOMAIN01.EXAMPLE.COM',
          server: 'krbtgt/DOMAIN01.EXAMPLE.COM@DOMAIN01.EXAMPLE.COM',
          isTgt: true,
          encryptionType: 'aes256-cts-hmac-sha1-96',
          sessionKeyType: 'aes256-cts-hmac-sha1-96',
          flags: ['renewable', 'initial', 'pre_authent'],
          flagsHex: null,
          startTime: '2021-12-15T15:26:12+01:00',
          endTime: '2021-12-16T01:26:12+01:00',
          renewUntil: '2021-12-16T15:26:11+01:00',
          cacheFlags: [],
          kdcCalled: null,
          cache: 'FILE:/home/jiri/tmp/krb5cc_1000',
        },
      ],
    } satisfies KlistListing);
  });

  it('mit-list-e-02: KEYRING cache, no renew line', () => {
    expect(parseMitKlist(sample('mit-list-e-02.txt'))).toEqual({
      kind: 'mit',
      logonId: null,
      cache: 'KEYRING:persistent:1000:1000',
      principal: 'nifanteve@TEST.LAN',
      complete: true,
      error: null,
      caches: [
        { cache: 'KEYRING:persistent:1000:1000', principal: 'nifanteve@TEST.LAN', isDefault: true },
      ],
      tickets: [
        {
          client: 'nifanteve@TEST.LAN',
          server: 'krbtgt/TEST.LAN@TEST.LAN',
          isTgt: true,
          encryptionType: 'aes256-cts-hmac-sha1-96',
          sessionKeyType: 'aes256-cts-hmac-sha1-96',
          flags: [],
          flagsHex: null,
          startTime: '2021-02-03T11:16:42+01:00',
          endTime: '2021-02-04T11:16:34+01:00',
          renewUntil: null,
          cacheFlags: [],
          kdcCalled: null,
          cache: 'KEYRING:persistent:1000:1000',
        },
      ],
    } satisfies KlistListing);
  });

  it('mit-list-f-01: DD/MM/YY dates (first field 22 > 12) and Flags: FRIA', () => {
    expect(parseMitKlist(sample('mit-list-f-01.txt'))).toEqual({
      kind: 'mit',
      logonId: null,
      cache: 'FILE:/tmp/krb5cc_1000',
      principal: 'username@DOMAIN.TEST',
      complete: true,
      error: null,
      caches: [
        { cache: 'FILE:/tmp/krb5cc_1000', principal: 'username@DOMAIN.TEST', isDefault: true },
      ],
      tickets: [
        {
          client: 'username@DOMAIN.TEST',
          server: 'krbtgt/DOMAIN.TEST@DOMAIN.TEST',
          isTgt: true,
          encryptionType: null,
          sessionKeyType: null,
          flags: ['forwardable', 'renewable', 'initial', 'pre_authent'],
          flagsHex: null,
          startTime: '2024-04-22T23:47:47+02:00',
          endTime: '2024-04-23T09:47:47+02:00',
          renewUntil: '2024-04-23T23:47:44+02:00',
          cacheFlags: [],
          kdcCalled: null,
          cache: 'FILE:/tmp/krb5cc_1000',
        },
      ],
    } satisfies KlistListing);
  });

  it('mit-list-fae-01: MM/DD/YY (02/14/22 decides month-first), tabs intact', () => {
    expect(parseMitKlist(sample('mit-list-fae-01.txt'))).toEqual({
      kind: 'mit',
      logonId: null,
      cache: 'FILE:/tmp/krb5cc_1000',
      principal: 'kmizumar@EXAMPLE.COM',
      complete: true,
      error: null,
      caches: [
        { cache: 'FILE:/tmp/krb5cc_1000', principal: 'kmizumar@EXAMPLE.COM', isDefault: true },
      ],
      tickets: [
        {
          client: 'kmizumar@EXAMPLE.COM',
          server: 'krbtgt/EXAMPLE.COM@EXAMPLE.COM',
          isTgt: true,
          encryptionType: 'aes256-cts-hmac-sha1-96',
          sessionKeyType: 'aes256-cts-hmac-sha1-96',
          flags: ['forwardable', 'renewable', 'initial', 'pre_authent'],
          flagsHex: null,
          startTime: '2022-02-07T10:15:32+01:00',
          endTime: '2022-02-14T10:15:30+01:00',
          renewUntil: '2022-03-07T10:15:30+01:00',
          cacheFlags: [],
          kdcCalled: null,
          cache: 'FILE:/tmp/krb5cc_1000',
        },
      ],
    } satisfies KlistListing);
  });
});

describe('parseMitKlist on real MIT 1.20.1 output captured on this machine (test/fixtures/mit-real)', () => {
  const alice = 'alice@REGROUP.TEST';
  const aliceCache = 'FILE:/tmp/mitcap/cc_alice';
  const aes = 'aes256-cts-hmac-sha1-96';
  const start = '2026-11-25T13:29:57+01:00';
  const end = '2026-11-25T23:29:57+01:00';
  const renew = '2026-11-28T13:29:57+01:00';
  const aliceServers = [
    'krbtgt/REGROUP.TEST@REGROUP.TEST',
    'HTTP/web.regroup.test@REGROUP.TEST',
    'cifs/fs1.regroup.test@REGROUP.TEST',
    'ldap/127.0.0.1@REGROUP.TEST',
  ];

  it('klist: four tickets, only the krbtgt one is a TGT', () => {
    const listing = parseMitKlist(real('klist.txt'));
    expect(listing.cache).toBe(aliceCache);
    expect(listing.principal).toBe(alice);
    expect(listing.complete).toBe(true);
    expect(listing.error).toBeNull();
    expect(listing.tickets).toEqual([
      mit({
        client: alice,
        server: 'krbtgt/REGROUP.TEST@REGROUP.TEST',
        isTgt: true,
        encryptionType: null,
        sessionKeyType: null,
        flags: [],
        startTime: start,
        endTime: end,
        renewUntil: renew,
        cache: aliceCache,
      }),
      mit({
        client: alice,
        server: 'HTTP/web.regroup.test@REGROUP.TEST',
        isTgt: false,
        encryptionType: null,
        sessionKeyType: null,
        flags: [],
        startTime: start,
        endTime: end,
        renewUntil: renew,
        cache: aliceCache,
      }),
      mit({
        client: alice,
        server: 'cifs/fs1.regroup.test@REGROUP.TEST',
        isTgt: false,
        encryptionType: null,
        sessionKeyType: null,
        flags: [],
        startTime: start,
        endTime: end,
        renewUntil: renew,
        cache: aliceCache,
      }),
      mit({
        client: alice,
        server: 'ldap/127.0.0.1@REGROUP.TEST',
        isTgt: false,
        encryptionType: null,
        sessionKeyType: null,
        flags: [],
        startTime: start,
        endTime: end,
        renewUntil: renew,
        cache: aliceCache,
      }),
    ]);
  });

  it('klist -f: FRI on the TGT, FRT on service tickets', () => {
    const listing = parseMitKlist(real('klist-f.txt'));
    expect(listing.tickets.map((t) => t.flags)).toEqual([
      ['forwardable', 'renewable', 'initial'],
      ['forwardable', 'renewable', 'transited_policy_checked'],
      ['forwardable', 'renewable', 'transited_policy_checked'],
      ['forwardable', 'renewable', 'transited_policy_checked'],
    ]);
    expect(listing.tickets.map((t) => t.renewUntil)).toEqual([renew, renew, renew, renew]);
    expect(listing.complete).toBe(true);
  });

  it('klist -e: the Etype field shares the renew line and ends with a space', () => {
    const listing = parseMitKlist(real('klist-e.txt'));
    expect(
      listing.tickets.map((t) => [t.server, t.renewUntil, t.sessionKeyType, t.encryptionType]),
    ).toEqual(aliceServers.map((s) => [s, renew, aes, aes]));
    expect(listing.complete).toBe(true);
  });

  it('klist -fea: flags, etypes and addresses lines', () => {
    const listing = parseMitKlist(real('klist-fea.txt'));
    expect(listing.tickets[0]).toEqual(
      mit({
        client: alice,
        server: 'krbtgt/REGROUP.TEST@REGROUP.TEST',
        isTgt: true,
        encryptionType: aes,
        sessionKeyType: aes,
        flags: ['forwardable', 'renewable', 'initial'],
        startTime: start,
        endTime: end,
        renewUntil: renew,
        cache: aliceCache,
      }),
    );
    expect(listing.tickets[3]).toEqual(
      mit({
        client: alice,
        server: 'ldap/127.0.0.1@REGROUP.TEST',
        isTgt: false,
        encryptionType: aes,
        sessionKeyType: aes,
        flags: ['forwardable', 'renewable', 'transited_policy_checked'],
        startTime: start,
        endTime: end,
        renewUntil: renew,
        cache: aliceCache,
      }),
    );
    expect(listing.tickets).toHaveLength(4);
  });

  it('klist -C and -5feaC: the fast_avail config entry is skipped', () => {
    for (const file of ['klist-C.txt', 'klist-5feaC.txt']) {
      const listing = parseMitKlist(real(file));
      expect(listing.tickets.map((t) => t.server)).toEqual(aliceServers);
      expect(listing.complete).toBe(true);
    }
    expect(parseMitKlist(real('klist-5feaC.txt')).tickets[1]?.encryptionType).toBe(aes);
  });

  it('klist -d, -a and -dafeC: AD types and addresses are read past, every field kept', () => {
    const servers = [
      'krbtgt/REGROUP.TEST@REGROUP.TEST',
      'HTTP/web.regroup.test@REGROUP.TEST',
      'cifs/fs1.regroup.test@REGROUP.TEST',
    ];
    const renewUntil = '2026-12-01T20:50:20+01:00';
    for (const file of ['klist-d.txt', 'klist-a.txt', 'klist-dafeC.txt']) {
      const listing = parseMitKlist(real(file));
      expect(listing.error, file).toBeNull();
      expect(listing.complete, file).toBe(true);
      expect(
        listing.tickets.map((t) => t.server),
        file,
      ).toEqual(servers);
      expect(
        listing.tickets.map((t) => t.renewUntil),
        file,
      ).toEqual([renewUntil, renewUntil, renewUntil]);
    }
    const full = parseMitKlist(real('klist-dafeC.txt')).tickets;
    expect(full.map((t) => [t.encryptionType, t.sessionKeyType])).toEqual(
      servers.map(() => [aes, aes]),
    );
    expect(full[0]?.flags).toEqual(['forwardable', 'renewable', 'initial']);
    // A ticket whose AD types carry numbers, and one with no renew time (the field on its own line).
    const numbered = real('klist-d.txt')
      .replace(', AD types: ', ', AD types: 1, 128')
      .replace(/(HTTP[^\n]*\n)\trenew until [^\n]*\n/, '$1\tAD types: 1\n');
    expect(numbered).toContain('AD types: 1, 128\n');
    expect(numbered).toContain('HTTP/web.regroup.test@REGROUP.TEST\n\tAD types: 1\n');
    const tickets = parseMitKlist(numbered);
    expect(tickets.complete).toBe(true);
    expect(tickets.tickets.map((t) => t.server)).toEqual(servers);
    expect(tickets.tickets.map((t) => t.renewUntil)).toEqual([renewUntil, null, renewUntil]);
  });

  it("klist -A: three caches, each ticket keeps its cache and that cache's principal; referral uses Ticket server", () => {
    const listing = parseMitKlist(real('klist-A.txt'));
    const t0 = '2026-11-25T13:30:04+01:00';
    expect(listing.cache).toBe('DIR::/tmp/mitcap/ccdir/tktSLkPHr');
    expect(listing.principal).toBe('bob@REGROUP.TEST');
    expect(listing.caches).toEqual([
      { cache: 'DIR::/tmp/mitcap/ccdir/tktSLkPHr', principal: 'bob@REGROUP.TEST', isDefault: true },
      { cache: 'DIR::/tmp/mitcap/ccdir/tktexp', principal: 'bob@REGROUP.TEST', isDefault: false },
      { cache: 'DIR::/tmp/mitcap/ccdir/tkt', principal: 'alice@REGROUP.TEST', isDefault: false },
    ]);
    expect(listing.tickets).toEqual([
      mit({
        client: 'bob@REGROUP.TEST',
        server: 'krbtgt/REGROUP.TEST@REGROUP.TEST',
        isTgt: true,
        encryptionType: null,
        sessionKeyType: null,
        flags: [],
        startTime: t0,
        endTime: '2026-11-25T14:30:04+01:00',
        renewUntil: null,
        cache: 'DIR::/tmp/mitcap/ccdir/tktSLkPHr',
      }),
      mit({
        client: 'bob@REGROUP.TEST',
        server: 'cifs/fs1.regroup.test@REGROUP.TEST',
        isTgt: false,
        encryptionType: null,
        sessionKeyType: null,
        flags: [],
        startTime: t0,
        endTime: '2026-11-25T14:30:04+01:00',
        renewUntil: null,
        cache: 'DIR::/tmp/mitcap/ccdir/tktSLkPHr',
      }),
      mit({
        client: 'bob@REGROUP.TEST',
        server: 'krbtgt/REGROUP.TEST@REGROUP.TEST',
        isTgt: true,
        encryptionType: null,
        sessionKeyType: null,
        flags: [],
        startTime: t0,
        endTime: '2026-11-25T13:30:07+01:00',
        renewUntil: null,
        cache: 'DIR::/tmp/mitcap/ccdir/tktexp',
      }),
      mit({
        client: 'alice@REGROUP.TEST',
        server: 'krbtgt/REGROUP.TEST@REGROUP.TEST',
        isTgt: true,
        encryptionType: null,
        sessionKeyType: null,
        flags: [],
        startTime: t0,
        endTime: '2026-11-25T23:30:04+01:00',
        renewUntil: '2026-11-28T13:30:04+01:00',
        cache: 'DIR::/tmp/mitcap/ccdir/tkt',
      }),
      mit({
        client: 'alice@REGROUP.TEST',
        server: 'ldap/127.0.0.1@REGROUP.TEST',
        isTgt: false,
        encryptionType: null,
        sessionKeyType: null,
        flags: [],
        startTime: t0,
        endTime: '2026-11-25T23:30:04+01:00',
        renewUntil: '2026-11-28T13:30:04+01:00',
        cache: 'DIR::/tmp/mitcap/ccdir/tkt',
      }),
      mit({
        client: 'alice@REGROUP.TEST',
        server: 'HTTP/web.regroup.test@REGROUP.TEST',
        isTgt: false,
        encryptionType: null,
        sessionKeyType: null,
        flags: [],
        startTime: t0,
        endTime: '2026-11-25T23:30:04+01:00',
        renewUntil: '2026-11-28T13:30:04+01:00',
        cache: 'DIR::/tmp/mitcap/ccdir/tkt',
      }),
    ]);
    expect(listing.complete).toBe(true);
  });

  it('klist -Af: flags per cache, Flags line without a renew date', () => {
    const listing = parseMitKlist(real('klist-Af.txt'));
    expect(listing.tickets.map((t) => [t.server, t.flags, t.renewUntil])).toEqual([
      ['krbtgt/REGROUP.TEST@REGROUP.TEST', ['initial'], null],
      ['cifs/fs1.regroup.test@REGROUP.TEST', ['transited_policy_checked'], null],
      ['krbtgt/REGROUP.TEST@REGROUP.TEST', ['initial'], null],
      [
        'krbtgt/REGROUP.TEST@REGROUP.TEST',
        ['forwardable', 'renewable', 'initial'],
        '2026-11-28T13:30:04+01:00',
      ],
      [
        'ldap/127.0.0.1@REGROUP.TEST',
        ['forwardable', 'renewable', 'transited_policy_checked'],
        '2026-11-28T13:30:04+01:00',
      ],
      [
        'HTTP/web.regroup.test@REGROUP.TEST',
        ['forwardable', 'renewable', 'transited_policy_checked'],
        '2026-11-28T13:30:04+01:00',
      ],
    ]);
  });

  it('an expired ticket is listed like a valid one, with its end time in the past', () => {
    const listing = parseMitKlist(real('klist-f-expired.txt'));
    expect(listing).toEqual({
      kind: 'mit',
      logonId: null,
      cache: 'DIR::/tmp/mitcap/ccdir/tktexp',
      principal: 'bob@REGROUP.TEST',
      complete: true,
      error: null,
      caches: [
        { cache: 'DIR::/tmp/mitcap/ccdir/tktexp', principal: 'bob@REGROUP.TEST', isDefault: true },
      ],
      tickets: [
        mit({
          client: 'bob@REGROUP.TEST',
          server: 'krbtgt/REGROUP.TEST@REGROUP.TEST',
          isTgt: true,
          encryptionType: null,
          sessionKeyType: null,
          flags: ['initial'],
          startTime: '2026-11-25T13:30:04+01:00',
          endTime: '2026-11-25T13:30:07+01:00',
          renewUntil: null,
          cache: 'DIR::/tmp/mitcap/ccdir/tktexp',
        }),
      ],
    } satisfies KlistListing);
  });

  it('errors: missing file cache and missing keyring are no-credentials; a damaged cache is klist-failed', () => {
    const noCache = parseMitKlist(real('klist-error-no-cache.txt'));
    expect(noCache.error?.code).toBe('no-credentials');
    expect(noCache.error?.detail).toBe(
      'klist: No credentials cache found (filename: /tmp/mitcap/does-not-exist)',
    );
    expect(say(noCache.error?.message)).toMatch(/kinit/);
    expect(noCache.tickets).toEqual([]);

    const keyring = parseMitKlist(real('klist-error-keyring.txt'));
    expect(keyring.error?.code).toBe('no-credentials');
    expect(keyring.error?.detail).toBe(
      "klist: Credentials cache keyring 'persistent:0:0' not found",
    );

    const bad = parseMitKlist(real('klist-error-bad-format.txt'));
    expect(bad.error?.code).toBe('klist-failed');
    expect(bad.error?.detail).toBe(
      'klist: Unsupported credentials cache format version number (filename: /tmp/mitcap/garbage)',
    );
    // klist's own words are the detail (above); the sentence says what to do.
    expect(bad.error?.message.id).toBe('unix.klist.failed');
    expect(say(bad.error?.message)).toMatch(/^MIT klist could not list your tickets.*kdestroy/);
  });

  it('German (LC_ALL=de_DE.UTF-8) klist -Af: translated labels, DD.MM.YYYY dates', () => {
    const listing = parseMitKlist(real('klist-Af-de_DE.txt'));
    expect(listing.caches).toEqual([
      { cache: 'DIR::/tmp/mitcap/ccdir/tktSLkPHr', principal: 'bob@REGROUP.TEST', isDefault: true },
      { cache: 'DIR::/tmp/mitcap/ccdir/tktexp', principal: 'bob@REGROUP.TEST', isDefault: false },
      { cache: 'DIR::/tmp/mitcap/ccdir/tkt', principal: 'alice@REGROUP.TEST', isDefault: false },
    ]);
    expect(
      listing.tickets.map((t) => [
        t.client,
        t.server,
        t.startTime,
        t.endTime,
        t.renewUntil,
        t.flags,
      ]),
    ).toEqual([
      [
        'bob@REGROUP.TEST',
        'krbtgt/REGROUP.TEST@REGROUP.TEST',
        '2026-11-25T13:30:04+01:00',
        '2026-11-25T14:30:04+01:00',
        null,
        ['initial'],
      ],
      [
        'bob@REGROUP.TEST',
        'cifs/fs1.regroup.test@REGROUP.TEST',
        '2026-11-25T13:30:04+01:00',
        '2026-11-25T14:30:04+01:00',
        null,
        ['transited_policy_checked'],
      ],
      [
        'bob@REGROUP.TEST',
        'krbtgt/REGROUP.TEST@REGROUP.TEST',
        '2026-11-25T13:30:04+01:00',
        '2026-11-25T13:30:07+01:00',
        null,
        ['initial'],
      ],
      [
        'alice@REGROUP.TEST',
        'krbtgt/REGROUP.TEST@REGROUP.TEST',
        '2026-11-25T13:30:04+01:00',
        '2026-11-25T23:30:04+01:00',
        '2026-11-28T13:30:04+01:00',
        ['forwardable', 'renewable', 'initial'],
      ],
      [
        'alice@REGROUP.TEST',
        'ldap/127.0.0.1@REGROUP.TEST',
        '2026-11-25T13:30:04+01:00',
        '2026-11-25T23:30:04+01:00',
        '2026-11-28T13:30:04+01:00',
        ['forwardable', 'renewable', 'transited_policy_checked'],
      ],
      [
        'alice@REGROUP.TEST',
        'HTTP/web.regroup.test@REGROUP.TEST',
        '2026-11-25T13:30:04+01:00',
        '2026-11-25T23:30:04+01:00',
        '2026-11-28T13:30:04+01:00',
        ['forwardable', 'renewable', 'transited_policy_checked'],
      ],
    ]);
    expect(listing.complete).toBe(true);
  });

  it('German klist -fea and -e: "Etype (Skey, TKT)", "Adressen: (keine)", "erneuern bis ..., Etype ..."', () => {
    for (const file of ['klist-fea-de_DE.txt', 'klist-e-de_DE.txt']) {
      const listing = parseMitKlist(real(file));
      expect(listing.principal).toBe(alice);
      expect(
        listing.tickets.map((t) => [
          t.server,
          t.startTime,
          t.endTime,
          t.renewUntil,
          t.sessionKeyType,
          t.encryptionType,
        ]),
      ).toEqual(aliceServers.map((s) => [s, start, end, renew, aes, aes]));
      expect(listing.complete).toBe(true);
    }
    expect(parseMitKlist(real('klist-fea-de_DE.txt')).tickets[0]?.flags).toEqual([
      'forwardable',
      'renewable',
      'initial',
    ]);
  });

  it('German keyring error ("Schlüsselbund ... nicht gefunden") is no-credentials', () => {
    const listing = parseMitKlist(real('klist-error-keyring-de_DE.txt'));
    expect(listing.error?.code).toBe('no-credentials');
    expect(listing.error?.detail).toBe(
      'klist: Schlüsselbund persistent:0:0 des Anmeldedatenzwischenspeichers nicht gefunden',
    );
  });

  it('en_GB DD/MM/YY, fr_FR DD/MM/YYYY and ru_RU DD.MM.YYYY dates read as 25 November', () => {
    const gb = parseMitKlist(real('klist-Af-en_GB.txt'));
    expect(gb.tickets.map((t) => t.endTime)).toEqual([
      '2026-11-25T14:30:04+01:00',
      '2026-11-25T14:30:04+01:00',
      '2026-11-25T13:30:07+01:00',
      '2026-11-25T23:30:04+01:00',
      '2026-11-25T23:30:04+01:00',
      '2026-11-25T23:30:04+01:00',
    ]);
    for (const file of ['klist-fea-fr_FR.txt', 'klist-f-ru_RU.txt']) {
      const listing = parseMitKlist(real(file));
      expect(listing.tickets.map((t) => [t.server, t.startTime, t.endTime, t.renewUntil])).toEqual(
        aliceServers.map((s) => [s, start, end, renew]),
      );
    }
  });
});

describe('parseMitKlist on translated and reformatted variants', () => {
  // mit-list-fae-01.txt with its labels translated to German by hand (as MIT's de catalogue does),
  // dates rewritten in the de_DE form DD.MM.YYYY.
  const GERMAN_FAE = [
    'Ticket-Zwischenspeicher: FILE:/tmp/krb5cc_1000',
    'Standard-Principal: kmizumar@EXAMPLE.COM',
    '',
    'Gültig ab            Läuft ab             Dienst-Principal',
    '07.02.2022 10:15:32  14.02.2022 10:15:30  krbtgt/EXAMPLE.COM@EXAMPLE.COM',
    '\terneuern bis 07.03.2022 10:15:30, Schalter: FRIA',
    '\tEtype (Skey, TKT): aes256-cts-hmac-sha1-96, aes256-cts-hmac-sha1-96 ',
    '\tAdressen: (keine)',
    '',
  ].join('\n');

  it('German labels (translated from mit-list-fae-01): same tickets as the English original', () => {
    expect(parseMitKlist(GERMAN_FAE)).toEqual({
      kind: 'mit',
      logonId: null,
      cache: 'FILE:/tmp/krb5cc_1000',
      principal: 'kmizumar@EXAMPLE.COM',
      complete: true,
      error: null,
      caches: [
        { cache: 'FILE:/tmp/krb5cc_1000', principal: 'kmizumar@EXAMPLE.COM', isDefault: true },
      ],
      tickets: [
        mit({
          client: 'kmizumar@EXAMPLE.COM',
          server: 'krbtgt/EXAMPLE.COM@EXAMPLE.COM',
          isTgt: true,
          encryptionType: 'aes256-cts-hmac-sha1-96',
          sessionKeyType: 'aes256-cts-hmac-sha1-96',
          flags: ['forwardable', 'renewable', 'initial', 'pre_authent'],
          startTime: '2022-02-07T10:15:32+01:00',
          endTime: '2022-02-14T10:15:30+01:00',
          renewUntil: '2022-03-07T10:15:30+01:00',
          cache: 'FILE:/tmp/krb5cc_1000',
        }),
      ],
    } satisfies KlistListing);
    expect(looksLikeMitKlist(GERMAN_FAE)).toBe(true);
  });

  it('dotted date and dotted time (06.03.2020 09.03.06) is day.month.year', () => {
    const text = [
      'Ticket cache: FILE:/tmp/krb5cc_1000',
      'Default principal: a@B.C',
      '',
      'Valid starting       Expires              Service principal',
      '06.03.2020 09.03.06  06.03.2020 19.03.06  krbtgt/B.C@B.C',
      '\trenew until 13.03.2020 09.03.03',
    ].join('\n');
    const [t] = parseMitKlist(text).tickets;
    expect([t?.startTime, t?.endTime, t?.renewUntil]).toEqual([
      '2020-03-06T09:03:06+01:00',
      '2020-03-06T19:03:06+01:00',
      '2020-03-13T09:03:03+01:00',
    ]);
  });

  it('ISO-like dates with T or a space', () => {
    const text = [
      'Ticket cache: FILE:/tmp/krb5cc_1000',
      'Default principal: a@B.C',
      '',
      'Valid starting       Expires              Service principal',
      '2026-11-25T13:13:19  2026-11-25T23:13:19  krbtgt/B.C@B.C',
      '2026-11-25 13:14:00  2026-11-25 23:13:19  HTTP/w.b.c@B.C',
    ].join('\n');
    expect(parseMitKlist(text).tickets.map((t) => [t.startTime, t.endTime])).toEqual([
      ['2026-11-25T13:13:19+01:00', '2026-11-25T23:13:19+01:00'],
      ['2026-11-25T13:14:00+01:00', '2026-11-25T23:13:19+01:00'],
    ]);
  });

  it('ambiguous dates: a later ticket with a day > 12 makes the whole listing day-first', () => {
    const text = [
      'Ticket cache: FILE:/tmp/krb5cc_1000',
      'Default principal: a@B.C',
      '',
      'Valid starting     Expires            Service principal',
      '05/06/24 10:00:00  05/06/24 20:00:00  krbtgt/B.C@B.C',
      '05/06/24 11:00:00  05/06/24 20:00:00  HTTP/w.b.c@B.C',
      '\trenew until 13/06/24 10:00:00',
    ].join('\n');
    expect(parseMitKlist(text).tickets.map((t) => [t.startTime, t.renewUntil])).toEqual([
      ['2024-06-05T10:00:00+02:00', null],
      ['2024-06-05T11:00:00+02:00', '2024-06-13T10:00:00+02:00'],
    ]);
  });

  it('ambiguous dates with nothing to decide: month-first, as C and en_US print', () => {
    const text = [
      'Ticket cache: FILE:/tmp/krb5cc_1000',
      'Default principal: a@B.C',
      '',
      'Valid starting     Expires            Service principal',
      '05/06/24 10:00:00  05/06/24 20:00:00  krbtgt/B.C@B.C',
    ].join('\n');
    expect(parseMitKlist(text).tickets[0]?.startTime).toBe('2024-05-06T10:00:00+02:00');
  });

  it('ambiguous dates: only the day-first reading gives start before end', () => {
    const text = [
      'Ticket cache: FILE:/tmp/krb5cc_1000',
      'Default principal: a@B.C',
      '',
      'Valid starting     Expires            Service principal',
      '12/01/24 22:00:00  01/02/24 08:00:00  krbtgt/B.C@B.C',
    ].join('\n');
    // month-first: Dec 1 -> Jan 2 (before the start); day-first: 12 Jan -> 1 Feb.
    expect(parseMitKlist(text).tickets[0]?.endTime).toBe('2024-02-01T08:00:00+01:00');
  });
});

describe('parseMitKlist on cut and broken text', () => {
  const head = [
    'Ticket cache: FILE:/tmp/krb5cc_1000',
    'Default principal: a@B.C',
    '',
    'Valid starting     Expires            Service principal',
  ];

  it('a ticket line cut mid-way: keeps the whole tickets, complete false', () => {
    const text = [
      ...head,
      '11/17/16 11:50:26  11/18/16 11:50:26  krbtgt/B.C@B.C',
      '11/17/16 11:51:00  11/18/16 11:5',
    ].join('\n');
    const listing = parseMitKlist(text);
    expect(listing.complete).toBe(false);
    expect(listing.tickets.map((t) => t.server)).toEqual(['krbtgt/B.C@B.C']);
  });

  it('a principal cut before its realm: the ticket is dropped, complete false', () => {
    const listing = parseMitKlist(
      [...head, '11/17/16 11:50:26  11/18/16 11:50:26  krbtgt/B.'].join('\n'),
    );
    expect(listing.complete).toBe(false);
    expect(listing.tickets).toEqual([]);
  });

  it('a dangling continuation (renew date cut) marks the output incomplete', () => {
    const listing = parseMitKlist(
      [
        ...head,
        '11/17/16 11:50:26  11/18/16 11:50:26  krbtgt/B.C@B.C',
        '\trenew until 11/24/16 11:',
      ].join('\n'),
    );
    expect(listing.complete).toBe(false);
    expect(listing.tickets[0]?.renewUntil).toBeNull();
  });

  it('an Etype line with only one etype marks the output incomplete', () => {
    const listing = parseMitKlist(
      [
        ...head,
        '11/17/16 11:50:26  11/18/16 11:50:26  krbtgt/B.C@B.C',
        '\tEtype (skey, tkt): aes256-cts-hmac-sha1-96,',
      ].join('\n'),
    );
    expect(listing.complete).toBe(false);
  });

  it('the header alone (no column header) is incomplete; with the column header it is an empty cache', () => {
    expect(parseMitKlist(head.slice(0, 2).join('\n')).complete).toBe(false);
    expect(parseMitKlist(head.join('\n'))).toMatchObject({
      complete: true,
      error: null,
      tickets: [],
      principal: 'a@B.C',
    });
  });

  it('a shell prompt after the output does not make it incomplete', () => {
    const text = `${sample('mit-list-fae-01.txt')}maru@xclient:~$ \n`;
    expect(parseMitKlist(text).complete).toBe(true);
  });

  it('empty text -> empty-output; other text -> unreadable-output; never throws', () => {
    expect(parseMitKlist('')).toMatchObject({
      kind: 'mit',
      error: { code: 'empty-output' },
      tickets: [],
    });
    expect(parseMitKlist('  \n\t\n').error?.code).toBe('empty-output');
    const unreadable = parseMitKlist('hello world\nthis is not klist');
    expect(unreadable.error?.code).toBe('unreadable-output');
    expect(say(unreadable.error?.message)).toMatch(/MIT klist/);
    expect(unreadable.tickets).toEqual([]);
  });

  it('another klist: line is klist-failed with the tool words as detail', () => {
    const listing = parseMitKlist('klist: Permission denied (filename: /tmp/krb5cc_0)\n');
    expect(listing.error).toEqual({
      code: 'klist-failed',
      message: { id: 'unix.klist.failed', values: { family: 'MIT' } },
      detail: 'klist: Permission denied (filename: /tmp/krb5cc_0)',
    });
  });
});

describe('looksLikeMitKlist', () => {
  it('recognises every MIT sample and real capture', () => {
    for (const f of [
      'mit-error-01.txt',
      'mit-list-01.txt',
      'mit-list-02.txt',
      'mit-list-03.txt',
      'mit-list-5feaC-01.txt',
      'mit-list-e-02.txt',
      'mit-list-f-01.txt',
      'mit-list-fae-01.txt',
    ]) {
      expect(looksLikeMitKlist(sample(f)), f).toBe(true);
    }
    for (const f of [
      'klist-A.txt',
      'klist-Af-de_DE.txt',
      'klist-error-keyring-de_DE.txt',
      'klist-error-bad-format.txt',
    ]) {
      expect(looksLikeMitKlist(real(f)), f).toBe(true);
    }
  });

  it('rejects Heimdal and Windows output and plain text', () => {
    for (const f of [
      'heimdal-list-01.txt',
      'heimdal-list-03.txt',
      'heimdal-list-v-01.txt',
      'win-en-list-01.txt',
      'win-zh-list-02.txt',
      'win-en-error-01.txt',
    ]) {
      expect(looksLikeMitKlist(sample(f)), f).toBe(false);
    }
    expect(looksLikeMitKlist('')).toBe(false);
    expect(looksLikeMitKlist('hello')).toBe(false);
  });

  it('Windows klist output gives no tickets, only unreadable-output', () => {
    for (const f of [
      'win-en-list-01.txt',
      'win-zh-list-02.txt',
      'win-fr-list-01.txt',
      'win-en-tgt-03.txt',
      'win-en-error-01.txt',
    ]) {
      const listing = parseMitKlist(sample(f));
      expect([f, listing.kind, listing.tickets.length, listing.error?.code]).toEqual([
        f,
        'mit',
        0,
        'unreadable-output',
      ]);
    }
  });
});
