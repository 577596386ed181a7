/**
 * Reads the output of Windows klist.exe (`klist`, `klist tickets`, `klist -li 0x3e7`, `klist get X`,
 * `klist purge`) in any display language.
 *
 * Every label is translated on non-English Windows, so nothing here matches label words. The
 * parser relies on structure only:
 * - header: the first line holding a LogonId value (`0:0x3e7`) is the current session, a second
 *   such line right after it is the targeted one (`klist -li`);
 * - the ticket count is the line ending in `: (N)` (or a full-width colon);
 * - tickets start at `#N>` and hold their fields in a fixed order: client, server, ticket
 *   encryption type, flags (`0x... ->`), start, end, renew time, session key type, then on
 *   Windows 8+ cache flags (`0x... ->` or `0`) and the KDC called. A label is whatever precedes the
 *   first colon (`:` or `：`); values are checked by shape (dates `M/D/YYYY H:MM:SS`, hex words).
 * - failures are read from their codes (`0xc000005f/-1073741729`, `... substatus): 0x51f`).
 * All regular expressions are anchored or bounded so that reading is linear in the input size.
 */
import { msg } from '../../i18n/message';
import { errorListing } from '../error-listing';
import { firstLines } from '../text-lines';
import { indexLines, isTrimSpace, type LineIndex } from '../line-index';
import { createLocalIso, type LocalIso } from '../time';
import type { KerberosError, KlistListing, Ticket } from '../types';
import { windowsKlistError } from './errors';
import { MAX_FIELDS, TicketFields, type TicketBlock } from './ticket-block';
import { capTickets, MAX_TICKETS } from '../limits';

/** A LogonId value: `0:0x3e7`. */
const LOGON_ID = /(?<![0-9A-Za-z])(\d{1,10}:0x[0-9a-f]{1,16})(?![0-9a-z])/i;
/** The ticket count at the end of its line: `Cached Tickets: (2)`. */
const COUNT = /[:：]\s*\((\d{1,9})\)$/;
/** `klist failed with 0xc000005f/-1073741729[: message]` (NTSTATUS/its signed decimal). */
const FAILURE = /(?<![0-9a-z])0x([0-9a-f]{8})\/-?\d{1,10}(?![0-9])/i;
/** The API name of `Error calling API LsaCallAuthenticationPackage (...)`. */
const LSA_API = /\bLsa[A-Z][A-Za-z]{2,60}/;
/** `(GetTicket substatus): 0x51f` / `: 1312`. */
const SUBSTATUS = /\)\s*[:：]\s*(0x[0-9a-f]{1,8}|\d{1,10})(?![0-9a-z])/i;
/** A row of a hex dump (`klist tgt`'s EncodedTicket): `0000  61 82 04 86 30 82 ...`. */
const HEX_DUMP = /^[0-9a-f]{4}\s+[0-9a-f]{2}(?:[ :][0-9a-f]{2}){3}/i;
/** `klist tgt` prints the flag word after a colon: `Ticket Flags       : 0x40e10000 -> ...`. */
const LABELLED_FLAGS = /^[^:：]{1,80}[:：]\s*0x[0-9a-f]{1,8}\s*->/i;
/** `klist sessions` lines: `[0] Session 1 0:0x15d6ed ...`, `[3] Error calling API ...`. */
const SESSION_LINE = /^\[\d{1,9}\]\s/;

// Cheap character checks before the expressions: most lines fail them, which keeps large inputs fast.
/** `#N>` at the start of a trimmed line: N and the length of the marker, or null. */
function markerOf(line: string): { index: number; length: number } | null {
  if (line.charCodeAt(0) !== 0x23) return null;
  let end = 1;
  while (end < line.length && end < 11) {
    const c = line.charCodeAt(end);
    if (c < 0x30 || c > 0x39) break;
    end += 1;
  }
  if (end === 1 || line.charCodeAt(end) !== 0x3e) return null;
  return { index: Number(line.slice(1, end)), length: end + 1 };
}
const isMarker = (line: string): boolean => markerOf(line) !== null;

