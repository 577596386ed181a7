/**
 * `regroup parse`: reads klist output that someone pasted or saved, from any of the three klist
 * families, and says which one it was.
 */
import { errorListing } from './error-listing';
import { looksLikeHeimdalKlist, parseHeimdalKlist } from './unix/heimdal-klist';
import { looksLikeMitKlist, parseMitKlist } from './unix/mit-klist';
import type { KlistKind, KlistListing } from './types';
import { looksLikeWindowsKlist, parseWindowsKlist } from './windows/klist';

export type ParseFormat = 'auto' | KlistKind;

const PARSERS: Record<KlistKind, (text: string) => KlistListing> = {
  windows: parseWindowsKlist,
  mit: parseMitKlist,
  heimdal: parseHeimdalKlist,
};

/** Which klist printed this text, or null when none of them did. */
export function detectKlistKind(text: string): KlistKind | null {
  if (looksLikeWindowsKlist(text)) return 'windows';
  if (looksLikeHeimdalKlist(text)) return 'heimdal';
  if (looksLikeMitKlist(text)) return 'mit';
  return null;
}

export function unreadable(kind: KlistKind, message: string): KlistListing {
  return errorListing(kind, { code: 'unreadable-output', message });
}

/** Parses klist output. With `auto`, the family is detected; unknown text is an error listing. */
export function parseKlist(text: string, format: ParseFormat = 'auto'): KlistListing {
  if (!text.trim()) {
    return {
      ...unreadable(format === 'auto' ? 'windows' : format, ''),
      error: {
        code: 'empty-output',
        message: 'The input is empty. Paste or save the complete output of klist and try again.',
      },
    };
  }
  if (format !== 'auto') return PARSERS[format](text);
  const kind = detectKlistKind(text);
  if (kind) return PARSERS[kind](text);
  return unreadable(
    'windows',
    'This does not look like klist output (Windows klist.exe, MIT or Heimdal klist). ' +
      'Save the complete output of "klist" to a file and try again, or name the format with --format.',
  );
}
