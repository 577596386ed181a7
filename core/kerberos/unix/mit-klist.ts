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
 *   [, ]<label>: [n, n ...]               `-d` authorization-data types, last on its line (ignored)
 *   \t<label>: (none)                      addresses (ignored)
 *   \t<label>: service@REALM               the real server of a referral ticket (`host@`)
 *   config: name(principal) = value        `-C` configuration entries (not tickets)
 *   klist: message                         klist's own error
 *
 * Speed (issue 14): every line of a listing passes the tests below, so each whole-line regular
 * expression runs only after a character check says the line may match (a digit for a date, a
 * label's letter before the `AD types` colon, a month name's first two letters), a ticket line is
 * read without a result object around it, and only the tickets a listing can show are kept whole
 * (createKeptTickets). The bench's 10 MB of real MIT tickets, CPU time, median of three runs
 * alternated with the old parser on a loaded 2-core machine: 27 MB/s against 14 MB/s before;
 * reading the continuation lines (`readContinuation`) and the dates now take most of the time.
 */
import { isMitFlagLetters, mitFlagLettersToNames } from './mit-flags';
import type { KlistListing, Ticket } from '../types';
import { createLocalIso, type LocalIso } from '../time';
import { MAX_TICKETS } from '../limits';
import { isTrimSpace } from '../line-index';
import {
  findDate,
  looksLikeCutDate,
  mayStartMonthName,
  rawDateToIso,
  readDateAt,
  DateTally,
  type DateOrder,
  type RawDate,
} from './dates';
import {
  readCacheLine,
  readKlist,
  readLabelledValue,
  HEIMDAL_SIGN_LITERALS,
  mentionsAny,
  readToolErrorLine,
  skipSpaces,
  sniffLines,
  type FamilyReader,
  type KlistFamily,
  type KlistOutline,
} from './klist-common';

/** White space as `String#trim` removes it; ASCII without a call (every line passes here). */
const isSpace = (c: number): boolean =>
  c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : isTrimSpace(c);

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

/** Not a ticket line, or one that starts like one but breaks off. */
const NOT_A_TICKET = 'not-a-ticket';
const CUT_TICKET = 'cut';
type TicketLineResult = TicketLine | typeof NOT_A_TICKET | typeof CUT_TICKET;

