/**
 * Parser for Heimdal `klist` output (macOS, Heimdal on Linux/BSD): the table form (`klist`,
 * `klist -f`, `klist -A`) and the verbose form (`klist -v`, `-a`).
 *
 *   Credentials cache: API:501
 *           Principal: alice@EXAMPLE.COM
 *       Cache version: 4                        (verbose only)
 *
 *     Issued                Expires             Flags    Principal
 *   Jul  5 15:55:18 2017  Jul  6 15:55:15 2017  FRI    krbtgt/EXAMPLE.COM@EXAMPLE.COM
 *   Jul  5 15:55:18 2017  >>>Expired<<<         FI     cifs/fs1.example.com@EXAMPLE.COM
 *
 *   Server: krbtgt/EXAMPLE.COM@EXAMPLE.COM       (verbose: one block per ticket)
 *   Client: alice@EXAMPLE.COM
 *   Ticket etype: aes256-cts-hmac-sha1-96, kvno 2
 *   Session key: arcfour-hmac-md5                (only when it differs from the ticket etype)
 *   Auth time:  Jul  5 15:55:18 2017
 *   Start time: Jul  5 15:55:18 2017             (only when it differs from the auth time)
 *   End time:   Jul  6 15:55:15 2017 (expired)
 *   Renew till: Jul 12 15:55:18 2017
 *   Ticket flags: forwardable, renewable, initial, pre-authent
 *   Addresses: addressless
 *
 * Heimdal does not translate these labels; the table is still read by its shape (two dates, an
 * optional flag column, a principal). No key material is ever kept: a `Session key:` value is
 * used only when it is an encryption type name.
 */
import { isMitFlagLetters, mitFlagLettersToNames } from './mit-flags';
import type { KlistListing, Ticket } from '../types';
import type { LocalIso } from '../time';
import { looksLikeCutDate, rawDateToIso, readDateAt, type DateOrder, type RawDate } from './dates';
import {
  readKlist,
  HEIMDAL_SIGN_LITERALS,
  mentionsAny,
  readLabelledValue,
  skipSpaces,
  sniffLines,
  type FamilyReader,
  type KlistOutline,
} from './klist-common';

export interface HeimdalParseOptions {
  /** For dates printed without a year (old Heimdal): the year nearest to this instant is used. */
  now?: Date;
}

/** Heimdal's long flag names (`klist -v`) -> Windows-style names. */
const LONG_FLAG_NAMES: Record<string, string> = {
  forwardable: 'forwardable',
  forwarded: 'forwarded',
  proxiable: 'proxiable',
  proxy: 'proxy',
  'may-postdate': 'may_postdate',
  postdated: 'postdated',
  invalid: 'invalid',
  renewable: 'renewable',
  initial: 'initial',
  'pre-authent': 'pre_authent',
  'pre-authenticated': 'pre_authent',
  'hw-authent': 'hw_authent',
  'hw-authenticated': 'hw_authent',
  'transited-policy-checked': 'transited_policy_checked',
  'ok-as-delegate': 'ok_as_delegate',
  anonymous: 'anonymous',
  'enc-pa-rep': 'enc_pa_rep',
};

