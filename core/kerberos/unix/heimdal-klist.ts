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
import type { CacheInfo, KerberosError, KlistListing, Ticket } from '../types';
import {
  chooseDateOrder,
  looksLikeCutDate,
  rawDateToIso,
  readDateAt,
  type DateOrder,
  type RawDate,
} from './dates';
import {
  MAX_LINE_LENGTH,
  emptyListing,
  emptyOutputError,
  klistError,
  readCacheLine,
  readLabelledValue,
  readToolErrorLine,
  splitLines,
  unreadableOutputError,
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

function skipSpaces(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

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

interface ParseState {
  caches: CacheInfo[];
  tickets: RawTicket[];
  errors: string[];
  complete: boolean;
  cache: CacheInfo | null;
  awaitingPrincipal: boolean;
  block: RawTicket | null;
}

function newBlock(state: ParseState, server: string): RawTicket {
  const t: RawTicket = {
    client: state.cache?.principal ?? null,
    server,
    cache: state.cache?.cache ?? null,
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
  state.tickets.push(t);
  return t;
}

function readBlockDate(value: string): { date: RawDate | null; expired: boolean } {
  const at = skipSpaces(value, 0);
  const found = readDateAt(value, at);
  return { date: found?.raw ?? null, expired: /\(\s{0,2}expired\s{0,2}\)/i.test(value) };
}

/** One `Label: value` line of a verbose block; false when the label is not a block label. */
function handleBlockLine(state: ParseState, label: string, value: string): boolean {
  const key = label.toLowerCase().replace(/\s+/g, ' ');
  if (key === 'server') {
    // Heimdal principals have no spaces (Windows prints `krbtgt/X @ X` under the same label).
    if (!/^\S{1,1000}@\S{0,1000}$/.test(value)) {
      state.block = null;
      return false;
    }
    state.block = newBlock(state, value);
    return true;
  }
  const b = state.block;
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

function handleLine(state: ParseState, line: string): void {
  const cacheName = readCacheLine(line);
  if (cacheName !== null) {
    if (state.cache && state.awaitingPrincipal) state.complete = false;
    state.cache = { cache: cacheName, principal: null, isDefault: state.caches.length === 0 };
    state.caches.push(state.cache);
    state.awaitingPrincipal = true;
    state.block = null;
    return;
  }
  const toolError = readToolErrorLine(line);
  if (toolError !== null) {
    state.errors.push(toolError);
    return;
  }
  if (state.cache && state.awaitingPrincipal) {
    const labelled = readLabelledValue(line);
    if (labelled && labelled.value !== '' && !/\s/.test(labelled.value)) {
      state.cache.principal = labelled.value;
      state.awaitingPrincipal = false;
      return;
    }
    state.awaitingPrincipal = false;
    state.complete = false;
  }
  const table = readTableLine(line);
  if (table.ok) {
    state.tickets.push({
      ...table.ticket,
      client: state.cache?.principal ?? null,
      cache: state.cache?.cache ?? null,
    });
    state.block = null;
    return;
  }
  if (table.cut || (state.cache && looksLikeCutDate(line))) {
    state.complete = false;
    return;
  }
  const labelled = readLabelledValue(line);
  if (labelled) {
    const handled = handleBlockLine(state, labelled.label, labelled.value);
    // A block label with its value missing (`End time:`): the text was cut there.
    if (handled && labelled.value === '' && !/^addresses$/i.test(labelled.label))
      state.complete = false;
  }
}

function toTicket(raw: RawTicket, order: DateOrder, now: Date): Ticket | null {
  const startRaw = raw.start ?? raw.auth;
  // Heimdal always prints the realm; a server without `@` was mangled or cut.
  if (raw.server === null || !raw.server.includes('@') || startRaw === null) return null;
  const startTime = rawDateToIso(startRaw, order, now);
  if (startTime === null) return null;
  const endTime = raw.end ? rawDateToIso(raw.end, order, now) : null;
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
    renewUntil: raw.renew ? rawDateToIso(raw.renew, order, now) : null,
    cacheFlags: [],
    kdcCalled: null,
    cache: raw.cache,
  };
  if (raw.expired) ticket.expired = true;
  return ticket;
}

function parse(text: string, now: Date): KlistListing {
  if (text.trim() === '') return emptyListing('heimdal', emptyOutputError('Heimdal'));
  const state: ParseState = {
    caches: [],
    tickets: [],
    errors: [],
    complete: true,
    cache: null,
    awaitingPrincipal: false,
    block: null,
  };
  for (const line of splitLines(text)) {
    if (line.trim() === '' || line.length > MAX_LINE_LENGTH) continue;
    handleLine(state, line);
  }
  if (state.cache && state.awaitingPrincipal) state.complete = false;

  const order = chooseDateOrder(
    state.tickets.map((t) => ({ start: t.start ?? t.auth, end: t.end, renew: t.renew })),
  );
  const tickets: Ticket[] = [];
  for (const raw of state.tickets) {
    if (raw.verbose && !raw.closed) state.complete = false;
    const ticket = toTicket(raw, order, now);
    if (ticket) tickets.push(ticket);
    else state.complete = false;
  }

  let error: KerberosError | null = null;
  if (state.errors.length > 0) error = klistError(state.errors, 'Heimdal');
  else if (state.caches.length === 0 && tickets.length === 0) {
    return {
      ...emptyListing('heimdal', unreadableOutputError('Heimdal', text)),
      complete: state.complete,
    };
  }
  if (state.caches.length === 0 && tickets.length > 0) state.complete = false;
  const first = state.caches[0];
  const listing: KlistListing = {
    kind: 'heimdal',
    logonId: null,
    cache: first?.cache ?? null,
    principal: first?.principal ?? null,
    complete: state.complete,
    error,
    tickets,
  };
  if (state.caches.length > 0) listing.caches = state.caches;
  return listing;
}

/** Parses Heimdal klist output. Never throws: unreadable text gives a listing with an error. */
export function parseHeimdalKlist(text: string, options: HeimdalParseOptions = {}): KlistListing {
  try {
    return parse(typeof text === 'string' ? text : '', options.now ?? new Date());
  } catch {
    return emptyListing('heimdal', unreadableOutputError('Heimdal', String(text).slice(0, 500)));
  }
}

/**
 * True when the text looks like Heimdal klist output: a `Credentials cache:` header, a table
 * line with month-name dates or `>>>Expired<<<`, a verbose `Server:`/`Ticket etype:` block, or
 * Heimdal's `No ticket file:` error.
 */
export function looksLikeHeimdalKlist(text: string): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  if (
    /^\s{0,20}Credentials cache:\s|>>>\s?Expired\s?<<<|^\s{0,4}\S*klist\S*: (?:No ticket file:|krb5_[a-z_]{1,40}: )/m.test(
      text,
    )
  ) {
    return true;
  }
  if (/^\s{0,4}Server: \S+@\S*\s*$/m.test(text) && /^\s{0,4}Ticket etype: /m.test(text))
    return true;
  for (const line of splitLines(text).slice(0, 2000)) {
    if (line.length > MAX_LINE_LENGTH || line.trim() === '') continue;
    const table = readTableLine(line);
    if (table.ok && /^[A-Za-z]/.test(line.trim())) return true;
  }
  return false;
}
