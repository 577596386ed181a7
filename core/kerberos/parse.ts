/**
 * `regroup parse`: reads klist output that someone pasted or saved, from any of the three klist
 * families, and says which one it was. Text that none of them recognises is a listing of kind
 * `unknown` that carries the error (never labelled as one family's output).
 */
import { msg } from '../i18n/message';
import { errorListing } from './error-listing';
import { looksLikeHeimdalKlist, parseHeimdalKlist } from './unix/heimdal-klist';
import { looksLikeMitKlist, parseMitKlist } from './unix/mit-klist';
import type { KlistKind, KlistListing } from './types';
import { looksLikeWindowsKlist, parseWindowsKlist } from './windows/klist';

/** The klist families a text can be read as. */
export type KlistFamily = Exclude<KlistKind, 'unknown'>;
export type ParseFormat = 'auto' | KlistFamily;

const PARSERS: Record<KlistFamily, (text: string) => KlistListing> = {
  windows: parseWindowsKlist,
  mit: parseMitKlist,
  heimdal: parseHeimdalKlist,
};

/** Which klist printed this text, or null when none of them did. */
export function detectKlistKind(text: string): KlistFamily | null {
  if (looksLikeWindowsKlist(text)) return 'windows';
  if (looksLikeHeimdalKlist(text)) return 'heimdal';
  if (looksLikeMitKlist(text)) return 'mit';
  return null;
}

/** Parses klist output. With `auto`, the family is detected; unknown text is an error listing. */
export function parseKlist(text: string, format: ParseFormat = 'auto'): KlistListing {
  const kind: KlistKind = format === 'auto' ? 'unknown' : format;
  if (!text.trim()) {
    return errorListing(kind, { code: 'empty-output', message: msg('krb.parse.empty') });
  }
  if (format !== 'auto') return PARSERS[format](text);
  const detected = detectKlistKind(text);
  if (detected) return PARSERS[detected](text);
  return errorListing('unknown', {
    code: 'unreadable-output',
    message: msg('krb.parse.notKlist'),
  });
}