/** The length of the `#N>` marker at the start of line `i` (0 without one); its N in `markerIndex`. */
let markerIndex = 0;
function markerLength(lines: LineIndex, i: number): number {
  const { text } = lines;
  const start = lines.start[i] ?? 0;
  const end = lines.end[i] ?? 0;
  if (start >= end || text.charCodeAt(start) !== 0x23) return 0;
  let at = start + 1;
  let index = 0;
  while (at < end && at - start < 11) {
    const c = text.charCodeAt(at);
    if (c < 0x30 || c > 0x39) break;
    index = index * 10 + (c - 0x30);
    at += 1;
  }
  if (at === start + 1 || at >= end || text.charCodeAt(at) !== 0x3e) return 0;
  markerIndex = index;
  return at + 1 - start;
}
/** The first and last character of line `i` (NaN when it is empty). */
const firstChar = (lines: LineIndex, i: number): number =>
  lines.isEmpty(i) ? NaN : lines.text.charCodeAt(lines.start[i] ?? 0);
const lastChar = (lines: LineIndex, i: number): number =>
  lines.isEmpty(i) ? NaN : lines.text.charCodeAt((lines.end[i] ?? 0) - 1);
/** `countOf` and `isSessionLine` for line `i`, taking its string only when its ends fit. */
const countAt = (lines: LineIndex, i: number): RegExpExecArray | null =>
  lastChar(lines, i) === 0x29 ? COUNT.exec(lines.line(i)) : null;
const isSessionLineAt = (lines: LineIndex, i: number): boolean =>
  firstChar(lines, i) === 0x5b && SESSION_LINE.test(lines.line(i));
const logonIdOf = (line: string): RegExpExecArray | null =>
  line.includes(':0x') || line.includes(':0X') ? LOGON_ID.exec(line) : null;
const countOf = (line: string): RegExpExecArray | null =>
  line.endsWith(')') ? COUNT.exec(line) : null;
const failureOf = (line: string): RegExpExecArray | null =>
  line.includes('/') ? FAILURE.exec(line) : null;
const isSessionLine = (line: string): boolean =>
  line.charCodeAt(0) === 0x5b && SESSION_LINE.test(line);

/** How far into a text the detector looks: klist's header and first ticket come first. */
const DETECT_LINES = 2000;

/** The longest tool output kept in an error's `detail`. */
const MAX_DETAIL = 600;

/** The result of reading `klist purge` / `klist -li 0x3e7 purge`. */
export interface WindowsPurgeResult {
  /** The session purged (`Targeted LogonId` when present, else `Current LogonId`). */
  logonId: string | null;
  purged: boolean;
  error: KerberosError | null;
}

interface Header {
  current: string | null;
  targeted: string | null;
  /** Index of the line after the header (or 0 when there is none). */
  end: number;
  found: boolean;
}

interface Failure {
  ntStatus: number | null;
  subStatus: number | null;
  lines: string[];
  /** The lines holding the NTSTATUS (`klist failed with ...`). */
  final: string[];
}

/** The non-empty lines of a listing as strings, skipping those marked in `consumed`. */
function* linesOf(lines: LineIndex, consumed?: Uint8Array): Generator<string> {
  for (let k = 0; k < lines.count; k += 1) {
    if (!lines.isEmpty(k) && consumed?.[k] !== 1) yield lines.line(k);
  }
}

