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
import { localPartsToIso } from '../time';
import type { KerberosError, KlistListing, Ticket } from '../types';
import { windowsKlistError } from './errors';
import { windowsCacheFlagNames, windowsTicketFlagNames } from './flags';
import { capTickets } from '../limits';

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
/** klist's date, always month/day/year on a 24-hour clock: `11/1/2024 13:33:39 (local)`. */
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})(?=$|[\s(（])/;
/** A flag word: hex, or a bare `0` before the arrow. */
const FLAG_WORD = /(?<![0-9a-z_])(0x[0-9a-f]{1,8}|0(?=\s*->))(?![0-9a-z_])/i;
/** A cache-flag value: `0x1 -> PRIMARY` or `0`. */
const CACHE_WORD = /^(0x[0-9a-f]{1,8}|0)(?![0-9a-z_])/i;
const ARROW = /^\s*->/;

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
const logonIdOf = (line: string): RegExpExecArray | null =>
  line.includes(':0x') || line.includes(':0X') ? LOGON_ID.exec(line) : null;
const countOf = (line: string): RegExpExecArray | null =>
  line.endsWith(')') ? COUNT.exec(line) : null;
const failureOf = (line: string): RegExpExecArray | null =>
  line.includes('/') ? FAILURE.exec(line) : null;
const isSessionLine = (line: string): boolean =>
  line.charCodeAt(0) === 0x5b && SESSION_LINE.test(line);

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

interface TicketBlock {
  ticket: Ticket | null;
  /** Fields are missing at the end of the ticket, or a line was cut. */
  truncated: boolean;
  /** The ticket has a cache-flags line (Windows 8+ format). */
  modern: boolean;
  /** The ticket ends right after its session key type (Windows 7 format, or cut there). */
  endsAtSessionKey: boolean;
  /** Indexes (into the block's field list) of the lines read as fields. */
  used: number;
}

/** Lines with CRLF / CR / LF ends, each trimmed (tabs, spaces, no-break spaces, U+3000). */
function splitLines(text: string): string[] {
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
}

function toLines(text: string): string[] {
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i += 1) lines[i] = (lines[i] ?? '').trim();
  return lines;
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
function safeDetail(lines: string[]): string {
  const kept: string[] = [];
  for (const line of lines) {
    if (kept.length >= 8) break;
    if (line === '' || line.startsWith(':') || line.startsWith('：')) continue;
    if (HEX_BYTES.test(line)) continue;
    kept.push(line.length > 200 ? `${line.slice(0, 200)}…` : line);
  }
  return clip(kept.join('\n'));
}

/** The text after the label: everything after the first `:` or `：`, trimmed; null without one. */
function valueOf(line: string | undefined): string | null {
  if (line === undefined) return null;
  const ascii = line.indexOf(':');
  const wide = line.indexOf('：');
  const at = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  return at < 0 ? null : line.slice(at + 1).trim();
}

/** `name @ REALM` -> `name@REALM` (the last `@` separates the realm). */
function principal(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 0) return value;
  return `${value.slice(0, at).trim()}@${value.slice(at + 1).trim()}`;
}

