/**
 * What the MIT and Heimdal klist parsers share: the line readers (cache header lines
 * `<label>: TYPE:residual`, principal lines `<label>: principal`, klist's own error lines), the
 * errors Regroup reports for them, and the skeleton of a parse ({@link readKlist}).
 *
 * Both families print the same outline, in any language:
 *
 *   <label>: TYPE:residual      a cache begins (`klist -A` prints several)
 *   <label>: principal@REALM    its default principal, on the next line
 *   ...                         the family's own lines: tickets, column headers, details
 *   klist: message              klist's own error, anywhere
 *
 * The skeleton reads the outline (caches, principals, errors, whether the text was cut), leaves
 * every other line to the family's reader, then decides the date order once for the listing and
 * builds it. A family supplies only what differs: how its lines make tickets. Tickets are built
 * only up to the MAX_TICKETS a listing keeps; the rest are read (they count for the date order and
 * for whether the text is whole) but not turned into Ticket objects only to be dropped.
 *
 * Lines are handed over by position (`text[from, to)`), not as strings: the outline's tests look
 * at a line's characters in the text (its first colon and the first `klist` of the text are each
 * found once per text, see NextOccurrence), and a line is copied only when one of them may match.
 */
import { errorListing } from '../error-listing';
import { msg, type Message } from '../../i18n/message';
import type { CacheInfo, KerberosError, KlistListing, Ticket } from '../types';
import { chooseDateOrder, type DateGroup, type DateOrder } from './dates';
import { capTickets, MAX_TICKETS } from '../limits';
import { firstLines } from '../text-lines';
import { eachLine, isTrimSpace as isSpace, NextOccurrence } from '../line-index';
import { createLocalIso, type LocalIso } from '../time';

/** klist lines are short; longer lines are noise and are skipped (keeps parsing linear). */
export const MAX_LINE_LENGTH = 4000;
/** How far `looksLike...` look into a text before deciding. */
const SNIFF_LINES = 2000;

export type UnixKlistKind = 'mit' | 'heimdal';
/** The family's name as a person knows it, in sentences (`MIT klist`, `Heimdal klist`). */
export type KlistFamilyName = 'MIT' | 'Heimdal';

/** The first lines of `text` worth looking at: not blank, not overlong. */
export function sniffLines(text: string): string[] {
  return firstLines(text, SNIFF_LINES).filter(
    (line) => line.length <= MAX_LINE_LENGTH && line.trim() !== '',
  );
}

/**
 * Literals of Heimdal's signs (`Credentials cache:`, `>>>Expired<<<`, `No ticket file:`,
 * `klist: krb5_...: `): both families' detectors run their whole-text tests for these only when
 * one of them occurs.
 */
export const HEIMDAL_SIGN_LITERALS: readonly string[] = [
  'Credentials cache:',
  'Expired',
  'No ticket file:',
  ': krb5_',
];

/**
 * Whether a whole-text test is worth running: true when any of its literals occurs in `text`.
 * A search for a literal is far cheaper than a multi-line regular expression over megabytes.
 */
export function mentionsAny(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true;
  return false;
}

