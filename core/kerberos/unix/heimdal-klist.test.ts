import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeHeimdalKlist, parseHeimdalKlist } from './heimdal-klist';
import type { KlistListing, Ticket } from '../types';
import { say } from '../../../test/fakes/english';

// Tests run with TZ=Europe/Berlin (vitest.config.ts).
const SAMPLES = path.resolve(__dirname, '../../../../shared/klist-samples');
const REAL = path.resolve(__dirname, '../../../test/fixtures/heimdal-real');
const sample = (name: string): string => readFileSync(path.join(SAMPLES, name), 'utf8');
const real = (name: string): string => readFileSync(path.join(REAL, name), 'utf8');

const heimdal = (fields: Omit<Ticket, 'flagsHex' | 'cacheFlags' | 'kdcCalled'>): Ticket => ({
  ...fields,
  flagsHex: null,
  cacheFlags: [],
  kdcCalled: null,
});

describe('parseHeimdalKlist on the public samples', () => {
  it('heimdal-list-01: API cache, indented Principal, space-padded day', () => {
    expect(parseHeimdalKlist(sample('heimdal-list-01.txt'))).toEqual({
      kind: 'heimdal',
      logonId: null,
      cache: 'API:501',
      principal: 'cassandra@DATASTAX.COM',
      complete: true,
      error: null,
      caches: [{ cache: 'API:501', principal: 'cassandra@DATASTAX.COM', isDefault: true }],
      tickets: [
        {
          client: 'cassandra@DATASTAX.COM',
          server: 'krbtgt/DATASTAX.COM@DATASTAX.COM',
          isTgt: true,
          encryptionType: null,
          sessionKeyType: null,
          flags: [],
          flagsHex: null,
          startTime: '2017-07-05T15:55:18+02:00',
          endTime: '2017-07-06T15:55:15+02:00',
          renewUntil: null,
          cacheFlags: [],
          kdcCalled: null,
          cache: 'API:501',
        },
      ],
    } satisfies KlistListing);
  });

  it('heimdal-list-03: indentation and blank line lost, machine principal with $', () => {
    expect(parseHeimdalKlist(sample('heimdal-list-03.txt'))).toEqual({
      kind: 'heimdal',
      logonId: null,
      cache: 'API:3FB02FDF-608F-4548-AFEC-85BFFBF4E073',
      principal: 'machpower$@TWOCANOES.COM',
      complete: true,
      error: null,
      caches: [
        {
          cache: 'API:3FB02FDF-608F-4548-AFEC-85BFFBF4E073',
          principal: 'machpower$@TWOCANOES.COM',
          isDefault: true,
        },
      ],
      tickets: [
        {
          client: 'machpower$@TWOCANOES.COM',
          server: 'krbtgt/TWOCANOES.COM@TWOCANOES.COM',
          isTgt: true,
          encryptionType: null,
          sessionKeyType: null,
          flags: [],
          flagsHex: null,
          startTime: '2018-01-27T22:53:33+01:00',
          endTime: '2018-01-28T08:53:33+01:00',
          renewUntil: null,
          cacheFlags: [],
          kdcCalled: null,
          cache: 'API:3FB02FDF-608F-4548-AFEC-85BFFBF4E073',
        },
      ],
    } satisfies KlistListing);
  });

  it('heimdal-list-v-01: verbose block with start time, renew till and long flag names', () => {
    expect(parseHeimdalKlist(sample('heimdal-list-v-01.txt'))).toEqual({
      kind: 'heimdal',
      logonId: null,
      cache: 'API:<Token HEX above>',
      principal: '<your_CERN_username>@CERN.CH',
      complete: true,
      error: null,
      caches: [
        {
          cache: 'API:<Token HEX above>',
          principal: '<your_CERN_username>@CERN.CH',
          isDefault: true,
        },
      ],
      tickets: [
        {
          client: '<your_CERN_username>@CERN.CH',
          server: 'krbtgt/CERN.CH@CERN.CH',
          isTgt: true,
          encryptionType: 'aes256-cts-hmac-sha1-96',
          sessionKeyType: 'aes256-cts-hmac-sha1-96',
          flags: ['enc_pa_rep', 'pre_authent', 'initial', 'renewable', 'proxiable', 'forwardable'],
          flagsHex: null,
          startTime: '2024-07-28T16:48:24+02:00',
          endTime: '2024-07-29T16:48:17+02:00',
          renewUntil: '2024-08-04T14:48:08+02:00',
          cacheFlags: [],
          kdcCalled: null,
          cache: 'API:<Token HEX above>',
        },
      ],
    } satisfies KlistListing);
  });
});

