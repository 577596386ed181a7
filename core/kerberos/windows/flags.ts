/**
 * The flag words Windows klist.exe prints, and the names it prints for their bits.
 *
 * Ticket flags follow `KERB_TICKET_FLAGS_*` in ntsecapi.h, which is what klist names: a bit with no
 * name there is printed as hex in the list (`0xa1c20000 -> reserved forwarded invalid renewable
 * initial 0x20000`, sample win-en-list-04). So `transited_policy_checked` (0x80000) and
 * `anonymous` (0x20000) have no Windows name and appear as `0x80000` / `0x20000`.
 * Flag and cache-flag names are never translated, whatever the display language.
 */

/** Ticket flag bit -> the name Windows klist prints (klist lists them highest bit first). */
export const WINDOWS_TICKET_FLAGS: Readonly<Record<number, string>> = Object.freeze({
  0x80000000: 'reserved',
  0x40000000: 'forwardable',
  0x20000000: 'forwarded',
  0x10000000: 'proxiable',
  0x08000000: 'proxy',
  0x04000000: 'may_postdate',
  0x02000000: 'postdated',
  0x01000000: 'invalid',
  0x00800000: 'renewable',
  0x00400000: 'initial',
  0x00200000: 'pre_authent',
  0x00100000: 'hw_authent',
  0x00040000: 'ok_as_delegate',
  0x00010000: 'name_canonicalize',
});

/**
 * Cache flag bit -> name (`Cache Flags: 0x1 -> PRIMARY`, `0x41 -> PRIMARY FAST`, `0x8 -> ASC`);
 * klist lists them lowest bit first.
 * PRIMARY, DELEGATION, ASC and FAST are seen in real output; the others follow the
 * `KERB_TICKET_CACHE_*` definitions.
 */
export const WINDOWS_CACHE_FLAGS: Readonly<Record<number, string>> = Object.freeze({
  0x1: 'PRIMARY',
  0x2: 'DELEGATION',
  0x4: 'S4U',
  0x8: 'ASC',
  0x10: 'ENC_IN_SKEY',
  0x20: 'X509',
  0x40: 'FAST',
  0x80: 'COMPOUND',
  0x100: 'HUB_PRIMARY',
});

/**
 * Names of the bits set in a flag word, through a table of the 32 bits in print order (built once)
 * and a cache per word: a listing holds a handful of distinct flag words, and each ticket gets its
 * own copy of the names.
 */
function createBitNamer(
  table: Readonly<Record<number, string>>,
  highFirst: boolean,
): (value: number) => string[] {
  const order: Array<{ bit: number; name: string }> = [];
  for (let i = 0; i < 32; i += 1) {
    const bit = highFirst ? 31 - i : i;
    const mask = 2 ** bit;
    order.push({ bit, name: table[mask] ?? `0x${mask.toString(16)}` });
  }
  const cache = new Map<number, readonly string[]>();
  return (value) => {
    const word = value >>> 0;
    let names = cache.get(word);
    if (names === undefined) {
      const found: string[] = [];
      for (const { bit, name } of order) if ((word >>> bit) & 1) found.push(name);
      names = found;
      // Flag words come from klist's output; a hostile input must not grow the cache forever.
      if (cache.size >= 256) cache.clear();
      cache.set(word, names);
    }
    return names.slice();
  };
}

const ticketFlagNames = createBitNamer(WINDOWS_TICKET_FLAGS, true);
const cacheFlagNames = createBitNamer(WINDOWS_CACHE_FLAGS, false);

/** The ticket flag names klist prints for a flag word, highest bit first (`reserved` ...). */
export function windowsTicketFlagNames(value: number): string[] {
  return ticketFlagNames(value);
}

/** The cache flag names klist prints, lowest bit first (`0x41 -> PRIMARY FAST`). */
export function windowsCacheFlagNames(value: number): string[] {
  return cacheFlagNames(value);
}

/** A flag word as C's `%#x` prints it: `0x40e10000`, and `0` for zero. */
export function windowsHex(value: number): string {
  const word = value >>> 0;
  return word === 0 ? '0' : `0x${word.toString(16)}`;
}

/** The value part of klist's flag line: `0x40e10000 -> forwardable renewable ...`. */
export function formatWindowsTicketFlags(value: number): string {
  return `${windowsHex(value)} -> ${windowsTicketFlagNames(value).join(' ')}`;
}

/** The value part of klist's cache-flag line: `0x1 -> PRIMARY`, or `0`. */
export function formatWindowsCacheFlags(value: number): string {
  const word = value >>> 0;
  return word === 0 ? '0' : `${windowsHex(word)} -> ${windowsCacheFlagNames(word).join(' ')}`;
}