/** Reads `<date> <date> principal`; CUT_TICKET when it starts like one but breaks off. */
function readTicketLine(line: string): TicketLineResult {
  const from = skipSpaces(line, 0);
  // A date starts with a digit or a month name's letter; detail lines (`renew until`, `Flags:`,
  // `Etype`) mostly end here, before any date reading.
  const first = line.charCodeAt(from);
  if (!isDigit(first) && !mayStartMonthName(first)) return NOT_A_TICKET;
  const stop = trimmedEnd(line);
  const text = stop === line.length ? line : line.slice(0, stop);
  const start = readDateAt(text, from);
  if (!start) return NOT_A_TICKET;
  const p1 = skipSpaces(text, start.end);
  if (p1 === start.end && p1 < text.length) return NOT_A_TICKET;
  const end = readDateAt(text, p1);
  if (!end) return CUT_TICKET;
  const p2 = skipSpaces(text, end.end);
  const server = text.slice(p2).trim();
  if (p2 === end.end || server === '' || !server.includes('@')) return CUT_TICKET;
  return { start: start.raw, end: end.raw, server };
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Index just after the last character of `line` that is not white space. */
function trimmedEnd(line: string): number {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  return end;
}

/** `config: pa_type(krbtgt/X@X) = 2` — a `-C` configuration entry, not a ticket. */
function isConfigLine(line: string): boolean {
  return (
    line.includes('=') &&
    line.includes(')') &&
    /^\s{0,8}[A-Za-z_-]{1,30}:\s+[^\s(]{1,200}\(.{0,1000}\)\s+=(?:\s|$)/.test(line)
  );
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

/**
 * `klist -d`'s authorization-data types, the last field of the renew or Etype line:
 * `, AD types: ` (nothing when the ticket has none) or `, AD types: 1, 128`. Its label is
 * translated like the others, so only its shape is read: a label and numbers (or nothing).
 */
const AD_TYPES_RE =
  /(?:^|,)\s{0,4}[^,:\d]{1,30}:\s{0,4}(?:-?\d{1,10}(?:\s{0,4},\s{0,4}-?\d{1,10}){0,50})?\s*$/;

/** Index after the white space, at most one comma and the white space again from `at`. */
function afterComma(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x2c) return i;
  i++;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * False when `line` (trimmed) cannot end with what {@link AD_TYPES_RE} removes: its last character
 * must be the label's colon, or a number after a colon or a comma. Most detail lines end
 * otherwise (`FRIA`, `(none)`, `...-96` of an encryption type), and skip the expression.
 */
function mayEndWithAdTypes(line: string): boolean {
  let i = line.length - 1;
  const last = line.charCodeAt(i);
  if (last === 0x3a) return isLabelEnd(line.charCodeAt(i - 1));
  if (!isDigit(last)) return false;
  while (i >= 0 && isDigit(line.charCodeAt(i))) i--;
  if (line.charCodeAt(i) === 0x2d) i--;
  while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
  const before = line.charCodeAt(i);
  // The label's colon follows a letter of the label: a time (`11:50:26`) is not `label: 26`.
  if (before === 0x3a) return isLabelEnd(line.charCodeAt(i - 1));
  return before === 0x2c;
}

/** A character the label of {@link AD_TYPES_RE} may end with: `[^,:\d]`. */
const isLabelEnd = (c: number): boolean =>
  !Number.isNaN(c) && c !== 0x2c && c !== 0x3a && !isDigit(c);

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
  const trimmed = line.trim();
  let rest = mayEndWithAdTypes(trimmed) ? trimmed.replace(AD_TYPES_RE, '').trim() : trimmed;
  if (rest === '' && trimmed !== '') {
    result.recognised = true; // an `AD types:` line of its own (a ticket with no renew time)
    return result;
  }

  // `<label> (skey, tkt): e1, e2` — always the last field on its line.
  const etypeLabel = rest.includes('(') ? ETYPE_LABEL_RE.exec(rest) : null;
  if (etypeLabel) {
    // Exactly two values, `skey, tkt`, read between the commas without splitting the line.
    const from = etypeLabel.index + etypeLabel[0].length;
    const between = rest.indexOf(',', from);
    const two = between >= 0 && rest.indexOf(',', between + 1) < 0;
    const skey = two ? rest.slice(from, between).trim() : '';
    const tkt = two ? rest.slice(between + 1).trim() : '';
    if (skey && tkt) {
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
  const colon = date ? rest.indexOf(':') : -1;
  if (date && (colon < 0 || colon >= date.start)) {
    result.renew = date.raw;
    result.recognised = true;
    rest = rest.slice(afterComma(rest, date.end));
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

/** MIT's own lines in one text: tickets, their indented details, `-C` entries, column headers. */
function mitReader(outline: KlistOutline): FamilyReader<RawTicket> {
  const tickets: RawTicket[] = [];
  const kept = createKeptTickets(tickets);
  /** The ticket whose indented lines are being read. */
  let current: RawTicket | null = null;
  /** Inside `-C` configuration entries (their indented lines are not ticket details). */
  let inConfig = false;
  /** The column header (or a ticket) of the current cache was seen. */
  let sawColumnHeader = false;

  function readLine(line: string): void {
    const ticket = readTicketLine(line);
    if (typeof ticket === 'object') {
      current = {
        client: outline.cache?.principal ?? null,
        server: ticket.server,
        ticketServer: null,
        cache: outline.cache?.cache ?? null,
        start: ticket.start,
        end: ticket.end,
        renew: null,
        flags: [],
        sessionKeyType: null,
        encryptionType: null,
      };
      kept.add(current);
      inConfig = false;
      sawColumnHeader = true;
      return;
    }
    if (ticket === CUT_TICKET || (outline.cache && sawColumnHeader && looksLikeCutDate(line))) {
      outline.complete = false;
      current = null;
      return;
    }
    if (isConfigLine(line)) {
      current = null;
      inConfig = true;
      sawColumnHeader = true;
      return;
    }
    const indented = isSpace(line.charCodeAt(0));
    if (current) {
      const reading = readContinuation(line);
      // Unindented noise (a shell prompt after the output) is ignored; an indented line that
      // breaks off means the output was cut.
      if (reading.recognised || (reading.cut && indented)) {
        if (reading.renew) current.renew = reading.renew;
        if (reading.flags) current.flags = reading.flags;
        if (reading.etypes) {
          current.sessionKeyType = reading.etypes.skey;
          current.encryptionType = reading.etypes.tkt;
        }
        if (reading.ticketServer) current.ticketServer = reading.ticketServer;
        if (reading.cut) outline.complete = false;
        return;
      }
    }
    if (inConfig && indented) return;
    // The column header (`Valid starting     Expires            Service principal`).
    if (outline.cache && !outline.awaitingPrincipal) sawColumnHeader = true;
  }

  return {
    tickets,
    readLine,
    allDates: () => kept.allDates(),
    startCache() {
      sawColumnHeader = false;
      current = null;
      inConfig = false;
    },
    interrupt() {
      current = null;
    },
    cacheBodySeen: () => sawColumnHeader,
    // A RawTicket holds its dates as a DateGroup does: no object per ticket.
    dates: (raw) => raw,
    toTicket,
  };
}

/**
 * Which tickets are kept whole (see {@link createKeptTickets}): a listing shows at most
 * MAX_TICKETS (../limits.ts), and keeping every ticket of a huge text alive to the end of the parse
 * cost as much again as reading it (10 MB of real tickets: about 375 ms against 190 ms without).
 */
interface KeptTickets {
  /** A ticket begins (its indented lines may still change it). */
  add(raw: RawTicket): void;
  /** The text has ended: the dates of every ticket, and whether any was not kept. */
  allDates(): { tally: DateTally; dropped: boolean };
}

/**
 * Keeps a ticket whole while fewer than MAX_TICKETS kept ones are real dates in an order it is
 * real in: whichever order the listing turns out to have, the first MAX_TICKETS tickets real in it
 * are kept (the listing shows those). A ticket not kept would not be shown: the listing is
 * incomplete. Every ticket's dates are tallied, in order, once its lines are read.
 */
function createKeptTickets(tickets: RawTicket[]): KeptTickets {
  const tally = new DateTally();
  const toIso = createLocalIso();
  let realDayFirst = 0;
  let realMonthFirst = 0;
  let dropped = false;
  let last: RawTicket | null = null;
  const realDate = (d: RawDate, order: DateOrder): boolean => {
    // A month above 12 in this order is not real (most dates of the other order end here).
    if (d.kind === 'numeric' && (order === 'day-first' ? d.b : d.a) > 12) return false;
    return rawDateToIso(d, order, undefined, toIso) !== null;
  };
  const real = (raw: RawTicket, order: DateOrder): boolean =>
    realDate(raw.start, order) && realDate(raw.end, order);
  const finish = (): void => {
    // Not the ticket itself: a tally may hold its groups to the end.
    if (last) tally.add({ start: last.start, end: last.end, renew: last.renew });
    last = null;
  };
  return {
    add(raw) {
      finish();
      last = raw;
      if (realDayFirst >= MAX_TICKETS && realMonthFirst >= MAX_TICKETS) {
        dropped = true;
        return;
      }
      const dayFirst = realDayFirst < MAX_TICKETS && real(raw, 'day-first');
      const monthFirst = realMonthFirst < MAX_TICKETS && real(raw, 'month-first');
      if (!dayFirst && !monthFirst) {
        dropped = true;
        return;
      }
      tickets.push(raw);
      if (dayFirst) realDayFirst += 1;
      if (monthFirst) realMonthFirst += 1;
    },
    allDates() {
      finish();
      return { tally, dropped };
    },
  };
}

function toTicket(raw: RawTicket, order: DateOrder, toIso: LocalIso): Ticket | null {
  const startTime = rawDateToIso(raw.start, order, undefined, toIso);
  const endTime = rawDateToIso(raw.end, order, undefined, toIso);
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
    renewUntil: raw.renew ? rawDateToIso(raw.renew, order, undefined, toIso) : null,
    cacheFlags: [],
    kdcCalled: null,
    cache: raw.cache,
  };
}

const MIT: KlistFamily<RawTicket> = { kind: 'mit', family: 'MIT', reader: mitReader };

/** Parses MIT klist output. Never throws: unreadable text gives a listing with an error. */
export function parseMitKlist(text: string): KlistListing {
  return readKlist(text, MIT);
}

/**
 * True when the text looks like MIT klist output: a cache header followed by a principal line,
 * a ticket line with numeric dates, or MIT's own error lines. Heimdal's signs (`Credentials
 * cache:`, `>>>Expired<<<`, month-name dates, `No ticket file`) make it false.
 */
export function looksLikeMitKlist(text: string): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  if (
    mentionsAny(text, HEIMDAL_SIGN_LITERALS) &&
    /^\s{0,20}Credentials cache:|>>>\s?Expired\s?<<<|No ticket file:|^\s{0,4}\S*klist\S*: krb5_[a-z_]{1,40}: /m.test(
      text,
    )
  ) {
    return false;
  }
  let sawCache = false;
  for (const line of sniffLines(text)) {
    if (readCacheLine(line) !== null) {
      sawCache = true;
      continue;
    }
    const err = readToolErrorLine(line);
    if (err !== null && /credentials cache|keyring|ccache|Schlüsselbund/i.test(err)) return true;
    const ticket = readTicketLine(line);
    // MIT prints numeric or ISO dates; month names first (`Jul  5 15:55:18 2017`) are Heimdal's.
    if (typeof ticket === 'object') return /^\d/.test(line.trim());
    if (sawCache && readLabelledValue(line)?.value.includes('@')) return true;
  }
  return false;
}