describe('parseHeimdalKlist on real Heimdal 7.8.0 output (test/fixtures/heimdal-real)', () => {
  const alice = 'alice@REGROUP.TEST';
  const cc = 'FILE:/tmp/heimcap/cc_h';
  const aes = 'aes256-cts-hmac-sha1-96';

  it('klist: three tickets', () => {
    const listing = parseHeimdalKlist(real('klist.txt'));
    expect(listing).toEqual({
      kind: 'heimdal',
      logonId: null,
      cache: cc,
      principal: alice,
      complete: true,
      error: null,
      caches: [{ cache: cc, principal: alice, isDefault: true }],
      tickets: [
        heimdal({
          client: alice,
          server: 'krbtgt/REGROUP.TEST@REGROUP.TEST',
          isTgt: true,
          encryptionType: null,
          sessionKeyType: null,
          flags: [],
          startTime: '2026-11-25T13:32:15+01:00',
          endTime: '2026-11-25T23:32:15+01:00',
          renewUntil: null,
          cache: cc,
        }),
        heimdal({
          client: alice,
          server: 'HTTP/web.regroup.test@REGROUP.TEST',
          isTgt: false,
          encryptionType: null,
          sessionKeyType: null,
          flags: [],
          startTime: '2026-11-25T13:32:18+01:00',
          endTime: '2026-11-25T23:32:15+01:00',
          renewUntil: null,
          cache: cc,
        }),
        heimdal({
          client: alice,
          server: 'cifs/fs1.regroup.test@REGROUP.TEST',
          isTgt: false,
          encryptionType: null,
          sessionKeyType: null,
          flags: [],
          startTime: '2026-11-25T13:32:18+01:00',
          endTime: '2026-11-25T23:32:15+01:00',
          renewUntil: null,
          cache: cc,
        }),
      ],
    } satisfies KlistListing);
  });

  it('klist -A (one cache, trailing blank lines) reads like klist', () => {
    expect(parseHeimdalKlist(real('klist-A.txt'))).toEqual(parseHeimdalKlist(real('klist.txt')));
  });

  it('klist -f: the flag column between Expires and Principal', () => {
    expect(parseHeimdalKlist(real('klist-f.txt')).tickets.map((t) => [t.server, t.flags])).toEqual([
      ['krbtgt/REGROUP.TEST@REGROUP.TEST', ['forwardable', 'renewable', 'initial']],
      [
        'HTTP/web.regroup.test@REGROUP.TEST',
        ['forwardable', 'renewable', 'transited_policy_checked'],
      ],
      [
        'cifs/fs1.regroup.test@REGROUP.TEST',
        ['forwardable', 'renewable', 'transited_policy_checked'],
      ],
    ]);
  });

  it('klist -v: the TGT has no Start time line (start = Auth time); session key type = ticket etype', () => {
    const listing = parseHeimdalKlist(real('klist-v.txt'));
    expect(listing.complete).toBe(true);
    expect(listing.tickets).toEqual([
      heimdal({
        client: alice,
        server: 'krbtgt/REGROUP.TEST@REGROUP.TEST',
        isTgt: true,
        encryptionType: aes,
        sessionKeyType: aes,
        flags: ['enc_pa_rep', 'initial', 'renewable', 'forwardable'],
        startTime: '2026-11-25T13:32:15+01:00',
        endTime: '2026-11-25T23:32:15+01:00',
        renewUntil: '2026-11-28T13:32:15+01:00',
        cache: cc,
      }),
      heimdal({
        client: alice,
        server: 'HTTP/web.regroup.test@REGROUP.TEST',
        isTgt: false,
        encryptionType: aes,
        sessionKeyType: aes,
        flags: ['enc_pa_rep', 'transited_policy_checked', 'renewable', 'forwardable'],
        startTime: '2026-11-25T13:32:18+01:00',
        endTime: '2026-11-25T23:32:15+01:00',
        renewUntil: '2026-11-28T13:32:15+01:00',
        cache: cc,
      }),
      heimdal({
        client: alice,
        server: 'cifs/fs1.regroup.test@REGROUP.TEST',
        isTgt: false,
        encryptionType: aes,
        sessionKeyType: aes,
        flags: ['enc_pa_rep', 'transited_policy_checked', 'renewable', 'forwardable'],
        startTime: '2026-11-25T13:32:18+01:00',
        endTime: '2026-11-25T23:32:15+01:00',
        renewUntil: '2026-11-28T13:32:15+01:00',
        cache: cc,
      }),
    ]);
  });

  it('>>>Expired<<< -> endTime null and expired true (with and without -f)', () => {
    const expected = {
      kind: 'heimdal',
      logonId: null,
      cache: 'FILE:/tmp/heimcap/cc_exp',
      principal: 'bob@REGROUP.TEST',
      complete: true,
      error: null,
      caches: [
        { cache: 'FILE:/tmp/heimcap/cc_exp', principal: 'bob@REGROUP.TEST', isDefault: true },
      ],
      tickets: [
        {
          ...heimdal({
            client: 'bob@REGROUP.TEST',
            server: 'krbtgt/REGROUP.TEST@REGROUP.TEST',
            isTgt: true,
            encryptionType: null,
            sessionKeyType: null,
            flags: [],
            startTime: '2026-11-25T13:32:18+01:00',
            endTime: null,
            renewUntil: null,
            cache: 'FILE:/tmp/heimcap/cc_exp',
          }),
          expired: true,
        },
      ],
    } satisfies KlistListing;
    expect(parseHeimdalKlist(real('klist-expired.txt'))).toEqual(expected);
    expect(parseHeimdalKlist(real('klist-f-expired.txt')).tickets[0]).toEqual({
      ...expected.tickets[0],
      flags: ['forwardable', 'initial'],
    });
  });

  it('klist -v of an expired ticket keeps the end time and marks it expired', () => {
    expect(parseHeimdalKlist(real('klist-v-expired.txt')).tickets).toEqual([
      {
        ...heimdal({
          client: 'bob@REGROUP.TEST',
          server: 'krbtgt/REGROUP.TEST@REGROUP.TEST',
          isTgt: true,
          encryptionType: aes,
          sessionKeyType: aes,
          flags: ['enc_pa_rep', 'initial', 'forwardable'],
          startTime: '2026-11-25T13:32:18+01:00',
          endTime: '2026-11-25T13:32:21+01:00',
          renewUntil: null,
          cache: 'FILE:/tmp/heimcap/cc_exp',
        }),
        expired: true,
      },
    ]);
  });

  it('errors: "No ticket file" is no-credentials; a damaged cache is klist-failed', () => {
    const noTicketFile = parseHeimdalKlist(real('klist-error-no-ticket-file.txt'));
    expect(noTicketFile).toEqual({
      kind: 'heimdal',
      logonId: null,
      cache: null,
      principal: null,
      complete: true,
      error: {
        code: 'no-credentials',
        message: {
          id: 'unix.klist.noCredentials',
          values: { family: 'Heimdal', command: 'kinit your.name@YOUR.REALM' },
        },
        detail: 'klist: No ticket file: /tmp/nonexist',
      },
      tickets: [],
    });
    expect(say(noTicketFile.error?.message)).toMatch(/kinit/);
    const bad = parseHeimdalKlist(real('klist-error-bad-format.txt'));
    expect(bad.error?.code).toBe('klist-failed');
    expect(bad.error?.detail).toBe(
      'klist: krb5_cc_get_principal: Bad version number in credential cache file: /tmp/heimcap/garbage',
    );
    expect(bad.error?.message.id).toBe('unix.klist.failed');
    expect(say(bad.error?.message)).toMatch(/kdestroy/);
  });

  it('klist -A with two caches (two real listings joined as klist -A prints them)', () => {
    const listing = parseHeimdalKlist(`${real('klist.txt')}\n${real('klist-expired.txt')}`);
    expect(listing.caches).toEqual([
      { cache: cc, principal: alice, isDefault: true },
      { cache: 'FILE:/tmp/heimcap/cc_exp', principal: 'bob@REGROUP.TEST', isDefault: false },
    ]);
    expect(listing.tickets.map((t) => [t.client, t.server, t.cache, t.expired])).toEqual([
      [alice, 'krbtgt/REGROUP.TEST@REGROUP.TEST', cc, undefined],
      [alice, 'HTTP/web.regroup.test@REGROUP.TEST', cc, undefined],
      [alice, 'cifs/fs1.regroup.test@REGROUP.TEST', cc, undefined],
      ['bob@REGROUP.TEST', 'krbtgt/REGROUP.TEST@REGROUP.TEST', 'FILE:/tmp/heimcap/cc_exp', true],
    ]);
    expect(listing.principal).toBe(alice);
  });
});

