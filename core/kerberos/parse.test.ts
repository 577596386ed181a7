/**
 * `regroup parse`: the family is detected from real samples, and text that no family recognises
 * is labelled `unknown` (never passed off as Windows output).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { errorListing } from './error-listing';
import { parseKlist } from './parse';

const SAMPLES = path.resolve(__dirname, '../../../shared/klist-samples');
const read = (name: string): string => readFileSync(path.join(SAMPLES, name), 'utf8');

describe('parseKlist', () => {
  it.each([
    ['win-en-list-01.txt', 'windows'],
    ['win-zh-list-01.txt', 'windows'],
    ['mit-list-01.txt', 'mit'],
    ['heimdal-list-01.txt', 'heimdal'],
  ] as const)('%s is read as %s output', (file, kind) => {
    const listing = parseKlist(read(file));
    expect(listing.kind).toBe(kind);
    expect(listing.error).toBeNull();
    expect(listing.tickets.length).toBeGreaterThan(0);
  });

  it('text that is no klist output is an unknown-kind listing with a next step', () => {
    const listing = parseKlist('The quick brown fox\njumps over the lazy dog\n');
    expect(listing).toEqual(
      errorListing('unknown', {
        code: 'unreadable-output',
        message: { id: 'krb.parse.notKlist' },
      }),
    );
    expect(say(listing.error?.message)).toMatch(/does not look like klist output.*--format/);
  });

  it('empty input: unknown when detecting, the named family when one was given', () => {
    const auto = parseKlist(' \n');
    expect(auto.kind).toBe('unknown');
    expect(auto.error?.code).toBe('empty-output');
    expect(say(auto.error?.message)).toMatch(/^The input is empty/);
    expect(parseKlist('', 'mit')).toMatchObject({ kind: 'mit', error: { code: 'empty-output' } });
  });

  it('a named family reads the text as that family', () => {
    expect(parseKlist(read('mit-list-01.txt'), 'windows').kind).toBe('windows');
  });
});
