/**
 * Parser for MIT krb5 `klist` output (`klist`, `-f`, `-e`, `-fea`, `-5feaC`, `-A`).
 *
 * MIT translates its labels (`Ticket cache` -> `Ticketzwischenspeicher`, `renew until` ->
 * `erneuern bis`, `Flags` -> `Schalter`) and prints dates in the C locale of the machine, so this
 * parser reads the STRUCTURE of the output, never the English words:
 *
 *   <label>: TYPE:residual                 cache header (starts a cache; `klist -A` repeats it)
 *   <label>: principal@REALM               the cache's default principal
 *   <column header>                        anything that is not a ticket line
 *   <date> <date> service@REALM            a ticket
 *   \t<label> <date>[, <label>: LETTERS]   renew-until and flags
 *   \t<label> (a, b): etype, etype         session key and ticket encryption types
 *   \t<label>: (none)                      addresses (ignored)
 *   \t<label>: service@REALM               the real server of a referral ticket (`host@`)
 *   config: name(principal) = value        `-C` configuration entries (not tickets)
 *   klist: message                         klist's own error
 */
import { isMitFlagLetters, mitFlagLettersToNames } from './mit-flags';
import type { CacheInfo, KerberosError, KlistListing, Ticket } from '../types';
import {
  chooseDateOrder,
  findDate,
  looksLikeCutDate,
  rawDateToIso,
  readDateAt,
  type DateGroup,
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

/** A ticket before its dates are converted (the date order is decided per listing). */
interface RawTicket {
  client: string | null;
  server: string;
  ticketServer: string | null;
  cache: string | null;
  start: RawDate;
  end: RawDate;
  renew: RawDate | null;
  flags: string[];
  sessionKeyType: string | null;
  encryptionType: string | null;
}

/** A ticket line: two dates, then the service principal. */
interface TicketLine {
  start: RawDate;
  end: RawDate;
  server: string;
}

type TicketLineResult = { ok: true; line: TicketLine } | { ok: false; cut: boolean };

function skipSpaces(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Reads `<date> <date> principal`; `cut` when it starts like one but breaks off. */
function readTicketLine(line: string): TicketLineResult {
  const text = line.trimEnd();
  const from = skipSpaces(text, 0);
  const start = readDateAt(text, from);
  if (!start) return { ok: false, cut: false };
  const p1 = skipSpaces(text, start.end);
  if (p1 === start.end && p1 < text.length) return { ok: false, cut: false };
  const end = readDateAt(text, p1);
  if (!end) return { ok: false, cut: true };
  const p2 = skipSpaces(text, end.end);
  const server = text.slice(p2).trim();
  if (p2 === end.end || server === '' || !server.includes('@')) return { ok: false, cut: true };
  return { ok: true, line: { start: start.raw, end: end.raw, server } };
}

/** `config: pa_type(krbtgt/X@X) = 2` — a `-C` configuration entry, not a ticket. */
function isConfigLine(line: string): boolean {
  return /^\s{0,8}[A-Za-z_-]{1,30}:\s+[^\s(]{1,200}\(.{0,1000}\)\s+=(?:\s|$)/.test(line);
}

interface ContinuationReading {
  renew: RawDate | null;
  flags: string[] | null;
  etypes: { skey: string; tkt: string } | null;
  ticketServer: string | null;
  recognised: boolean;
  cut: boolean;
}

const ETYPE_LABEL_RE = /\(\s{0,4}[^(),]{1,30},\s{0,4}[^(),]{1,30}\)\s{0,4}:/;

/** Reads an indented line under a ticket: renew date, flags, etypes, addresses, ticket server. */
function readContinuation(line: string): ContinuationReading {
  const result: ContinuationReading = {
    renew: null,
    flags: null,
    etypes: null,
    ticketServer: null,
    recognised: false,
    cut: false,
  };
  let rest = line.trim();

  // `<label> (skey, tkt): e1, e2` — always the last field on its line.
  const etypeLabel = ETYPE_LABEL_RE.exec(rest);
  if (etypeLabel) {
    const values = rest
      .slice(etypeLabel.index + etypeLabel[0].length)
      .split(',')
      .map((v) => v.trim());
    const [skey, tkt] = values;
    if (values.length === 2 && skey && tkt) {
      result.etypes = { skey, tkt };
      result.recognised = true;
    } else {
      result.cut = true;
    }
    const before = rest.slice(0, etypeLabel.index);
    const comma = before.lastIndexOf(',');
    rest = comma >= 0 ? before.slice(0, comma).trim() : '';
  }
  if (rest === '') return result;

  // `<label> <date>` (renew until), possibly followed by `, <label>: LETTERS`.
  const date = findDate(rest);
  if (date && !rest.slice(0, date.start).includes(':')) {
    result.renew = date.raw;
    result.recognised = true;
    rest = rest.slice(date.end).replace(/^\s*,\s*/, '');
    if (rest === '') return result;
  }

  const labelled = readLabelledValue(rest);
  if (labelled) {
    const value = labelled.value;
    if (isMitFlagLetters(value)) {
      result.flags = mitFlagLettersToNames(value);
    } else if (/^\S{1,500}@\S{1,500}$/.test(value) && !value.includes(',')) {
      result.ticketServer = value;
    } else if (value === '' && !result.recognised) {
      // A label with nothing after it: the line was cut.
      result.cut = true;
      return result;
    }
    result.recognised = true;
    return result;
  }
  // Neither a date nor `label: value`: `renew until` alone, or a cut date.
  result.cut = true;
  return result;
}

interface ParseState {
  caches: CacheInfo[];
  tickets: RawTicket[];
  errors: string[];
  complete: boolean;
  /** The cache whose lines are being read. */
  cache: CacheInfo | null;
  awaitingPrincipal: boolean;
  sawColumnHeader: boolean;
  current: RawTicket | null;
  inConfig: boolean;
  recognisedLines: number;
}

function finishCache(state: ParseState): void {
  if (state.cache && (state.awaitingPrincipal || !state.sawColumnHeader)) state.complete = false;
}

function handleLine(state: ParseState, line: string): void {
  const cacheName = readCacheLine(line);
  if (cacheName !== null) {
    finishCache(state);
    state.cache = { cache: cacheName, principal: null, isDefault: state.caches.length === 0 };
    state.caches.push(state.cache);
    state.awaitingPrincipal = true;
    state.sawColumnHeader = false;
    state.current = null;
    state.inConfig = false;
    state.recognisedLines++;
    return;
  }
  const toolError = readToolErrorLine(line);
  if (toolError !== null) {
    state.errors.push(toolError);
    state.current = null;
    state.recognisedLines++;
    return;
  }
  if (state.cache && state.awaitingPrincipal) {
    const labelled = readLabelledValue(line);
    if (labelled && labelled.value !== '' && !/\s/.test(labelled.value)) {
      state.cache.principal = labelled.value;
      state.awaitingPrincipal = false;
      state.recognisedLines++;
      return;
    }
    // No principal line: the output was cut or is not what it seemed.
    state.awaitingPrincipal = false;
    state.complete = false;
  }
  const ticket = readTicketLine(line);
  if (ticket.ok) {
    const raw: RawTicket = {
      client: state.cache?.principal ?? null,
      server: ticket.line.server,
      ticketServer: null,
      cache: state.cache?.cache ?? null,
      start: ticket.line.start,
      end: ticket.line.end,
      renew: null,
      flags: [],
      sessionKeyType: null,
      encryptionType: null,
    };
    state.tickets.push(raw);
    state.current = raw;
    state.inConfig = false;
    state.sawColumnHeader = true;
    state.recognisedLines++;
    return;
  }
  if (ticket.cut || (state.cache && state.sawColumnHeader && looksLikeCutDate(line))) {
    state.complete = false;
    state.current = null;
    return;
  }
  if (isConfigLine(line)) {
    state.current = null;
    state.inConfig = true;
    state.sawColumnHeader = true;
    state.recognisedLines++;
    return;
  }
  const indented = /^\s/.test(line);
  if (state.current) {
    const reading = readContinuation(line);
    // Unindented noise (a shell prompt after the output) is ignored; an indented line that
    // breaks off means the output was cut.
    if (reading.recognised || (reading.cut && indented)) {
      const t = state.current;
      if (reading.renew) t.renew = reading.renew;
      if (reading.flags) t.flags = reading.flags;
      if (reading.etypes) {
        t.sessionKeyType = reading.etypes.skey;
        t.encryptionType = reading.etypes.tkt;
      }
      if (reading.ticketServer) t.ticketServer = reading.ticketServer;
      if (reading.cut) state.complete = false;
      state.recognisedLines++;
      return;
    }
  }
  if (state.inConfig && indented) return;
  if (state.cache && !state.sawColumnHeader && !state.awaitingPrincipal) {
    // The column header (`Valid starting     Expires            Service principal`).
    state.sawColumnHeader = true;
    state.recognisedLines++;
  }
}

function toTicket(raw: RawTicket, order: ReturnType<typeof chooseDateOrder>): Ticket | null {
  const startTime = rawDateToIso(raw.start, order);
  const endTime = rawDateToIso(raw.end, order);
  if (startTime === null || endTime === null) return null;
  const server = raw.ticketServer ?? raw.server;
  return {
    client: raw.client ?? '',
    server,
    isTgt: server.startsWith('krbtgt/'),
    encryptionType: raw.encryptionType,
    sessionKeyType: raw.sessionKeyType,
    flags: raw.flags,
    flagsHex: null,
    startTime,
    endTime,
    renewUntil: raw.renew ? rawDateToIso(raw.renew, order) : null,
    cacheFlags: [],
    kdcCalled: null,
    cache: raw.cache,
  };
}

function parse(text: string): KlistListing {
  if (text.trim() === '') return emptyListing('mit', emptyOutputError('MIT'));
  const state: ParseState = {
    caches: [],
    tickets: [],
    errors: [],
    complete: true,
    cache: null,
    awaitingPrincipal: false,
    sawColumnHeader: false,
    current: null,
    inConfig: false,
    recognisedLines: 0,
  };
  for (const line of splitLines(text)) {
    if (line.trim() === '') continue;
    if (line.length > MAX_LINE_LENGTH) {
      state.current = null;
      continue;
    }
    handleLine(state, line);
  }
  finishCache(state);

  const groups: DateGroup[] = state.tickets.map((t) => ({
    start: t.start,
    end: t.end,
    renew: t.renew,
  }));
  const order = chooseDateOrder(groups);
  const tickets: Ticket[] = [];
  for (const raw of state.tickets) {
    const ticket = toTicket(raw, order);
    if (ticket) tickets.push(ticket);
    else state.complete = false;
  }

  let error: KerberosError | null = null;
  if (state.errors.length > 0) error = klistError(state.errors, 'MIT');
  else if (state.caches.length === 0 && tickets.length === 0) {
    return { ...emptyListing('mit', unreadableOutputError('MIT', text)), complete: state.complete };
  }
  // Tickets without the cache header: the top of the output is missing.
  if (state.caches.length === 0 && tickets.length > 0) state.complete = false;
  const first = state.caches[0];
  const listing: KlistListing = {
    kind: 'mit',
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

/** Parses MIT klist output. Never throws: unreadable text gives a listing with an error. */
export function parseMitKlist(text: string): KlistListing {
  try {
    return parse(typeof text === 'string' ? text : '');
  } catch {
    return emptyListing('mit', unreadableOutputError('MIT', String(text).slice(0, 500)));
  }
}

/**
 * True when the text looks like MIT klist output: a cache header followed by a principal line,
 * a ticket line with numeric dates, or MIT's own error lines. Heimdal's signs (`Credentials
 * cache:`, `>>>Expired<<<`, month-name dates, `No ticket file`) make it false.
 */
export function looksLikeMitKlist(text: string): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  if (
    /^\s{0,20}Credentials cache:|>>>\s?Expired\s?<<<|No ticket file:|^\s{0,4}\S*klist\S*: krb5_[a-z_]{1,40}: /m.test(
      text,
    )
  ) {
    return false;
  }
  let sawCache = false;
  for (const line of splitLines(text).slice(0, 2000)) {
    if (line.length > MAX_LINE_LENGTH || line.trim() === '') continue;
    if (readCacheLine(line) !== null) {
      sawCache = true;
      continue;
    }
    const err = readToolErrorLine(line);
    if (err !== null && /credentials cache|keyring|ccache|Schlüsselbund/i.test(err)) return true;
    const ticket = readTicketLine(line);
    // MIT prints numeric or ISO dates; month names first (`Jul  5 15:55:18 2017`) are Heimdal's.
    if (ticket.ok) return /^\d/.test(line.trim());
    if (sawCache && readLabelledValue(line)?.value.includes('@')) return true;
  }
  return false;
}