describe('parseHeimdalKlist leniency and safety', () => {
  it('a Session key line with an etype name gives sessionKeyType; key bytes are never kept', () => {
    const block = (sessionKey: string): string =>
      [
        'Credentials cache: API:501',
        '        Principal: a@B.C',
        '',
        'Server: cifs/fs.b.c@B.C',
        'Client: a@B.C',
        'Ticket etype: aes256-cts-hmac-sha1-96, kvno 2',
        `Session key: ${sessionKey}`,
        'Auth time:  Jul  5 15:55:18 2017',
        'End time:   Jul  6 01:55:18 2017',
        'Ticket flags: forwardable, pre-authent',
        'Addresses: addressless',
      ].join('\n');
    const withName = parseHeimdalKlist(block('arcfour-hmac-md5')).tickets[0];
    expect(withName?.sessionKeyType).toBe('arcfour-hmac-md5');
    expect(withName?.flags).toEqual(['forwardable', 'pre_authent']);
    const withBytes = parseHeimdalKlist(block('0a1b2c3d4e5f60718293a4b5c6d7e8f9'));
    expect(withBytes.tickets[0]?.sessionKeyType).toBeNull();
    expect(JSON.stringify(withBytes)).not.toContain('0a1b2c3d4e5f');
  });

  it('old Heimdal dates without a year take the year nearest to now', () => {
    const text = [
      'Credentials cache: FILE:/tmp/krb5cc_0',
      '        Principal: a@B.C',
      '',
      '  Issued           Expires          Principal',
      'Dec 31 22:00:00  Jan  1 08:00:00  krbtgt/B.C@B.C',
    ].join('\n');
    const [t] = parseHeimdalKlist(text, { now: new Date(2025, 0, 1, 3, 0, 0) }).tickets;
    expect([t?.startTime, t?.endTime]).toEqual([
      '2024-12-31T22:00:00+01:00',
      '2025-01-01T08:00:00+01:00',
    ]);
  });

  it('a verbose block cut before its end is incomplete; a cut table line too', () => {
    const v = real('klist-v.txt').split('\n');
    const cut = parseHeimdalKlist(
      v.slice(0, v.indexOf('End time:   Nov 25 23:32:15 2026')).join('\n'),
    );
    expect(cut.complete).toBe(false);
    const table = parseHeimdalKlist(`${real('klist.txt')}Nov 25 13:32:18 2026  Nov 25 2`);
    expect(table.complete).toBe(false);
    expect(table.tickets).toHaveLength(3);
  });

  it('empty text -> empty-output; other text -> unreadable-output', () => {
    expect(parseHeimdalKlist('').error?.code).toBe('empty-output');
    const unreadable = parseHeimdalKlist('nothing to see here');
    expect(unreadable).toMatchObject({
      kind: 'heimdal',
      tickets: [],
      error: { code: 'unreadable-output' },
    });
    expect(say(unreadable.error?.message)).toMatch(/Heimdal klist/);
  });
});

