import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeHeimdalKlist, parseHeimdalKlist } from './heimdal-klist';
import { looksLikeMitKlist, parseMitKlist } from './mit-klist';
import type { KlistListing } from '../types';
import { say } from '../../../test/fakes/english';

const SAMPLES = path.resolve(__dirname, '../../../../shared/klist-samples');
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

function readAll(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && keep(f))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

const REAL_TEXTS = [
  ...readAll(SAMPLES, (f) => f.startsWith('mit-') || f.startsWith('heimdal-')),
  ...readAll(path.join(FIXTURES, 'mit-real'), () => true),
  ...readAll(path.join(FIXTURES, 'heimdal-real'), () => true),
];

/** What every listing must satisfy, whatever the input. */
function checkListing(listing: KlistListing, kind: 'mit' | 'heimdal'): void {
  expect(listing.kind).toBe(kind);
  expect(Array.isArray(listing.tickets)).toBe(true);
  expect(typeof listing.complete).toBe('boolean');
  if (listing.error) {
    expect(listing.error.message.id).toMatch(/^unix\.klist\./);
    expect(say(listing.error.message).length).toBeGreaterThan(20);
  }
  for (const t of listing.tickets) {
    expect(t.server).toContain('@');
    expect(Number.isNaN(Date.parse(t.startTime))).toBe(false);
    if (t.endTime !== null) expect(Number.isNaN(Date.parse(t.endTime))).toBe(false);
    else expect(t.expired).toBe(true);
  }
  // A listing either has something to show or says why not.
  if (listing.tickets.length === 0 && listing.cache === null) expect(listing.error).not.toBeNull();
}

function parseBoth(text: string): void {
  checkListing(parseMitKlist(text), 'mit');
  checkListing(parseHeimdalKlist(text), 'heimdal');
  expect(typeof looksLikeMitKlist(text)).toBe('boolean');
  expect(typeof looksLikeHeimdalKlist(text)).toBe('boolean');
}

/** Pieces klist output is made of, so random texts get near the interesting paths. */
const klistPiece = fc.constantFrom(
  'Ticket cache: FILE:/tmp/krb5cc_1000\n',
  'Credentials cache: API:501\n',
  'Default principal: a@B.C\n',
  '        Principal: a@B.C\n',
  'Valid starting     Expires            Service principal\n',
  '11/17/16 11:50:26  11/18/16 11:50:26  krbtgt/B.C@B.C\n',
  '23/04/24 23:47:44  24/04/24 09:47:44  HTTP/x@B.C\n',
  'Jul  5 15:55:18 2017  >>>Expired<<<  FRI  krbtgt/B.C@B.C\n',
  '\trenew until 11/24/16 11:50:26, Flags: FRIA\n',
  '\tEtype (skey, tkt): aes256-cts-hmac-sha1-96, aes256-cts-hmac-sha1-96 \n',
  '\tTicket server: ldap/1.2.3.4@B.C\n',
  'config: pa_type(krbtgt/B.C@B.C) = 2\n',
  'Server: krbtgt/B.C@B.C\n',
  'End time:   Jul  6 15:55:15 2017 (expired)\n',
  'klist: No credentials cache found (filename: /tmp/krb5cc_1000)\n',
  '\n',
  ' ',
  '\t',
  ':',
  '@',
  '/',
);

describe('MIT and Heimdal klist parsers never throw', () => {
  it('on random unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => parseBoth(text)),
      { numRuns: 400 },
    );
  });

  it('on random sequences of klist-like pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(klistPiece, fc.string({ maxLength: 12 })), { maxLength: 40 }),
        (pieces) => parseBoth(pieces.join('')),
      ),
      { numRuns: 500 },
    );
  });

  it('on real samples with characters deleted, replaced or inserted, and on every prefix cut', () => {
    const mutation = fc.record({
      sample: fc.integer({ min: 0, max: REAL_TEXTS.length - 1 }),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          remove: fc.integer({ min: 0, max: 8 }),
          insert: fc.string({ maxLength: 6 }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ sample, edits }) => {
        let text = REAL_TEXTS[sample] ?? '';
        for (const e of edits) {
          const at = text.length === 0 ? 0 : e.at % text.length;
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        parseBoth(text);
      }),
      { numRuns: 500 },
    );
    for (const text of REAL_TEXTS) {
      for (let cut = 0; cut <= text.length; cut += 11) parseBoth(text.slice(0, cut));
    }
  }, 60_000);

  it('a real sample cut inside a ticket line is reported incomplete, never as complete with wrong data', () => {
    const full = readFileSync(path.join(FIXTURES, 'mit-real', 'klist-A.txt'), 'utf8');
    const cutAt = full.indexOf('11/25/26 13:30:04  11/25/26 14:30:04  cifs') + 25;
    const listing = parseMitKlist(full.slice(0, cutAt));
    expect(listing.complete).toBe(false);
    expect(listing.tickets.map((t) => t.server)).toEqual(['krbtgt/REGROUP.TEST@REGROUP.TEST']);
  });
});

describe('parsing time stays linear', () => {
  const random = (size: number, alphabet: string): string => {
    let seed = 42;
    let out = '';
    while (out.length < size) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      out += alphabet[seed % alphabet.length];
    }
    return out;
  };

  // Each parser and detector must finish 10 MB (a quadratic one would run for hours, far past the
  // test's timeout) and return a listing. How fast they are is measured by `npm run bench`.
  const timed = (text: string): void => {
    checkListing(parseMitKlist(text), 'mit');
    checkListing(parseHeimdalKlist(text), 'heimdal');
    expect(typeof looksLikeMitKlist(text)).toBe('boolean');
    expect(typeof looksLikeHeimdalKlist(text)).toBe('boolean');
  };

  it('10 MB of random text (date-like characters, few newlines)', () => {
    timed(random(10 * 1024 * 1024, `0123456789/.:- \tJulNov@aAFRI()>,<\n${'x'.repeat(200)}`));
  }, 60_000);

  it('10 MB in one line of repeated dates', () => {
    timed('11/17/16 11:50:26  '.repeat(Math.ceil((10 * 1024 * 1024) / 19)));
  }, 60_000);

  it('10 MB of almost-ticket lines (cut dates, unbalanced parentheses)', () => {
    timed(
      '11/17/16 11:50:26  11/18/16 11:50:2\n\trenew until 11/17/16 11:50:2 Flags: FFFF (a, (b, c\n'.repeat(
        Math.ceil((10 * 1024 * 1024) / 80),
      ),
    );
  }, 60_000);
});
