/**
 * Reading saved klist and whoami output in the encodings Windows writes it in: every real sample
 * in a non-ASCII language, encoded as PowerShell 5.1 (`UTF-16LE` with BOM), an editor (UTF-8, BOM
 * or not; UTF-16 without BOM, both byte orders) and cmd (the language's OEM code page) would have
 * saved it, must come back as the same text without being told the encoding.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeOutput, decodeSaved, plausibility } from './decode';

const SHARED = path.resolve(__dirname, '../../../shared');
const sample = (file: string): string =>
  readFileSync(path.join(SHARED, file), 'utf8').replace(/^\uFEFF/, '');

/** Samples with non-ASCII text and the OEM code page of their language's Windows console. */
const OEM_SAMPLES: ReadonlyArray<[file: string, codePage: string]> = [
  ['klist-samples/win-fr-purge-01.txt', 'cp850'],
  ['klist-samples/win-es-list-01.txt', 'cp850'],
  ['klist-samples/win-zh-list-01.txt', 'cp936'],
  ['klist-samples/win-zh-sessions-01.txt', 'cp936'],
  ['whoami-samples/whoami-ja-groups-1.txt', 'cp932'],
  ['whoami-samples/whoami-ja-user-list-1.txt', 'cp932'],
  ['whoami-samples/whoami-ru-groups-1.txt', 'cp866'],
  ['whoami-samples/whoami-fr-groups-1.txt', 'cp850'],
];

describe('decodeSaved', () => {
  it.each(OEM_SAMPLES)('%s saved by cmd in %s is recognised', (file, codePage) => {
    const text = sample(file);
    expect(
      [...text].some((c) => c.charCodeAt(0) > 0x7f),
      'the sample has non-ASCII text',
    ).toBe(true);
    const decoded = decodeSaved(iconv.encode(text, codePage));
    expect(decoded.encoding).toBe(codePage);
    expect(decoded.text).toBe(text);
  });

  it.each(OEM_SAMPLES)('%s in UTF-16 and UTF-8, with and without BOM', (file) => {
    const text = sample(file);
    const cases: Array<[Buffer, string]> = [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
      [Buffer.from(text, 'utf16le'), 'utf-16le'],
      [iconv.encode(text, 'utf-16be', { addBOM: true }), 'utf-16be'],
      [iconv.encode(text, 'utf-16be'), 'utf-16be'],
      [Buffer.from(`\uFEFF${text}`, 'utf8'), 'utf-8'],
      [Buffer.from(text, 'utf8'), 'utf-8'],
    ];
    for (const [bytes, encoding] of cases) {
      const decoded = decodeSaved(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(text);
    }
  });

  it('an encoding named by the caller is used as it is', () => {
    const text = sample('klist-samples/win-fr-purge-01.txt');
    const bytes = iconv.encode(text, 'cp1252');
    expect(decodeSaved(bytes, 'cp1252')).toEqual({ text, encoding: 'cp1252' });
    // Unnamed, cp1252's é (0xE9) reads as cp850's Ú: wrong, which is why --encoding exists.
    expect(decodeSaved(bytes).text).not.toBe(text);
  });
});

describe('plausibility', () => {
  it('prefers accented Latin inside words to Cyrillic or box drawing there', () => {
    expect(plausibility('supprimé')).toBeGreaterThan(plausibility('supprimВ'));
    expect(plausibility('Группа')).toBeGreaterThan(plausibility('âÓÒ»»á'));
    expect(plausibility('チケット')).toBeGreaterThan(plausibility('ｿｹｯﾄ'));
  });
});

describe('decodeOutput', () => {
  it('reads UTF-8 as it is and other bytes in the console code page it is told', () => {
    expect(decodeOutput(Buffer.from('\uFEFFCached Tickets: (2)'))).toBe('Cached Tickets: (2)');
    expect(decodeOutput(iconv.encode('缓存的票证', 'cp936'), 'cp936')).toBe('缓存的票证');
  });
});
