/**
 * The line index reads a text exactly as splitting it at CRLF, CR and LF and trimming each line
 * did (the Windows parser's old way, which it replaced for speed): same lines, same trimmed text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexLines } from './line-index';

const bySplitting = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());

const byIndex = (text: string): string[] => {
  const lines = indexLines(text);
  return Array.from({ length: lines.count }, (_, i) => lines.line(i));
};

describe('indexLines', () => {
  it('finds the lines of CRLF, CR and LF text, trimmed of all white space String#trim removes', () => {
    for (const text of [
      '',
      '\n',
      '\r\n\r\n',
      'a\r\nb\rc\nd',
      '\r',
      'a\r\r\nb',
      '  #0>\tClient: x @ Y  \r\n\u3000Server: k\u00a0\n\ufeff',
      'Current LogonId is 0:0x3e7\r\n\r\nCached Tickets: (0)\r\n',
    ]) {
      expect(byIndex(text), JSON.stringify(text)).toEqual(bySplitting(text));
    }
  });

  it('agrees with splitting on any text', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '#',
      ' ',
      '\t',
      '\r',
      '\n',
      '\r\n',
      '\u3000',
      '\u00a0',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(byIndex(text)).toEqual(bySplitting(text));
      }),
      { numRuns: 500 },
    );
  });

  it('knows empty lines without taking their text', () => {
    const lines = indexLines('a\n   \n\tb');
    expect([lines.isEmpty(0), lines.isEmpty(1), lines.isEmpty(2)]).toEqual([false, true, false]);
  });
});