function clip(text: string): string {
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/** Four or more hex bytes in a row (`80 31 1f 9e`, `04 86:30 82`): key or ticket material. */
const HEX_BYTES = /(?<![0-9a-z])[0-9a-f]{2}(?:[\s:][0-9a-f]{2}){3}/i;

/**
 * The text of unrecognised output for `detail`: its first lines, leaving out any line that holds
 * a run of hex bytes, so that a mangled `klist tgt` paste cannot leak its key through here.
 */
function safeDetail(lines: Iterable<string>): string {
  const kept: string[] = [];
  for (const line of lines) {
    if (kept.length >= 8) break;
    if (line === '' || line.startsWith(':') || line.startsWith('：')) continue;
    if (HEX_BYTES.test(line)) continue;
    kept.push(line.length > 200 ? `${line.slice(0, 200)}…` : line);
  }
  return clip(kept.join('\n'));
}

/** A ticket whose fields stop (or break off) after `used` of them. */
const cutAfter = (ticket: Ticket, used: number): TicketBlock => ({
  ticket,
  truncated: true,
  modern: false,
  endsAtSessionKey: false,
  used,
});

const DROPPED: TicketBlock = Object.freeze({
  ticket: null,
  truncated: true,
  modern: false,
  endsAtSessionKey: false,
  used: 0,
});

/** `krbtgt/...` in any case, by characters. */
function isKrbtgt(server: string): boolean {
  if (server.length < 7 || server.charCodeAt(6) !== 0x2f) return false;
  for (let i = 0; i < 6; i += 1) {
    if ((server.charCodeAt(i) | 0x20) !== 'krbtgt'.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Reads one ticket from its field lines (non-empty, in order, the first one taken from the marker
 * line). A ticket needs client, server, encryption type, flags and a start time to be kept.
 */
function readTicket(fields: TicketFields, toIso: LocalIso): TicketBlock {
  const client = fields.principal(0);
  const server = fields.principal(1);
  const encryptionType = fields.value(2);
  if (client === null || server === null || encryptionType === null) return DROPPED;
  const flags = fields.flags(3);
  const startTime = fields.date(4, toIso);
  if (flags === null || startTime === null) return DROPPED;

  const ticket: Ticket = {
    client,
    server,
    isTgt: isKrbtgt(server),
    encryptionType: encryptionType || null,
    sessionKeyType: null,
    flags: flags.names,
    flagsHex: flags.hex,
    startTime,
    endTime: null,
    renewUntil: null,
    cacheFlags: [],
    kdcCalled: null,
  };
  ticket.endTime = fields.date(5, toIso);
  if (ticket.endTime === null) return cutAfter(ticket, 5);
  if (!fields.valueIsZero(6)) {
    ticket.renewUntil = fields.date(6, toIso);
    if (ticket.renewUntil === null) return cutAfter(ticket, 6);
  }
  const sessionKeyType = fields.value(7);
  if (sessionKeyType === null) return cutAfter(ticket, 7);
  ticket.sessionKeyType = sessionKeyType || null;

  if (fields.count <= 8) {
    return { ticket, truncated: false, modern: false, endsAtSessionKey: true, used: 8 };
  }
  const cacheFlags = fields.cacheFlags(8);
  if (cacheFlags === null) {
    // Windows 7 format followed by an unrelated line; a line without any label is a cut field.
    return {
      ticket,
      truncated: fields.value(8) === null,
      modern: false,
      endsAtSessionKey: true,
      used: 8,
    };
  }
  ticket.cacheFlags = cacheFlags;
  const kdc = fields.value(9);
  if (kdc === null) {
    return { ticket, truncated: true, modern: true, endsAtSessionKey: false, used: 9 };
  }
  ticket.kdcCalled = kdc || null;
  return { ticket, truncated: false, modern: true, endsAtSessionKey: false, used: 10 };
}

function isLogonIdLine(line: string): boolean {
  return !isSessionLine(line) && logonIdOf(line) !== null;
}

/** Finds the LogonId header: the first LogonId line, and a second one right after it. */
function readHeader(lines: LineIndex, stop: number): Header {
  for (let i = 0; i < stop; i += 1) {
    if (lines.isEmpty(i) || isSessionLineAt(lines, i)) continue;
    const current = logonIdOf(lines.line(i));
    if (!current || current[1] === undefined) continue;
    let next = i + 1;
    while (next < stop && lines.isEmpty(next)) next += 1;
    const nextLine = next < stop ? lines.line(next) : '';
    const targeted = isLogonIdLine(nextLine) ? logonIdOf(nextLine) : null;
    return {
      current: current[1],
      targeted: targeted?.[1] ?? null,
      end: targeted ? next + 1 : i + 1,
      found: true,
    };
  }
  return { current: null, targeted: null, end: 0, found: false };
}

/** Reads failure codes from the given lines. */
function readFailure(lines: Iterable<string>): Failure | null {
  let ntStatus: number | null = null;
  let subStatus: number | null = null;
  const found: string[] = [];
  const final: string[] = [];
  for (const line of lines) {
    let hit = false;
    const failure = failureOf(line);
    if (failure?.[1] !== undefined) {
      ntStatus ??= Number.parseInt(failure[1], 16);
      hit = true;
      final.push(line.replace(/\s+/g, ' '));
    }
    if (line.includes('Lsa') && LSA_API.test(line)) {
      const sub = SUBSTATUS.exec(line);
      if (sub?.[1] !== undefined) {
        subStatus ??= sub[1].toLowerCase().startsWith('0x')
          ? Number.parseInt(sub[1].slice(2), 16)
          : Number.parseInt(sub[1], 10);
        hit = true;
      }
    }
    if (hit) found.push(line.replace(/\s+/g, ' '));
  }
  if (ntStatus === null && subStatus === null) return null;
  return { ntStatus, subStatus, lines: found, final };
}

function failureError(failure: Failure): KerberosError {
  return windowsKlistError(failure.ntStatus, failure.subStatus, clip(failure.lines.join('\n')));
}

/**
 * A line of `klist tgt` output: the session key (a value line with no label, `   : KeyLength 32 -
 * 80 31 ...`), a row of the encoded-ticket dump, or (when there are no `#N>` tickets) the flag word
 * after a colon. The first two hold secrets.
 */
function isTgtLine(line: string, hasMarkers: boolean): boolean {
  return (
    line.startsWith(':') ||
    line.startsWith('：') ||
    (line.length > 16 && HEX_DUMP.test(line)) ||
    (!hasMarkers && line.includes('->') && LABELLED_FLAGS.test(line))
  );
}

const isHexDigit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/**
 * Index of the first `klist tgt` line, or -1. A line's string is taken only when its first
 * characters could start one (a colon, four hex digits, or any line when there are no tickets).
 */
function firstTgtLine(lines: LineIndex, hasMarkers: boolean): number {
  const { text } = lines;
  for (let i = 0; i < lines.count; i += 1) {
    const start = lines.start[i] ?? 0;
    const length = (lines.end[i] ?? 0) - start;
    if (length === 0) continue;
    const c = text.charCodeAt(start);
    const maybe =
      !hasMarkers ||
      c === 0x3a ||
      c === 0xff1a ||
      (length > 16 &&
        isHexDigit(c) &&
        isHexDigit(text.charCodeAt(start + 1)) &&
        isHexDigit(text.charCodeAt(start + 2)) &&
        isHexDigit(text.charCodeAt(start + 3)));
    if (maybe && isTgtLine(lines.line(i), hasMarkers)) return i;
  }
  return -1;
}

/** A Windows listing of session `logonId` that only carries an error. */
function sessionErrorListing(logonId: string | null, error: KerberosError): KlistListing {
  return { ...errorListing('windows', error), logonId };
}

const EMPTY_OUTPUT: KerberosError = {
  code: 'empty-output',
  message: msg('krb.windows.klist.empty'),
};

const TGT_OUTPUT: KerberosError = {
  code: 'unreadable-output',
  message: msg('krb.windows.klist.tgtOutput'),
};

/** True when the lines are `klist purge` output (see parseWindowsPurge). */
function isPurgeShape(lines: LineIndex, header: Header): boolean {
  if (!header.found) return false;
  let last = -1;
  let after = 0;
  for (let i = 0; i < lines.count; i += 1) {
    if (lines.isEmpty(i)) continue;
    if (markerLength(lines, i) > 0 || countAt(lines, i) !== null) return false;
    if (i >= header.end) {
      after += 1;
      last = i;
    }
  }
  const end = lastChar(lines, last);
  return after > 0 && (end === 0x21 || end === 0xff01);
}

/**
 * Reads a Windows klist ticket listing. Never throws: unreadable text gives a listing with an
 * `unreadable-output` error, a failed run an error with the reason and a next step.
 */
export function parseWindowsKlist(text: string): KlistListing {
  const lines = indexLines(text);
  let firstMarker = -1;
  let firstCount = -1;
  let count: number | null = null;
  let sessionLines = 0;
  let blank = true;
  // Above the first ticket: the count and `klist sessions` lines.
  for (let i = 0; i < lines.count; i += 1) {
    if (lines.isEmpty(i)) continue;
    blank = false;
    if (markerLength(lines, i) > 0) {
      firstMarker = i;
      break;
    }
    if (isSessionLineAt(lines, i)) {
      sessionLines += 1;
      continue;
    }
    if (firstCount < 0) {
      const m = countAt(lines, i);
      if (m?.[1] !== undefined) {
        firstCount = i;
        count = Number(m[1]);
      }
    }
  }
  if (blank) return sessionErrorListing(null, EMPTY_OUTPUT);

  const hasMarkers = firstMarker >= 0;
  const firstTgt = firstTgtLine(lines, hasMarkers);
  // The header is read only above the first ticket, count or `klist tgt` line, so that nothing
  // from a key or ticket dump can be taken for a LogonId.
  const headerStop = [firstMarker, firstCount, firstTgt]
    .filter((i) => i >= 0)
    .reduce((a, b) => Math.min(a, b), lines.count);
  const header = readHeader(lines, headerStop);
  const logonId = header.targeted ?? header.current;

  if (firstTgt >= 0) {
    // Only the LogonId leaves this function: nothing of the key or the ticket may be returned.
    return sessionErrorListing(logonId, TGT_OUTPUT);
  }

  if (!hasMarkers && sessionLines > 0) {
    const failure = readFailure(linesOf(lines));
    const denied = failure ? failureError(failure) : null;
    return sessionErrorListing(logonId, {
      code: 'unreadable-output',
      message: msg(
        denied?.code === 'access-denied'
          ? 'krb.windows.klist.sessionsOutputDenied'
          : 'krb.windows.klist.sessionsOutput',
      ),
      ...(failure
        ? { detail: clip((failure.final.length ? failure.final : failure.lines).join('\n')) }
        : {}),
    });
  }

  // Tickets.
  const tickets: Ticket[] = [];
  const consumed = new Uint8Array(lines.count);
  let truncated = false;
  let markers = 0;
  let modern = false;
  let endsAtSessionKey = false;
  let dropped = false;
  if (hasMarkers) {
    const toIso = createLocalIso();
    // One set of field positions for all tickets: a large listing makes no garbage per ticket
    // here, only the tickets themselves.
    const fields = new TicketFields(text);
    const where = new Int32Array(MAX_FIELDS);
    const keep = MAX_TICKETS;
    let i = firstMarker;
    while (i < lines.count) {
      const marker = markerLength(lines, i);
      if (marker === 0) {
        i += 1;
        continue;
      }
      if (markerIndex !== markers) truncated = true;
      markers += 1;
      consumed[i] = 1;
      fields.reset();
      let first = (lines.start[i] ?? 0) + marker;
      const end = lines.end[i] ?? 0;
      while (first < end && isTrimSpace(text.charCodeAt(first))) first += 1;
      if (first < end) {
        where[fields.count] = i;
        fields.add(first, end);
      }
      let j = i + 1;
      for (; j < lines.count; j += 1) {
        if (lines.isEmpty(j)) continue;
        if (markerLength(lines, j) > 0) break;
        if (fields.count < MAX_FIELDS) {
          where[fields.count] = j;
          fields.add(lines.start[j] ?? 0, lines.end[j] ?? 0);
        }
      }
      const block = readTicket(fields, toIso);
      for (let k = 0; k < block.used; k += 1) consumed[where[k] ?? i] = 1;
      // A listing keeps MAX_TICKETS tickets (../limits.ts); later ones are read for the shape of
      // the listing but not kept alive to the end of the parse only to be dropped.
      if (block.ticket && tickets.length < keep) tickets.push(block.ticket);
      else if (block.ticket) dropped = true;
      truncated ||= block.truncated;
      modern ||= block.modern;
      endsAtSessionKey ||= block.endsAtSessionKey;
      i = j;
    }
  }
  // Cache flags on one ticket but not on another: that one was cut after its session key type.
  if (modern && endsAtSessionKey) truncated = true;

  const failure = readFailure(linesOf(lines, consumed));
  if (failure) {
    return { ...sessionErrorListing(logonId, failureError(failure)), tickets };
  }

  if (count === null && !hasMarkers) {
    const purge = isPurgeShape(lines, header);
    const error: KerberosError = purge
      ? { code: 'unreadable-output', message: msg('krb.windows.klist.purgeOutput') }
      : {
          code: 'unreadable-output',
          message: msg(header.found ? 'krb.windows.klist.cutOff' : 'krb.windows.klist.notKlist'),
          detail: safeDetail(linesOf(lines)),
        };
    return sessionErrorListing(logonId, error);
  }

  const complete =
    count !== null && !truncated && !dropped && markers === count && tickets.length === count;
  return capTickets({
    kind: 'windows',
    logonId,
    cache: null,
    principal: null,
    complete,
    error: null,
    tickets,
  });
}

/**
 * Reads `klist purge` / `klist -li 0x3e7 purge`. The purge report is the LogonId header and then
 * two lines whose last ends with `!` (`Deleting all tickets:` / `Ticket(s) purged!`, translated);
 * it never holds `#N>` tickets or a ticket count.
 */
export function parseWindowsPurge(text: string): WindowsPurgeResult {
  const lines = indexLines(text);
  let blank = true;
  let hasMarkers = false;
  for (let i = 0; i < lines.count && !hasMarkers; i += 1) {
    blank &&= lines.isEmpty(i);
    hasMarkers = markerLength(lines, i) > 0;
  }
  if (blank) return { logonId: null, purged: false, error: EMPTY_OUTPUT };
  const firstTgt = firstTgtLine(lines, hasMarkers);
  const header = readHeader(lines, firstTgt >= 0 ? firstTgt : lines.count);
  const logonId = header.targeted ?? header.current;
  if (firstTgt >= 0) return { logonId, purged: false, error: TGT_OUTPUT };
  const failure = readFailure(linesOf(lines));
  if (failure) return { logonId, purged: false, error: failureError(failure) };
  if (isPurgeShape(lines, header)) return { logonId, purged: true, error: null };
  return {
    logonId,
    purged: false,
    error: {
      code: 'unreadable-output',
      message: msg('krb.windows.klist.purgeUnconfirmed'),
      detail: safeDetail(linesOf(lines)),
    },
  };
}

/**
 * True when the text looks like Windows klist output (any language) rather than MIT or Heimdal
 * klist: `#N>` tickets, a LogonId line (`0:0x3e7`), a ticket count `: (N)`, a klist failure code
 * or `klist tgt` / `klist sessions` shapes, in its first {@link DETECT_LINES} lines.
 */
export function looksLikeWindowsKlist(text: string): boolean {
  for (const raw of firstLines(text, DETECT_LINES)) {
    const line = raw.trim();
    if (line === '') continue;
    if (isMarker(line) || logonIdOf(line) || countOf(line) || failureOf(line)) return true;
    if (line.includes('Lsa') && LSA_API.test(line) && SUBSTATUS.test(line)) return true;
    if (isTgtLine(line, false)) return true;
  }
  return false;
}