function longFlagsToNames(value: string): string[] {
  const names: string[] = [];
  for (const part of value.split(',')) {
    const key = part.trim().toLowerCase();
    if (key === '') continue;
    const name = Object.hasOwn(LONG_FLAG_NAMES, key)
      ? LONG_FLAG_NAMES[key]
      : key.replace(/-/g, '_');
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/** An encryption type name (`aes256-cts-hmac-sha1-96`, `arcfour-hmac-md5`, `unknown(23)`), never key bytes. */
function asEtypeName(value: string): string | null {
  const v = value.trim();
  if (/^unknown\(\d{1,5}\)$/.test(v)) return v;
  // Etype names have letters beyond hex and a dash; hex key dumps have neither.
  if (v.length <= 40 && /^[a-z][a-z0-9-]*$/i.test(v) && v.includes('-') && /[g-z]/i.test(v))
    return v;
  return null;
}

interface RawTicket {
  client: string | null;
  server: string | null;
  cache: string | null;
  auth: RawDate | null;
  start: RawDate | null;
  end: RawDate | null;
  renew: RawDate | null;
  expired: boolean;
  flags: string[];
  encryptionType: string | null;
  sessionKeyType: string | null;
  /** Verbose blocks: whether a `Session key:` line was printed (else it equals the ticket etype). */
  sessionKeyLine: boolean;
  /** Verbose blocks: whether the block ended (its `Addresses:` line was seen). */
  closed: boolean;
  verbose: boolean;
}

const EXPIRED_RE = />{2,3}\s{0,2}Expired\s{0,2}<{2,3}/y;

type TableLine =
  { ok: true; ticket: Omit<RawTicket, 'client' | 'cache'> } | { ok: false; cut: boolean };

/** `<issued>  <expires | >>>Expired<<<>  [FLAGS]  principal`. */
function readTableLine(line: string): TableLine {
  const text = line.trimEnd();
  const p0 = skipSpaces(text, 0);
  const issued = readDateAt(text, p0);
  if (!issued) return { ok: false, cut: false };
  const p1 = skipSpaces(text, issued.end);
  let end: RawDate | null = null;
  let expired = false;
  let after: number;
  const expires = readDateAt(text, p1);
  if (expires) {
    end = expires.raw;
    after = expires.end;
  } else {
    EXPIRED_RE.lastIndex = p1;
    if (!EXPIRED_RE.test(text)) return { ok: false, cut: true };
    expired = true;
    after = EXPIRED_RE.lastIndex;
  }
  if (after < text.length && text[after] !== ' ' && text[after] !== '\t')
    return { ok: false, cut: false };
  const rest = text.slice(after).trim();
  // An optional flag column (`klist -f`), then the principal.
  const flagMatch = /^(\S{1,32})\s+(\S.*)$/.exec(rest);
  const flagWord = flagMatch && isMitFlagLetters(flagMatch[1] ?? '') ? (flagMatch[1] ?? '') : '';
  const server = flagWord === '' ? rest : (flagMatch?.[2] ?? '').trim();
  if (server === '' || !server.includes('@')) return { ok: false, cut: true };
  return {
    ok: true,
    ticket: {
      server,
      auth: null,
      start: issued.raw,
      end,
      renew: null,
      expired,
      flags: mitFlagLettersToNames(flagWord),
      encryptionType: null,
      sessionKeyType: null,
      sessionKeyLine: false,
      closed: true,
      verbose: false,
    },
  };
}

function readBlockDate(value: string): { date: RawDate | null; expired: boolean } {
  const at = skipSpaces(value, 0);
  const found = readDateAt(value, at);
  return { date: found?.raw ?? null, expired: /\(\s{0,2}expired\s{0,2}\)/i.test(value) };
}

/** Heimdal's own lines in one text: table rows and verbose `Label: value` blocks. */
function heimdalReader(outline: KlistOutline, now: Date): FamilyReader<RawTicket> {
  const tickets: RawTicket[] = [];
  /** The verbose block being read (`Server:` starts one). */
  let block: RawTicket | null = null;

  function newBlock(server: string): RawTicket {
    const t: RawTicket = {
      client: outline.cache?.principal ?? null,
      server,
      cache: outline.cache?.cache ?? null,
      auth: null,
      start: null,
      end: null,
      renew: null,
      expired: false,
      flags: [],
      encryptionType: null,
      sessionKeyType: null,
      sessionKeyLine: false,
      closed: false,
      verbose: true,
    };
    tickets.push(t);
    return t;
  }

  /** One `Label: value` line of a verbose block; false when the label is not a block label. */
  function readBlockLine(label: string, value: string): boolean {
    const key = label.toLowerCase().replace(/\s+/g, ' ');
    if (key === 'server') {
      // Heimdal principals have no spaces (Windows prints `krbtgt/X @ X` under the same label).
      if (!/^\S{1,1000}@\S{0,1000}$/.test(value)) {
        block = null;
        return false;
      }
      block = newBlock(value);
      return true;
    }
    const b = block;
    if (!b) return false;
    switch (key) {
      case 'client':
        b.client = value;
        return true;
      case 'ticket etype': {
        const name = value.split(',')[0]?.trim() ?? '';
        b.encryptionType = name === '' ? null : name;
        return true;
      }
      case 'session key':
        b.sessionKeyType = asEtypeName(value);
        b.sessionKeyLine = true;
        return true;
      case 'auth time':
        b.auth = readBlockDate(value).date;
        return true;
      case 'start time':
        b.start = readBlockDate(value).date;
        return true;
      case 'end time': {
        const d = readBlockDate(value);
        b.end = d.date;
        b.expired = d.expired;
        return true;
      }
      case 'renew till':
        b.renew = readBlockDate(value).date;
        return true;
      case 'ticket flags':
        b.flags = longFlagsToNames(value);
        return true;
      case 'addresses':
        b.closed = true;
        return true;
      case 'ticket length':
      case 'kvno':
        return true;
      default:
        return false;
    }
  }

  function readLine(text: string, from: number, to: number): void {
    const line = text.slice(from, to);
    const table = readTableLine(line);
    if (table.ok) {
      tickets.push({
        ...table.ticket,
        client: outline.cache?.principal ?? null,
        cache: outline.cache?.cache ?? null,
      });
      block = null;
      return;
    }
    if (table.cut || (outline.cache && looksLikeCutDate(line))) {
      outline.complete = false;
      return;
    }
    const labelled = readLabelledValue(line);
    if (labelled) {
      const handled = readBlockLine(labelled.label, labelled.value);
      // A block label with its value missing (`End time:`): the text was cut there.
      if (handled && labelled.value === '' && !/^addresses$/i.test(labelled.label))
        outline.complete = false;
    }
  }

  return {
    tickets,
    readLine,
    startCache() {
      block = null;
    },
    dates: (raw) => ({ start: raw.start ?? raw.auth, end: raw.end, renew: raw.renew }),
    toTicket(raw, order, toIso) {
      // A verbose block ends with its `Addresses:` line; one without it was cut.
      if (raw.verbose && !raw.closed) outline.complete = false;
      return heimdalTicket(raw, order, now, toIso);
    },
  };
}

function heimdalTicket(
  raw: RawTicket,
  order: DateOrder,
  now: Date,
  toIso: LocalIso,
): Ticket | null {
  const startRaw = raw.start ?? raw.auth;
  // Heimdal always prints the realm; a server without `@` was mangled or cut.
  if (raw.server === null || !raw.server.includes('@') || startRaw === null) return null;
  const startTime = rawDateToIso(startRaw, order, now, toIso);
  if (startTime === null) return null;
  const endTime = raw.end ? rawDateToIso(raw.end, order, now, toIso) : null;
  if (endTime === null && !raw.expired) return null;
  const ticket: Ticket = {
    client: raw.client ?? '',
    server: raw.server,
    isTgt: raw.server.startsWith('krbtgt/'),
    encryptionType: raw.encryptionType,
    // Heimdal prints `Session key:` only when it differs from the ticket's etype.
    sessionKeyType: raw.sessionKeyLine || !raw.verbose ? raw.sessionKeyType : raw.encryptionType,
    flags: raw.flags,
    flagsHex: null,
    startTime,
    endTime,
    renewUntil: raw.renew ? rawDateToIso(raw.renew, order, now, toIso) : null,
    cacheFlags: [],
    kdcCalled: null,
    cache: raw.cache,
  };
  if (raw.expired) ticket.expired = true;
  return ticket;
}

/** Parses Heimdal klist output. Never throws: unreadable text gives a listing with an error. */
export function parseHeimdalKlist(text: string, options: HeimdalParseOptions = {}): KlistListing {
  const now = options.now ?? new Date();
  return readKlist(text, {
    kind: 'heimdal',
    family: 'Heimdal',
    reader: (outline) => heimdalReader(outline, now),
  });
}

/**
 * True when the text looks like Heimdal klist output: a `Credentials cache:` header, a table
 * line with month-name dates or `>>>Expired<<<`, a verbose `Server:`/`Ticket etype:` block, or
 * Heimdal's `No ticket file:` error.
 */
export function looksLikeHeimdalKlist(text: string): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  if (
    mentionsAny(text, HEIMDAL_SIGN_LITERALS) &&
    /^\s{0,20}Credentials cache:\s|>>>\s?Expired\s?<<<|^\s{0,4}\S*klist\S*: (?:No ticket file:|krb5_[a-z_]{1,40}: )/m.test(
      text,
    )
  ) {
    return true;
  }
  if (
    text.includes('Ticket etype: ') &&
    text.includes('Server: ') &&
    /^\s{0,4}Server: \S+@\S*\s*$/m.test(text) &&
    /^\s{0,4}Ticket etype: /m.test(text)
  ) {
    return true;
  }
  for (const line of sniffLines(text)) {
    const table = readTableLine(line);
    if (table.ok && /^[A-Za-z]/.test(line.trim())) return true;
  }
  return false;
}