function readDate(value: string | null): string | null {
  if (value === null) return null;
  const m = DATE.exec(value);
  if (!m) return null;
  const [month, day, year, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return localPartsToIso({ year, month, day, hour, minute, second });
}

function isLogonIdLine(line: string): boolean {
  return !isSessionLine(line) && logonIdOf(line) !== null;
}

/**
 * The names to report: the printed ones, unless the line was cut (printed names are a token prefix
 * of what the flag word spells, e.g. `... name_canonicaliz`), then the names the word spells.
 */
function reconcileNames(printed: string[], spelled: string[]): string[] {
  if (printed.length > spelled.length) return printed;
  const last = printed.length - 1;
  for (let i = 0; i < last; i += 1) if (printed[i] !== spelled[i]) return printed;
  if (last < 0) return spelled;
  const tail = printed[last] ?? '';
  const want = spelled[last] ?? '';
  if (!want.startsWith(tail)) return printed;
  return spelled;
}

function namesAfterArrow(rest: string): string[] | null {
  const arrow = ARROW.exec(rest);
  if (!arrow) return null;
  return rest
    .slice(arrow[0].length)
    .split(/\s+/)
    .filter((name) => name.length > 0);
}

function readFlags(line: string | undefined): { hex: string; names: string[] } | null {
  if (line === undefined) return null;
  const m = FLAG_WORD.exec(line);
  if (!m || m[1] === undefined) return null;
  const hex = m[1];
  const word = hex === '0' ? 0 : Number.parseInt(hex.slice(2), 16);
  const spelled = windowsTicketFlagNames(word);
  const printed = namesAfterArrow(line.slice(m.index + m[0].length));
  return { hex, names: printed === null ? spelled : reconcileNames(printed, spelled) };
}

function readCacheFlags(value: string | null): string[] | null {
  if (value === null) return null;
  const m = CACHE_WORD.exec(value);
  if (!m || m[1] === undefined) return null;
  const word = m[1] === '0' ? 0 : Number.parseInt(m[1].slice(2), 16);
  const spelled = windowsCacheFlagNames(word);
  const printed = namesAfterArrow(value.slice(m[0].length));
  return printed === null ? spelled : reconcileNames(printed, spelled);
}

/**
 * Reads one ticket from its field lines (non-empty, in order, the first one taken from the marker
 * line). A ticket needs client, server, encryption type, flags and a start time to be kept.
 */
function readTicket(fields: string[]): TicketBlock {
  const dropped: TicketBlock = {
    ticket: null,
    truncated: true,
    modern: false,
    endsAtSessionKey: false,
    used: 0,
  };
  const client = valueOf(fields[0]);
  const server = valueOf(fields[1]);
  const encryptionType = valueOf(fields[2]);
  if (client === null || server === null || encryptionType === null) return dropped;
  const flags = readFlags(fields[3]);
  const startTime = readDate(valueOf(fields[4]));
  if (flags === null || startTime === null) return dropped;

  const serverName = principal(server);
  const ticket: Ticket = {
    client: principal(client),
    server: serverName,
    isTgt: /^krbtgt\//i.test(serverName),
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
  const cut = (used: number): TicketBlock => ({
    ticket,
    truncated: true,
    modern: false,
    endsAtSessionKey: false,
    used,
  });

  ticket.endTime = readDate(valueOf(fields[5]));
  if (ticket.endTime === null) return cut(5);
  const renew = valueOf(fields[6]);
  if (renew !== '0') {
    ticket.renewUntil = readDate(renew);
    if (ticket.renewUntil === null) return cut(6);
  }
  const sessionKeyType = valueOf(fields[7]);
  if (sessionKeyType === null) return cut(7);
  ticket.sessionKeyType = sessionKeyType || null;

  const cacheLine = fields[8];
  if (cacheLine === undefined) {
    return { ticket, truncated: false, modern: false, endsAtSessionKey: true, used: 8 };
  }
  const cacheValue = valueOf(cacheLine);
  const cacheFlags = readCacheFlags(cacheValue);
  if (cacheFlags === null) {
    // Windows 7 format followed by an unrelated line; a line without any label is a cut field.
    return {
      ticket,
      truncated: cacheValue === null,
      modern: false,
      endsAtSessionKey: true,
      used: 8,
    };
  }
  ticket.cacheFlags = cacheFlags;
  const kdc = valueOf(fields[9]);
  if (kdc === null) {
    return { ticket, truncated: true, modern: true, endsAtSessionKey: false, used: 9 };
  }
  ticket.kdcCalled = kdc || null;
  return { ticket, truncated: false, modern: true, endsAtSessionKey: false, used: 10 };
}

/** Finds the LogonId header: the first LogonId line, and a second one right after it. */
function readHeader(lines: string[], stop: number): Header {
  for (let i = 0; i < stop; i += 1) {
    const line = lines[i] ?? '';
    if (line === '' || isSessionLine(line)) continue;
    const current = logonIdOf(line);
    if (!current || current[1] === undefined) continue;
    let next = i + 1;
    while (next < stop && lines[next] === '') next += 1;
    const nextLine = next < stop ? (lines[next] ?? '') : '';
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

function* unconsumed(lines: string[], consumed: Uint8Array): Generator<string> {
  for (let k = 0; k < lines.length; k += 1) if (consumed[k] === 0) yield lines[k] ?? '';
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

/** Index of the first `klist tgt` line, or -1. */
function firstTgtLine(lines: string[], hasMarkers: boolean): number {
  return lines.findIndex((line) => isTgtLine(line, hasMarkers));
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
function isPurgeShape(lines: string[], header: Header): boolean {
  if (!header.found) return false;
  let last = '';
  let after = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (isMarker(line) || countOf(line) !== null) return false;
    if (i >= header.end) {
      after += 1;
      last = line;
    }
  }
  return after > 0 && (last.endsWith('!') || last.endsWith('！'));
}

/**
 * Reads a Windows klist ticket listing. Never throws: unreadable text gives a listing with an
 * `unreadable-output` error, a failed run an error with the reason and a next step.
 */
export function parseWindowsKlist(text: string): KlistListing {
  const lines = toLines(text);
  let firstMarker = -1;
  let firstCount = -1;
  let count: number | null = null;
  let sessionLines = 0;
  let blank = true;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    blank = false;
    if (isMarker(line)) {
      if (firstMarker < 0) firstMarker = i;
      continue;
    }
    if (firstMarker >= 0) continue;
    if (isSessionLine(line)) {
      sessionLines += 1;
      continue;
    }
    if (firstCount < 0) {
      const m = countOf(line);
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
    .reduce((a, b) => Math.min(a, b), lines.length);
  const header = readHeader(lines, headerStop);
  const logonId = header.targeted ?? header.current;

  if (firstTgt >= 0) {
    // Only the LogonId leaves this function: nothing of the key or the ticket may be returned.
    return sessionErrorListing(logonId, TGT_OUTPUT);
  }

  if (!hasMarkers && sessionLines > 0) {
    const failure = readFailure(lines);
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
  const consumed = new Uint8Array(lines.length);
  let truncated = false;
  let markers = 0;
  let modern = false;
  let endsAtSessionKey = false;
  if (hasMarkers) {
    let i = firstMarker;
    while (i < lines.length) {
      const line = lines[i] ?? '';
      const marker = markerOf(line);
      if (!marker) {
        i += 1;
        continue;
      }
      if (marker.index !== markers) truncated = true;
      markers += 1;
      consumed[i] = 1;
      const fields: string[] = [];
      const where: number[] = [];
      const first = line.slice(marker.length).trim();
      if (first !== '') {
        fields.push(first);
        where.push(i);
      }
      let j = i + 1;
      for (; j < lines.length; j += 1) {
        const next = lines[j] ?? '';
        if (isMarker(next)) break;
        if (next !== '' && fields.length < 10) {
          fields.push(next);
          where.push(j);
        }
      }
      const block = readTicket(fields);
      for (let k = 0; k < block.used; k += 1) consumed[where[k] ?? i] = 1;
      if (block.ticket) tickets.push(block.ticket);
      truncated ||= block.truncated;
      modern ||= block.modern;
      endsAtSessionKey ||= block.endsAtSessionKey;
      i = j;
    }
  }
  // Cache flags on one ticket but not on another: that one was cut after its session key type.
  if (modern && endsAtSessionKey) truncated = true;

  const failure = readFailure(unconsumed(lines, consumed));
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
          detail: safeDetail(lines),
        };
    return sessionErrorListing(logonId, error);
  }

  const complete = count !== null && !truncated && markers === count && tickets.length === count;
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
  const lines = toLines(text);
  if (lines.every((line) => line === '')) {
    return { logonId: null, purged: false, error: EMPTY_OUTPUT };
  }
  const firstTgt = firstTgtLine(lines, lines.some(isMarker));
  const header = readHeader(lines, firstTgt >= 0 ? firstTgt : lines.length);
  const logonId = header.targeted ?? header.current;
  if (firstTgt >= 0) return { logonId, purged: false, error: TGT_OUTPUT };
  const failure = readFailure(lines);
  if (failure) return { logonId, purged: false, error: failureError(failure) };
  if (isPurgeShape(lines, header)) return { logonId, purged: true, error: null };
  return {
    logonId,
    purged: false,
    error: {
      code: 'unreadable-output',
      message: msg('krb.windows.klist.purgeUnconfirmed'),
      detail: safeDetail(lines),
    },
  };
}

/**
 * True when the text looks like Windows klist output (any language) rather than MIT or Heimdal
 * klist: `#N>` tickets, a LogonId line (`0:0x3e7`), a ticket count `: (N)`, a klist failure code
 * or `klist tgt` / `klist sessions` shapes.
 */
export function looksLikeWindowsKlist(text: string): boolean {
  for (const raw of splitLines(text)) {
    const line = raw.trim();
    if (line === '') continue;
    if (isMarker(line) || logonIdOf(line) || countOf(line) || failureOf(line)) return true;
    if (line.includes('Lsa') && LSA_API.test(line) && SUBSTATUS.test(line)) return true;
    if (isTgtLine(line, false)) return true;
  }
  return false;
}