export function skipSpaces(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** `Ticket cache: FILE:/tmp/krb5cc_1000`, `Ticketzwischenspeicher: DIR::/x`, `Credentials cache: API:501`. */
const CACHE_LINE_RE =
  /^\s{0,20}([^:\s][^:]{0,79}):[ \t]+([A-Za-z][A-Za-z0-9_-]{0,19}:\S.{0,2000}|[A-Za-z][A-Za-z0-9_-]{0,19}:)\s*$/;

/** Returns the cache name when the line is a cache header line. */
export function readCacheLine(line: string): string | null {
  return mayBeCacheLine(line, line.indexOf(':')) ? cacheLineValue(line) : null;
}

/**
 * False when the line whose first colon is at `colon` (-1: none) cannot be a cache header line:
 * the label's colon is followed by a space or tab (a ticket or detail line's first colon is in a
 * time, `11:50:26`), and the value starts with the cache type and its colon (`FILE:`; a detail
 * line's value does not: `Flags: FRI`, `Etype (skey, tkt): aes...`, `Addresses: (none)`). Most
 * lines end here, by characters of the listing's text, before the expression.
 */
function mayBeCacheLine(text: string, colon: number): boolean {
  if (colon < 0) return false;
  const after = text.charCodeAt(colon + 1);
  return (after === 0x20 || after === 0x09) && startsCacheType(text, colon + 1);
}

/** The cache name of a line {@link mayBeCacheLine} let through, or null. */
function cacheLineValue(line: string): string | null {
  const m = CACHE_LINE_RE.exec(line);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  const value = (m[2] ?? '').trim();
  if (isToolLabel(label)) return null;
  // A cache label is words; a principal, a flag list or a time is not a cache type.
  if (/[@/()\d]/.test(label)) return null;
  return value;
}

/** True when `line` at `from` is blanks, then `[A-Za-z][A-Za-z0-9_-]{0,19}:` (CACHE_LINE_RE's type). */
function startsCacheType(line: string, from: number): boolean {
  let i = from;
  while (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09) i++;
  const first = line.charCodeAt(i) | 0x20;
  if (first < 0x61 || first > 0x7a) return false;
  const start = i++;
  while (i - start <= 20) {
    const c = line.charCodeAt(i);
    const lower = c | 0x20;
    const word =
      (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
    if (!word) return c === 0x3a;
    i++;
  }
  return false;
}

/** `Default principal: alice@EXAMPLE.COM`, `        Principal: x@Y`, `Standard-Principal: ...`. */
export function readLabelledValue(line: string): { label: string; value: string } | null {
  // By characters, as `/^\s{0,40}([^:\s][^:]{0,79}):(?:[ \t]+(.*))?$/` reads it: every detail
  // line of a listing passes here.
  let start = 0;
  while (start < line.length && isSpace(line.charCodeAt(start))) start++;
  const colon = line.indexOf(':', start);
  if (start > 40 || colon <= start || colon - start > 80) return null;
  const label = line.slice(start, colon).trim();
  if (colon + 1 === line.length) return { label, value: '' };
  const after = line.charCodeAt(colon + 1);
  if (after !== 0x20 && after !== 0x09) return null;
  // `.` stops at a line terminator: a value holding one does not reach the end.
  for (let i = colon + 2; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return null;
  }
  return { label, value: line.slice(colon + 1).trim() };
}

const KLIST_WORD = /klist/i;

/** The program name klist prints before its errors: `klist`, `klist.heimdal`, `/usr/bin/klist`. */
function isToolLabel(label: string): boolean {
  return /^(?:\S*\/)?k[a-z0-9_.-]{0,20}$/.test(label) && KLIST_WORD.test(label);
}

/**
 * True when the line's first word (after its leading white space) contains `klist` in any case:
 * the program name is that word, so a line without it is no error line, and the expression below
 * runs only on lines that may be one (every line of a listing passes here).
 */
function firstWordNamesKlist(text: string, from = 0, to = text.length): boolean {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  const start = i;
  while (i < to && i - start < 130 && !isSpace(text.charCodeAt(i))) {
    if ((text.charCodeAt(i) | 0x20) === 0x6b && KLIST_WORD.test(text.slice(i, Math.min(i + 5, to))))
      return true;
    i++;
  }
  return false;
}

/** `klist: No credentials cache found (filename: /tmp/krb5cc_1000)` -> the message part. */
export function readToolErrorLine(line: string): string | null {
  if (!firstWordNamesKlist(line)) return null;
  const m = /^\s{0,20}(\S{1,120}?):\s+(.{1,2000})$/.exec(line);
  if (!m || !isToolLabel(m[1] ?? '')) return null;
  return (m[2] ?? '').trim();
}

const NO_CREDENTIALS_HINTS =
  /no credentials cache|credentials cache .{0,200}not found|no ticket file|no credentials|nicht gefunden|introuvable|no such file|not found/i;
const KEYTAB_HINTS = /key ?table|keytab/i;

/** The sign-in command the sentences show as an example. */
export const KINIT_EXAMPLE = 'kinit your.name@YOUR.REALM';

/** Turns klist's own error lines into a KerberosError: a sentence, and klist's words as detail. */
export function klistError(messages: string[], family: KlistFamilyName): KerberosError {
  const detail = messages.map((m) => `klist: ${m}`).join('\n');
  const all = messages.join('\n');
  if (KEYTAB_HINTS.test(all) && NO_CREDENTIALS_HINTS.test(all)) {
    return { code: 'no-host-keytab', message: msg('unix.klist.noHostKeytab'), detail };
  }
  if (NO_CREDENTIALS_HINTS.test(all)) {
    return { code: 'no-credentials', message: noCredentials(family), detail };
  }
  return { code: 'klist-failed', message: msg('unix.klist.failed', { family }), detail };
}

/** "You have no Kerberos tickets yet", with the sign-in command to run. */
export function noCredentials(family: KlistFamilyName): Message {
  return msg('unix.klist.noCredentials', { family, command: KINIT_EXAMPLE });
}

export function emptyOutputError(family: KlistFamilyName): KerberosError {
  return { code: 'empty-output', message: msg('unix.klist.emptyOutput', { family }) };
}

export function unreadableOutputError(family: KlistFamilyName, sample: string): KerberosError {
  return {
    code: 'unreadable-output',
    message: msg('unix.klist.unreadable', { family }),
    detail: sample.slice(0, 500),
  };
}

/** klist's whole answer was an error line: the listing is complete, with no tickets. */
export function emptyListing(kind: UnixKlistKind, error: KerberosError): KlistListing {
  return errorListing(kind, error, true);
}

/** The outline of one text as the skeleton reads it; a family's reader reads it too. */
export interface KlistOutline {
  readonly caches: CacheInfo[];
  /** klist's own error lines (`klist: ...`), without the program name. */
  readonly errors: string[];
  /** The cache whose lines are being read; null before the first cache header. */
  cache: CacheInfo | null;
  /** True right after a cache header, until its principal line. */
  awaitingPrincipal: boolean;
  /** False once anything shows that the text was cut. */
  complete: boolean;
}

/** What a family reads in one text: every line that is not part of the outline. */
export interface FamilyReader<Raw> {
  /**
   * A line that is not a cache header, a klist error line or the principal line: `text[from, to)`
   * (the line without its line break; not blank). By position, so that a reader tests most lines
   * by their characters in the text and takes strings only of what it keeps.
   */
  readLine(text: string, from: number, to: number): void;
  /** A cache header began a new cache: per-cache state starts again. */
  startCache(): void;
  /** A klist error line or an overlong line came between the lines of a ticket. */
  interrupt?(): void;
  /** Whether the current cache showed more than its header (MIT: the column header). */
  cacheBodySeen?(): boolean;
  /** The tickets read, in order, before their dates are converted. */
  readonly tickets: readonly Raw[];
  /** The dates of one ticket, for choosing the date order of the whole listing. */
  dates(raw: Raw): DateGroup;
  /** The finished ticket, or null when it cannot be one (the listing is then incomplete). */
  toTicket(raw: Raw, order: DateOrder, toIso: LocalIso): Ticket | null;
}

export interface KlistFamily<Raw> {
  kind: UnixKlistKind;
  family: KlistFamilyName;
  /** A fresh reader for one text; it may mark the outline incomplete. */
  reader(outline: KlistOutline, text: string): FamilyReader<Raw>;
}

function endCache<Raw>(outline: KlistOutline, reader: FamilyReader<Raw>): void {
  if (!outline.cache) return;
  if (outline.awaitingPrincipal || reader.cacheBodySeen?.() === false) outline.complete = false;
}

/** The outline's own lines in `text[from, to)`; false when the line is the family's to read. */
function readOutlineLine<Raw>(
  outline: KlistOutline,
  reader: FamilyReader<Raw>,
  text: string,
  from: number,
  to: number,
  colons: NextOccurrence,
  klists: NextOccurrence,
): boolean {
  const colon = colons.from(from);
  const cacheName =
    colon < to && mayBeCacheLine(text, colon) ? cacheLineValue(text.slice(from, to)) : null;
  if (cacheName !== null) {
    endCache(outline, reader);
    outline.cache = { cache: cacheName, principal: null, isDefault: outline.caches.length === 0 };
    outline.caches.push(outline.cache);
    outline.awaitingPrincipal = true;
    reader.startCache();
    return true;
  }
  // klist's error lines name it: a line without `klist` in it is not one.
  const toolError =
    klists.from(from) < to && firstWordNamesKlist(text, from, to)
      ? readToolErrorLine(text.slice(from, to))
      : null;
  if (toolError !== null) {
    outline.errors.push(toolError);
    reader.interrupt?.();
    return true;
  }
  if (outline.cache && outline.awaitingPrincipal) {
    outline.awaitingPrincipal = false;
    const labelled = readLabelledValue(text.slice(from, to));
    if (labelled && labelled.value !== '' && !/\s/.test(labelled.value)) {
      outline.cache.principal = labelled.value;
      return true;
    }
    // No principal line: the output was cut or is not what it seemed.
    outline.complete = false;
  }
  return false;
}

function parse<Raw>(text: string, family: KlistFamily<Raw>): KlistListing {
  const { kind } = family;
  if (text.trim() === '') return emptyListing(kind, emptyOutputError(family.family));
  const outline: KlistOutline = {
    caches: [],
    errors: [],
    cache: null,
    awaitingPrincipal: false,
    complete: true,
  };
  const reader = family.reader(outline, text);
  const colons = new NextOccurrence(text, ':');
  const klists = new NextOccurrence(text, /klist/gi);
  // One line at a time, by position: no array of the lines, no copy of a line that is not kept.
  eachLine(text, (from, to) => {
    let first = from;
    while (first < to && isSpace(text.charCodeAt(first))) first++;
    if (first === to) return; // blank
    if (to - from > MAX_LINE_LENGTH) reader.interrupt?.();
    else if (!readOutlineLine(outline, reader, text, from, to, colons, klists)) {
      reader.readLine(text, from, to);
    }
  });
  endCache(outline, reader);

  const order = chooseDateOrder(reader.tickets.map((raw) => reader.dates(raw)));
  const toIso = createLocalIso();
  const tickets: Ticket[] = [];
  for (const raw of reader.tickets) {
    // A listing keeps MAX_TICKETS tickets (../limits.ts): the rest are read, for the date order
    // and to know the text whole, but not built only to be dropped.
    if (tickets.length === MAX_TICKETS) {
      outline.complete = false;
      break;
    }
    const ticket = reader.toTicket(raw, order, toIso);
    if (ticket) tickets.push(ticket);
    else outline.complete = false;
  }

  const { caches, errors } = outline;
  if (errors.length === 0 && caches.length === 0 && tickets.length === 0) {
    return {
      ...emptyListing(kind, unreadableOutputError(family.family, text)),
      complete: outline.complete,
    };
  }
  // Tickets without the cache header: the top of the output is missing.
  if (caches.length === 0 && tickets.length > 0) outline.complete = false;
  const first = caches[0];
  const listing: KlistListing = {
    kind,
    logonId: null,
    cache: first?.cache ?? null,
    principal: first?.principal ?? null,
    complete: outline.complete,
    error: errors.length > 0 ? klistError(errors, family.family) : null,
    tickets,
  };
  if (caches.length > 0) listing.caches = caches;
  return listing;
}

/** Parses one family's klist output. Never throws: unreadable text gives a listing with an error. */
export function readKlist<Raw>(text: unknown, family: KlistFamily<Raw>): KlistListing {
  try {
    return capTickets(parse(typeof text === 'string' ? text : '', family));
  } catch {
    return emptyListing(family.kind, unreadableOutputError(family.family, String(text)));
  }
}
