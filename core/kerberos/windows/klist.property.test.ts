/**
 * Property tests for the Windows klist parser: whatever text comes in (random, or real samples
 * mangled the way pastes and consoles mangle them), it never throws, always returns a listing, and
 * runs in time linear in the input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { say } from '../../../test/fakes/english';
import type { KlistListing } from '../types';
import { looksLikeWindowsKlist, parseWindowsKlist, parseWindowsPurge } from './klist';

const SAMPLES = path.resolve(__dirname, '../../../../shared/klist-samples');
const FILES = readdirSync(SAMPLES).filter((f) => f.startsWith('win-') && f.endsWith('.txt'));
const TEXTS = FILES.map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));
/** Samples holding tickets (the prefix property needs tickets to lose). */
const WITH_TICKETS = TEXTS.filter((t) => /^\s*#\d+>/m.test(t) && !/^\s*[:：]/m.test(t));

function expectListing(listing: KlistListing): void {
  expect(listing.kind).toBe('windows');
  expect(typeof listing.complete).toBe('boolean');
  expect(Array.isArray(listing.tickets)).toBe(true);
  expect(listing.logonId === null || /^\d+:0x[0-9a-f]+$/i.test(listing.logonId)).toBe(true);
  if (listing.error !== null) {
    expect(listing.error.code.length).toBeGreaterThan(0);
    expect(say(listing.error.message).length).toBeGreaterThan(20);
    expect(listing.complete).toBe(false);
  }
  for (const ticket of listing.tickets) {
    expect(typeof ticket.client).toBe('string');
    expect(typeof ticket.server).toBe('string');
    expect(Number.isNaN(Date.parse(ticket.startTime))).toBe(false);
    expect(Array.isArray(ticket.flags)).toBe(true);
  }
}

/** Runs all three readers; a hang is caught by the test's timeout (speed lives in `npm run bench`). */
function parseAll(text: string): void {
  expectListing(parseWindowsKlist(text));
  const purge = parseWindowsPurge(text);
  expect(typeof purge.purged).toBe('boolean');
  expect(typeof looksLikeWindowsKlist(text)).toBe('boolean');
}

/** One edit a paste, a console or a network could make. */
type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'truncate-line'; at: number; keep: number }
  | { kind: 'insert'; at: number; garbage: string }
  | { kind: 'cut'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate-line' as const), at: fc.nat(), keep: fc.nat(120) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    garbage: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('#0>', ':', '：', '0x', ' -> ', '\r', '\n', '\t', '\u00a0', '(1)', '0:0x3e7'),
    ),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const line = m.at % Math.max(lines.length, 1);
  switch (m.kind) {
    case 'delete':
      lines.splice(line, 1);
      return lines.join('\n');
    case 'duplicate':
      lines.splice(line, 0, lines[line] ?? '');
      return lines.join('\n');
    case 'truncate-line':
      lines[line] = (lines[line] ?? '').slice(0, m.keep);
      return lines.join('\n');
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.garbage + text.slice(at);
    }
    case 'cut':
      return text.slice(0, m.at % (text.length + 1));
  }
}

