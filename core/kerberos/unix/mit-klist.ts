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
 * Speed (issue 14): a listing is read by position in its one text. Each line is a range of it
 * (no line copies, no trimmed copies, no split arrays); a ticket line, its detail lines and their
 * dates are read by characters, a whole-line regular expression runs only after a character check
 * says the line may match (the `-C` entry, `AD types`, a referral's server), the text's next `(`,
 * `,`, `:` and `@` are each searched for once per text (ListingScan), and the strings tickets
 * repeat (encryption types, flag letters) and their ISO times are taken once per run of equal
 * values. Every ticket is kept and built; the listing is then capped at MAX_TICKETS. The bench's
 * 10 MB of real MIT tickets as listings of 1,000, every ticket built, CPU time, alternated with
 * the parser before in one process on a loaded 2-core machine: best of nine 55-70 MB/s, median
 * 45-50 MB/s, against 28-33 and 22-25 MB/s before (the figure itself swings with the load).
 */
import { isMitFlagLetters, mitFlagLettersToNames } from './mit-flags';
import type { KlistListing, Ticket } from '../types';
import type { LocalIso } from '../time';
import { isTrimSpace as isSpace, NextOccurrence } from '../line-index';
import {
  findDate,
  looksLikeCutDate,
  mayStartDate,
  rawDateToIso,
  readDateAt,
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
  sniffLines,
  type FamilyReader,
  type KlistFamily,
  type KlistOutline,
} from './klist-common';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

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

/** Not a ticket line, or one that starts like one but breaks off. */
const NOT_A_TICKET = 'not-a-ticket';
const CUT_TICKET = 'cut';
type TicketLineResult = RawTicket | typeof NOT_A_TICKET | typeof CUT_TICKET;

/** Index after the spaces and tabs from `at`, at most `to`. */
function skipBlanks(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

/** Index just after the last character of `text[from, to)` that is not white space. */
function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Index of the first character of `text[from, to)` that is not white space (`to`: none). */
function trimmedStart(text: string, from: number, to: number): number {
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/**
 * What the lines of one listing share while they are read: where the text's next `(`, `,`, `:`
 * and `@` are (a line asks for the first one in a part of it, and each is searched for in the text
 * once, not once per line: see NextOccurrence; lines and the parts of a line ask in order), the
 * strings its tickets repeat, and where the last Etype label found ends.
 */
class ListingScan {
  readonly open: NextOccurrence;
  readonly comma: NextOccurrence;
  readonly colon: NextOccurrence;
  readonly at: NextOccurrence;
  readonly strings: Strings;
  /** Index after the `:` of the label {@link findEtypeLabel} found last. */
  labelEnd = 0;

  constructor(text: string) {
    this.open = new NextOccurrence(text, '(');
    this.comma = new NextOccurrence(text, ',');
    this.colon = new NextOccurrence(text, ':');
    this.at = new NextOccurrence(text, '@');
    this.strings = new Strings(text);
  }
}

/** Index of the first occurrence `next` finds in `[from, to)`, or -1. */
function firstIn(next: NextOccurrence, from: number, to: number): number {
  const found = next.from(from);
  return found < to ? found : -1;
}

/**
 * Reads the line `text[from, to)` as `<date> <date> principal`: a ticket (client and cache still
 * to be set), CUT_TICKET when it starts like one but breaks off. The dates are read in the text
 * itself: a date cannot run on into the white space and line break after a line. `ats` finds the
 * text's `@`s.
 */
function readTicketLine(
  text: string,
  from: number,
  to: number,
  ats: NextOccurrence,
): TicketLineResult {
  const at = skipBlanks(text, from, to);
  // A date starts with a digit or a month name's first letters; detail lines (`renew until`, `Flags:`,
  // `Etype`) mostly end here, before any date reading.
  if (at >= to || !mayStartDate(text, at)) return NOT_A_TICKET;
  const start = readDateAt(text, at);
  if (!start) return NOT_A_TICKET;
  const stop = trimmedEnd(text, at, to);
  const p1 = skipBlanks(text, start.end, stop);
  if (p1 === start.end && p1 < stop) return NOT_A_TICKET;
  const end = p1 < stop ? readDateAt(text, p1) : null;
  if (!end) return CUT_TICKET;
  const p2 = skipBlanks(text, end.end, stop);
  const serverAt = trimmedStart(text, p2, stop);
  if (p2 === end.end || serverAt === stop || firstIn(ats, serverAt, stop) < 0) {
    return CUT_TICKET;
  }
  return {
    client: null,
    server: text.slice(serverAt, stop),
    ticketServer: null,
    cache: null,
    start: start.raw,
    end: end.raw,
    renew: null,
    flags: [],
    sessionKeyType: null,
    encryptionType: null,
  };
}

/** `config: pa_type(krbtgt/X@X) = 2` — a `-C` configuration entry, not a ticket. */
function isConfigLine(line: string): boolean {
  return (
    line.includes('=') &&
    line.includes(')') &&
    /^\s{0,8}[A-Za-z_-]{1,30}:\s+[^\s(]{1,200}\(.{0,1000}\)\s+=(?:\s|$)/.test(line)
  );
}

/**
 * `klist -d`'s authorization-data types, the last field of the renew or Etype line:
 * `, AD types: ` (nothing when the ticket has none) or `, AD types: 1, 128`. Its label is
 * translated like the others, so only its shape is read: a label and numbers (or nothing).
 */
const AD_TYPES_RE =
  /(?:^|,)\s{0,4}[^,:\d]{1,30}:\s{0,4}(?:-?\d{1,10}(?:\s{0,4},\s{0,4}-?\d{1,10}){0,50})?\s*$/;

/**
 * False when the trimmed line `text[from, to)` cannot end with what {@link AD_TYPES_RE} removes:
 * its last character must be the label's colon, or a number after a colon or a comma. Most detail
 * lines end otherwise (`FRIA`, `(none)`, `...-96` of an encryption type), and skip the expression.
 */
function mayEndWithAdTypes(text: string, from: number, to: number): boolean {
  let i = to - 1;
  const last = text.charCodeAt(i);
  if (last === 0x3a) return i > from && isLabelEnd(text.charCodeAt(i - 1));
  if (!isDigit(last)) return false;
  while (i >= from && isDigit(text.charCodeAt(i))) i--;
  if (i >= from && text.charCodeAt(i) === 0x2d) i--;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  if (i < from) return false;
  const before = text.charCodeAt(i);
  // The label's colon follows a letter of the label: a time (`11:50:26`) is not `label: 26`.
  if (before === 0x3a) return i > from && isLabelEnd(text.charCodeAt(i - 1));
  return before === 0x2c;
}

/** A character the label of {@link AD_TYPES_RE} may end with: `[^,:\d]`. */
const isLabelEnd = (c: number): boolean => c !== 0x2c && c !== 0x3a && !isDigit(c);

/**
 * True when `text[from, to)` is what `\s{0,4}[^(),]{1,30}` matches whole (the caller knows it holds
 * none of `(),`): 1 to 30 characters after at most 4 leading white-space ones.
 */
function fitsEtypeName(text: string, from: number, to: number): boolean {
  const length = to - from;
  let leading = 0;
  while (leading < 4 && leading < length && isSpace(text.charCodeAt(from + leading))) leading++;
  return length >= 1 && length <= 30 + leading;
}

/** Index of the first `(`, `)` or `,` in `text[from, to)`, or `to`. */
function parenOrCommaIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x29 || c === 0x2c) return i;
  }
  return to;
}

/**
 * The Etype label `(a, b):` in `text[from, to)` as `/\(\s{0,4}[^(),]{1,30},\s{0,4}[^(),]{1,30}\)\s{0,4}:/`
 * finds it (its translated words are not read, only this shape): the index of its `(`, or -1;
 * the index after its `:` goes to `labelEnd`.
 */
function findEtypeLabel(text: string, from: number, to: number, scan: ListingScan): number {
  for (
    let open = firstIn(scan.open, from, to);
    open >= 0;
    open = firstIn(scan.open, open + 1, to)
  ) {
    const comma = parenOrCommaIn(text, open + 1, to);
    if (comma === to || text.charCodeAt(comma) !== 0x2c || !fitsEtypeName(text, open + 1, comma)) {
      continue;
    }
    const close = parenOrCommaIn(text, comma + 1, to);
    if (close === to || text.charCodeAt(close) !== 0x29 || !fitsEtypeName(text, comma + 1, close)) {
      continue;
    }
    let i = close + 1;
    while (i < to && i - close <= 4 && isSpace(text.charCodeAt(i))) i++;
    if (i < to && text.charCodeAt(i) === 0x3a) {
      scan.labelEnd = i + 1;
      return open;
    }
  }
  return -1;
}

/** What a detail line showed: a field of the ticket was read, and/or the line breaks off. */
const RECOGNISED = 1;
const CUT = 2;

/**
 * Reads an indented line under a ticket — renew date, flags, etypes, addresses, ticket server —
 * from the trimmed line `text[from, to)`, and writes what it finds into `ticket` (a field is only
 * found on a line that is RECOGNISED, so the caller keeps it). By position in the text: a listing
 * has a few such lines per ticket, and only the values a ticket keeps become strings.
 */
function readContinuation(
  text: string,
  from: number,
  to: number,
  ticket: RawTicket,
  scan: ListingScan,
): number {
  let restStart = from;
  let restEnd = to;
  if (mayEndWithAdTypes(text, from, to)) {
    const ad = AD_TYPES_RE.exec(text.slice(from, to));
    if (ad) restEnd = trimmedEnd(text, from, from + ad.index);
  }
  // An `AD types:` line of its own (a ticket with no renew time).
  if (restEnd === restStart) return RECOGNISED;
  let result = 0;

  // `<label> (skey, tkt): e1, e2` — always the last field on its line.
  const open = findEtypeLabel(text, restStart, restEnd, scan);
  if (open >= 0) {
    // Exactly two values, `skey, tkt`, read between the commas without splitting the line.
    const between = firstIn(scan.comma, scan.labelEnd, restEnd);
    const two = between >= 0 && firstIn(scan.comma, between + 1, restEnd) < 0;
    const skeyAt = two ? trimmedStart(text, scan.labelEnd, between) : 0;
    const skeyEnd = two ? trimmedEnd(text, skeyAt, between) : 0;
    const tktAt = two ? trimmedStart(text, between + 1, restEnd) : 0;
    const tktEnd = two ? trimmedEnd(text, tktAt, restEnd) : 0;
    if (skeyEnd > skeyAt && tktEnd > tktAt) {
      ticket.sessionKeyType = scan.strings.take(skeyAt, skeyEnd);
      ticket.encryptionType = scan.strings.take(tktAt, tktEnd);
      result = RECOGNISED;
    } else {
      result = CUT;
    }
    let comma = -1;
    for (let i = open - 1; i >= restStart && comma < 0; i--)
      if (text.charCodeAt(i) === 0x2c) comma = i;
    restEnd = comma >= 0 ? trimmedEnd(text, restStart, comma) : restStart;
  }
  if (restEnd === restStart) return result;

  // `<label> <date>` (renew until), possibly followed by `, <label>: LETTERS`. The rest ends
  // before white space, a comma or the line break: no date read here runs past it.
  const date = findDate(text, restStart, restEnd);
  if (date && firstIn(scan.colon, restStart, date.start) < 0) {
    ticket.renew = date.raw;
    result |= RECOGNISED;
    restStart = afterComma(text, date.end, restEnd);
    if (restStart >= restEnd) return result;
  }

  // `<label>: value`, as readLabelledValue reads a line.
  const start = trimmedStart(text, restStart, restEnd);
  const colon = firstIn(scan.colon, start, restEnd);
  const after = text.charCodeAt(colon + 1);
  const labelled =
    start - restStart <= 40 &&
    colon > start &&
    colon - start <= 80 &&
    (colon + 1 === restEnd ||
      ((after === 0x20 || after === 0x09) && !hasLineSeparator(text, colon + 2, restEnd)));
  // Neither a date nor `label: value`: `renew until` alone, or a cut date.
  if (!labelled) return result | CUT;
  const valueAt = trimmedStart(text, colon + 1, restEnd);
  if (isMitFlagLetters(text, valueAt, restEnd)) {
    ticket.flags = scan.strings.flags(valueAt, restEnd);
  } else if (
    firstIn(scan.at, valueAt, restEnd) >= 0 &&
    isTicketServer(text.slice(valueAt, restEnd))
  ) {
    ticket.ticketServer = text.slice(valueAt, restEnd);
  } else if (valueAt === restEnd && (result & RECOGNISED) === 0) {
    // A label with nothing after it: the line was cut.
    return result | CUT;
  }
  return result | RECOGNISED;
}

/** The real server of a referral ticket: one principal. */
const isTicketServer = (value: string): boolean =>
  /^\S{1,500}@\S{1,500}$/.test(value) && !value.includes(',');

/** True when `text[from, to)` holds a line terminator other than CR and LF (`.` stops there). */
function hasLineSeparator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Index after the white space, at most one comma and the white space again from `at`. */
function afterComma(text: string, at: number, to: number): number {
  const i = trimmedStart(text, at, to);
  if (i >= to || text.charCodeAt(i) !== 0x2c) return i;
  return trimmedStart(text, i + 1, to);
}

/**
 * The strings a listing's tickets repeat (encryption types, flag letters), taken from the text
 * once per run of equal values rather than once per ticket: a ticket keeps the string (or a copy of
 * the flag names) of the ticket before it when its text is the same.
 */
class Strings {
  private readonly last: string[] = [];
  private lastLetters = '';
  private lastFlags: string[] = [];

  constructor(private readonly text: string) {}

  /** `text[from, to)`, the same string as the last equal one. */
  take(from: number, to: number): string {
    for (let i = this.last.length - 1; i >= 0; i--) {
      const known = this.last[i] ?? '';
      if (this.same(known, from, to)) return known;
    }
    const value = this.text.slice(from, to);
    if (this.last.length === 4) this.last.shift();
    this.last.push(value);
    return value;
  }

  /** The flag names of the letters `text[from, to)`; a new array per ticket. */
  flags(from: number, to: number): string[] {
    if (!this.same(this.lastLetters, from, to)) {
      this.lastLetters = this.text.slice(from, to);
      this.lastFlags = mitFlagLettersToNames(this.lastLetters);
    }
    return this.lastFlags.slice();
  }

  /** By characters: `startsWith` at a position of a long text costs more than the few compares. */
  private same(known: string, from: number, to: number): boolean {
    if (known.length !== to - from) return false;
    for (let i = 0; i < known.length; i++) {
      if (known.charCodeAt(i) !== this.text.charCodeAt(from + i)) return false;
    }
    return true;
  }
}

/** MIT's own lines in one text: tickets, their indented details, `-C` entries, column headers. */
function mitReader(outline: KlistOutline, text: string): FamilyReader<RawTicket> {
  const tickets: RawTicket[] = [];
  const scan = new ListingScan(text);
  const equals = new NextOccurrence(text, '=');
  /** The ticket whose indented lines are being read. */
  let current: RawTicket | null = null;
  /** Inside `-C` configuration entries (their indented lines are not ticket details). */
  let inConfig = false;
  /** The column header (or a ticket) of the current cache was seen. */
  let sawColumnHeader = false;

  function readLine(text: string, from: number, to: number): void {
    const ticket = readTicketLine(text, from, to, scan.at);
    if (typeof ticket === 'object') {
      ticket.client = outline.cache?.principal ?? null;
      ticket.cache = outline.cache?.cache ?? null;
      tickets.push(ticket);
      current = ticket;
      inConfig = false;
      sawColumnHeader = true;
      return;
    }
    if (
      ticket === CUT_TICKET ||
      (outline.cache && sawColumnHeader && looksLikeCutDate(text, from, to))
    ) {
      outline.complete = false;
      current = null;
      return;
    }
    if (equals.from(from) < to && isConfigLine(text.slice(from, to))) {
      current = null;
      inConfig = true;
      sawColumnHeader = true;
      return;
    }
    const indented = isSpace(text.charCodeAt(from));
    if (current) {
      const start = trimmedStart(text, from, to);
      const reading = readContinuation(text, start, trimmedEnd(text, start, to), current, scan);
      // Unindented noise (a shell prompt after the output) is ignored; an indented line that
      // breaks off means the output was cut.
      if ((reading & RECOGNISED) !== 0 || ((reading & CUT) !== 0 && indented)) {
        if ((reading & CUT) !== 0) outline.complete = false;
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
    toTicket: createTicketBuilder(),
  };
}

/**
 * A listing's tickets built from their raw readings, in the date order decided for the listing:
 * each distinct date is converted once (a listing repeats its times ticket after ticket: every
 * service ticket ends with its TGT) and the ticket keeps the one ISO string.
 */
function createTicketBuilder(): (
  raw: RawTicket,
  order: DateOrder,
  toIso: LocalIso,
) => Ticket | null {
  const isoByDate = new Map<number, string | null>();
  /** For dates printed without their year (MIT prints it; a pasted text may not). */
  let now: Date | null = null;
  const iso = (d: RawDate, order: DateOrder, toIso: LocalIso): string | null => {
    if (d.kind !== 'numeric') return rawDateToIso(d, order, (now ??= new Date()), toIso);
    // Every field of a numeric date has at most 2 digits, its year 4: one exact number.
    const key =
      (((((d.a * 100 + d.b) * 10_000 + d.year) * 100 + d.hour) * 100 + d.minute) * 100 + d.second) *
        2 +
      (order === 'day-first' ? 1 : 0);
    const known = isoByDate.get(key);
    if (known !== undefined) return known;
    const value = rawDateToIso(d, order, undefined, toIso);
    // A hostile listing of all-different dates must not grow the table without bound.
    if (isoByDate.size >= 4096) isoByDate.clear();
    isoByDate.set(key, value);
    return value;
  };
  return (raw, order, toIso) => {
    const startTime = iso(raw.start, order, toIso);
    const endTime = iso(raw.end, order, toIso);
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
      renewUntil: raw.renew ? iso(raw.renew, order, toIso) : null,
      cacheFlags: [],
      kdcCalled: null,
      cache: raw.cache,
    };
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
    const ticket = readTicketLine(line, 0, line.length, new NextOccurrence(line, '@'));
    // MIT prints numeric or ISO dates; month names first (`Jul  5 15:55:18 2017`) are Heimdal's.
    if (typeof ticket === 'object') return /^\d/.test(line.trim());
    if (sawCache && readLabelledValue(line)?.value.includes('@')) return true;
  }
  return false;
}