describe('looksLikeHeimdalKlist', () => {
  it('recognises the Heimdal samples and real captures', () => {
    for (const f of ['heimdal-list-01.txt', 'heimdal-list-03.txt', 'heimdal-list-v-01.txt'])
      expect(looksLikeHeimdalKlist(sample(f)), f).toBe(true);
    for (const f of [
      'klist.txt',
      'klist-v.txt',
      'klist-expired.txt',
      'klist-error-no-ticket-file.txt',
      'klist-error-bad-format.txt',
    ]) {
      expect(looksLikeHeimdalKlist(real(f)), f).toBe(true);
    }
  });

  it('rejects MIT and Windows output', () => {
    for (const f of [
      'mit-list-01.txt',
      'mit-list-fae-01.txt',
      'mit-error-01.txt',
      'win-en-list-01.txt',
      'win-fr-list-01.txt',
    ]) {
      expect(looksLikeHeimdalKlist(sample(f)), f).toBe(false);
    }
    expect(looksLikeHeimdalKlist('')).toBe(false);
  });

  it('Windows klist output gives no tickets, only unreadable-output', () => {
    for (const f of [
      'win-en-list-01.txt',
      'win-zh-list-02.txt',
      'win-fr-list-01.txt',
      'win-en-tgt-03.txt',
      'win-en-error-01.txt',
    ]) {
      const listing = parseHeimdalKlist(sample(f));
      expect([f, listing.kind, listing.tickets.length, listing.error?.code]).toEqual([
        f,
        'heimdal',
        0,
        'unreadable-output',
      ]);
    }
  });
});