describe('parseWindowsKlist / parseWindowsPurge / looksLikeWindowsKlist never throw', () => {
  it('on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ maxLength: 2000 })),
        (text) => {
          parseAll(text);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on random lines built from klist-like pieces', () => {
    const piece = fc.constantFrom(
      '#0>',
      '#1>',
      'Client: a @ B',
      'Server: krbtgt/B @ B',
      'Ticket Flags 0x40e10000 -> forwardable',
      'Start Time: 1/2/2025 3:04:05 (local)',
      'Renew Time: 0',
      'Cache Flags: 0x1 -> PRIMARY',
      'Current LogonId is 0:0x3e7',
      'Cached Tickets: (2)',
      'klist failed with 0xc000005f/-1073741729',
      '(GetTicket substatus): 0x51f',
      '   : KeyLength 32 - 00 11',
      '[0] Session 0 0:0x3e7 X Y',
      'Ticket(s) purged!',
      '',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 30 })), { maxLength: 60 }),
        (parts) => {
          parseAll(parts.join('\n'));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on real samples with lines deleted, duplicated, truncated, garbage inserted, or cut', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEXTS),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (text, mutations) => {
          const mangled = mutations.reduce(mutate, text);
          parseAll(mangled);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('mangled klist tgt samples', () => {
  const TGT_TEXTS = FILES.filter((f) => f.includes('-tgt-')).map((f) =>
    readFileSync(path.join(SAMPLES, f), 'utf8'),
  );

  /** Every 4-byte run of the key and the ticket dump, spaced and unspaced. */
  function secrets(text: string): string[] {
    const out: string[] = [];
    for (const line of text.split('\n')) {
      const bytes = line.match(/(?<![0-9a-z])[0-9a-f]{2}(?![0-9a-z])/gi) ?? [];
      if (!/^\s*[:：]|^[0-9a-f]{4}\s/i.test(line)) continue;
      for (let i = 0; i + 4 <= bytes.length; i += 1) {
        const run = bytes.slice(i, i + 4);
        if (run.join('') === '00000000') continue; // all-zero keys: nothing to leak
        out.push(run.join(' '), run.join(''));
      }
    }
    return out;
  }

  it('never put key or ticket bytes into the result, however they are cut or garbled', () => {
    expect(TGT_TEXTS.length).toBeGreaterThanOrEqual(5);
    fc.assert(
      fc.property(
        fc.constantFrom(...TGT_TEXTS),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (text, mutations) => {
          const fragments = secrets(text);
          const mangled = mutations.reduce(mutate, text);
          const json = JSON.stringify([parseWindowsKlist(mangled), parseWindowsPurge(mangled)]);
          expect(fragments.filter((f) => json.includes(f))).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('a real sample cut at a random offset', () => {
  it('yields a prefix of the full ticket list, and is incomplete when a ticket was lost', () => {
    expect(WITH_TICKETS.length).toBeGreaterThanOrEqual(20);
    fc.assert(
      fc.property(
        fc.constantFrom(...WITH_TICKETS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (text, where) => {
          const full = parseWindowsKlist(text);
          const cut = parseWindowsKlist(text.slice(0, Math.floor(where * text.length)));
          expectListing(cut);
          expect(cut.tickets.length).toBeLessThanOrEqual(full.tickets.length);
          const last = cut.tickets.length - 1;
          for (let i = 0; i < last; i += 1) expect(cut.tickets[i]).toEqual(full.tickets[i]);
          if (last >= 0) {
            const got = cut.tickets[last];
            const want = full.tickets[last];
            // The last ticket may be cut after its start time: what it has must agree.
            expect(got?.client).toBe(want?.client);
            expect(got?.server).toBe(want?.server);
            expect(got?.isTgt).toBe(want?.isTgt);
            expect(got?.encryptionType).toBe(want?.encryptionType);
            expect(got?.flagsHex).toBe(want?.flagsHex);
            expect(got?.flags).toEqual(want?.flags);
            expect(got?.startTime).toBe(want?.startTime);
            if (got?.endTime != null) expect(got.endTime).toBe(want?.endTime);
          }
          if (cut.tickets.length < full.tickets.length) expect(cut.complete).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('linear time on large inputs', () => {
  const TEN_MB = 10 * 1024 * 1024;

  /** Deterministic pseudo-random text over an alphabet rich in the parser's special characters. */
  function randomText(size: number, seed: number): string {
    const alphabet = '0123456789abcdefx:：()#> \t\n\r@/-.!\u00a0Lsa[]';
    const codes = new Uint16Array(size);
    let state = seed >>> 0;
    for (let i = 0; i < size; i += 1) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      codes[i] = alphabet.charCodeAt(state % alphabet.length);
    }
    return new TextDecoder('utf-16le').decode(codes);
  }

  const cases: Array<[string, () => string]> = [
    ['random characters', () => randomText(TEN_MB, 42)],
    ['one 10 MB line of digits', () => '1'.repeat(TEN_MB)],
    ['digits and colons', () => '1:'.repeat(TEN_MB / 2)],
    ['a colon then 10 MB of spaces', () => `Label:${' '.repeat(TEN_MB)}(`],
    ['closing parentheses and spaces', () => ') '.repeat(TEN_MB / 2)],
    ['zeros before an arrow', () => `${'0 '.repeat(TEN_MB / 2)}->`],
    ['2.6 million ticket markers', () => '#0>\n'.repeat(TEN_MB / 4)],
    [
      'a real listing repeated to 10 MB (20 000 tickets)',
      () => {
        const sample = readFileSync(path.join(SAMPLES, 'win-en-get-02.txt'), 'utf8');
        const ticket = sample.slice(sample.indexOf('#1>'));
        return sample + ticket.repeat(Math.ceil(TEN_MB / ticket.length));
      },
    ],
  ];

  // A guard against super-linear regular expressions: a quadratic reader would need hours for
  // 10 MB, far past the test's timeout. How fast it is, is measured by `npm run bench`.
  it.each(cases)(
    '%s: every reader finishes and returns a listing',
    (_name, make) => {
      const text = make();
      expect(text.length).toBeGreaterThanOrEqual(TEN_MB - 8);
      parseAll(text);
    },
    60_000,
  );
});
