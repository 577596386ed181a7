/**
 * For the CLI's tests (in-process and the built command): finds text that bypassed the catalogue
 * in output spoken in the pseudo-locale (`en-XA`), where every letter the catalogue gives is
 * accented, so a plain ASCII word of three or more letters that is left is English built into
 * code. Not part of the command: nothing in `regroup.ts` imports it.
 *
 * Not counted: data, which the caller names (principals, ticket names, paths, the tool's own
 * words). The translator's dates, times and durations are counted: in `en-XA` it accents the
 * words `Intl` supplies (month names, units) as well.
 */
import type { KlistListing } from '../core/kerberos/types';

const WORD = /\b[A-Za-z]{3,}\b/g;

/** Each line of `output` that holds untranslated English, with the words found in it. */
export function untranslatedLines(
  output: string,
  data: ReadonlyArray<string | null | undefined>,
): Array<{ line: string; words: string[] }> {
  const items = data.filter((d): d is string => Boolean(d)).sort((a, b) => b.length - a.length);
  const found: Array<{ line: string; words: string[] }> = [];
  for (const line of output.split('\n')) {
    let rest = line;
    for (const item of items) rest = rest.split(item).join(' ');
    const words = rest.match(WORD) ?? [];
    if (words.length) found.push({ line, words });
  }
  return found;
}

/** The data of a listing, shown as klist gave it: names, caches, encryption types, flags. */
export function listingData(listing: KlistListing): string[] {
  return [
    listing.principal,
    listing.cache,
    listing.logonId,
    ...(listing.caches ?? []).map((c) => c.cache),
    ...listing.tickets.flatMap((t) => [
      t.client,
      t.server,
      t.encryptionType,
      t.sessionKeyType,
      t.kdcCalled,
      t.flagsHex,
      t.cache,
      ...t.flags,
      ...t.cacheFlags,
    ]),
  ].filter((d): d is string => Boolean(d));
}

/** `env` without the variables that choose a language, so a test says which one it means. */
export function withoutLanguage(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete out[name];
  return out;
}
