/**
 * Dates as MIT and Heimdal klist print them. MIT uses the C library's locale (`strftime` `%x %X`
 * and fall-backs), so the same instant may read `11/25/26 13:30:04`, `25/11/26 13:30:04`,
 * `25.11.2026 13:30:04`, `06.03.2020 09.03.06` or `2026-11-25T13:30:04`. Heimdal prints
 * `ctime`-style English dates: `Jul  5 15:55:18 2017`.
 *
 * Reading happens in two steps because a numeric date alone can be ambiguous (`05/06/24`): first
 * every date of a listing is read into a {@link RawDate}, then {@link chooseDateOrder} decides
 * day-first or month-first once for the whole listing, then {@link rawDateToIso} converts.
 *
 * Every regular expression here is sticky, anchored and has bounded repetition, so reading stays
 * linear on hostile input.
 */
import { isTrimSpace as isSpace } from '../line-index';
import { expandYear, localPartsToIso, type DateParts, type LocalIso } from '../time';

/** A date whose field order is not known yet (`a/b/c`, year last), or a fully known one. */
export type RawDate =
  | {
      kind: 'numeric';
      /** First and second field: month and day in some order. */
      a: number;
      b: number;
      /** The year as printed (two or four digits). */
      year: number;
      separator: string;
      hour: number;
      minute: number;
      second: number;
    }
  | {
      kind: 'known';
      /** Null when the year was not printed (old Heimdal: `Jul  5 15:55:18`). */
      year: number | null;
      month: number;
      day: number;
      hour: number;
      minute: number;
      second: number;
    };

/** Day-first (`25/11/26`) or month-first (`11/25/26`) for the numeric dates of one listing. */
export type DateOrder = 'day-first' | 'month-first';

export interface DateMatch {
  raw: RawDate;
  /** Index of the date's first character in the line. */
  start: number;
  /** Index just after the date in the line. */
  end: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // A few common non-English abbreviations, for lenient reading of copied output.
  jän: 1,
  mär: 3,
  mai: 5,
  okt: 10,
  dez: 12,
  janv: 1,
  févr: 2,
  fev: 2,
  avr: 4,
  juin: 6,
  juil: 7,
  août: 8,
  aou: 8,
  déc: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};

const MONTH_INITIALS = [...new Set(Object.keys(MONTHS).map((name) => name.charAt(0)))].join('');

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const key = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)] ?? null;
}

// ISO-like: 2026-11-25T13:13:19, 2026-11-25 13:13:19, 2026/11/25 13:13, 2026.11.25 13.13.19
const ISO_RE =
  /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:T| {1,3})(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?/y;
// ctime: Jul  5 15:55:18 2017 (year optional in old Heimdal)
const MONTH_FIRST_RE =
  /([A-Za-z\u00C0-\u024F]{3,5})\.? {1,3}(\d{1,2}) {1,3}(\d{1,2}):(\d{2}):(\d{2})(?: {1,3}(\d{4}))?/y;
// strftime "%d %b %Y %T": 25 Nov 2026 13:30:04
const DAY_MONTH_RE =
  /(\d{1,2})\.? {1,3}([A-Za-z\u00C0-\u024F]{3,5})\.? {1,3}(\d{4}) {1,3}(\d{1,2}):(\d{2}):(\d{2})/y;
// "%Y%m%d%H%M%S": 20261125133004
const BASIC_RE = /(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/y;

/** An ASCII letter or digit (NaN, past the end of a text, is not). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  // A date must not run into a following word ("11/17/16 11:50:26x" is not a date).
  if (m && isWordCode(text.charCodeAt(re.lastIndex))) return null;
  return m;
}

const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s));

/** The number of digits in a row at `pos`. */
function digitRun(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end - pos;
}

/** The value of the `length` digits at `pos` (known to be digits). */
function digitsValue(text: string, pos: number, length: number): number {
  let value = 0;
  for (let i = pos; i < pos + length; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/**
 * Year last: `11/17/16 11:50:26`, `23/04/24 23:47:44`, `06.03.2020 09.03.06`, `25-11-26 13:30`,
 * that is `/(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?: {1,3}|T)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?/`
 * not followed by a letter or digit. Read by characters: most dates of MIT klist are of this kind,
 * and a regular expression per date cost more than the rest of the line.
 */
function readNumericAt(text: string, pos: number): DateMatch | null {
  return readNumericCommon(text, pos) ?? readNumericAny(text, pos);
}

/** The value of the two digits at `pos`, or -1 when they are not two digits. */
function twoDigits(text: string, pos: number): number {
  const hi = text.charCodeAt(pos) - 48;
  const lo = text.charCodeAt(pos + 1) - 48;
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : -1;
}

/**
 * The shape nearly every MIT listing prints, `11/17/16 11:50:26` (or a four-digit year, any of the
 * three separators, one space), read at its fixed positions; null sends the date to the general
 * reader, which gives the same reading for this shape.
 */
function readNumericCommon(text: string, pos: number): DateMatch | null {
  const a = twoDigits(text, pos);
  const sep = text.charCodeAt(pos + 2);
  if (a < 0 || (sep !== 0x2f && sep !== 0x2e && sep !== 0x2d)) return null;
  const b = twoDigits(text, pos + 3);
  if (b < 0 || text.charCodeAt(pos + 5) !== sep) return null;
  let year = twoDigits(text, pos + 6);
  if (year < 0) return null;
  let i = pos + 8;
  if (isDigit(text.charCodeAt(i))) {
    const low = twoDigits(text, i);
    if (low < 0) return null;
    year = year * 100 + low;
    i += 2;
  }
  if (text.charCodeAt(i) !== 0x20 || text.charCodeAt(i + 3) !== 0x3a) return null;
  if (text.charCodeAt(i + 6) !== 0x3a) return null;
  const hour = twoDigits(text, i + 1);
  const minute = twoDigits(text, i + 4);
  const second = twoDigits(text, i + 7);
  const end = i + 9;
  if (hour < 0 || minute < 0 || second < 0 || isWordCode(text.charCodeAt(end))) return null;
  return {
    raw: {
      kind: 'numeric',
      a,
      separator: sep === 0x2f ? '/' : sep === 0x2e ? '.' : '-',
      b,
      year,
      hour,
      minute,
      second,
    },
    start: pos,
    end,
  };
}

function readNumericAny(text: string, pos: number): DateMatch | null {
  const aLength = digitRun(text, pos);
  if (aLength < 1 || aLength > 2) return null;
  let i = pos + aLength;
  const sep = text.charCodeAt(i);
  // `/`, `.` or `-`
  if (sep !== 0x2f && sep !== 0x2e && sep !== 0x2d) return null;
  i++;
  const bLength = digitRun(text, i);
  if (bLength < 1 || bLength > 2 || text.charCodeAt(i + bLength) !== sep) return null;
  const bAt = i;
  i += bLength + 1;
  const yearLength = digitRun(text, i);
  if (yearLength !== 2 && yearLength !== 4) return null;
  const yearAt = i;
  i += yearLength;
  if (text.charCodeAt(i) === 0x54)
    i++; // `T`
  else {
    const spaces = i;
    while (text.charCodeAt(i) === 0x20 && i - spaces < 4) i++;
    if (i === spaces || i - spaces > 3) return null;
  }
  const hourLength = digitRun(text, i);
  if (hourLength < 1 || hourLength > 2) return null;
  const hourAt = i;
  i += hourLength;
  const colon = text.charCodeAt(i);
  if (colon !== 0x3a && colon !== 0x2e) return null;
  i++;
  if (digitRun(text, i) < 2) return null;
  const minuteAt = i;
  i += 2;
  let second = 0;
  const colon2 = text.charCodeAt(i);
  if ((colon2 === 0x3a || colon2 === 0x2e) && digitRun(text, i + 1) >= 2) {
    second = digitsValue(text, i + 1, 2);
    i += 3;
  }
  if (isWordCode(text.charCodeAt(i))) return null;
  return {
    raw: {
      kind: 'numeric',
      a: digitsValue(text, pos, aLength),
      separator: sep === 0x2f ? '/' : sep === 0x2e ? '.' : '-',
      b: digitsValue(text, bAt, bLength),
      year: digitsValue(text, yearAt, yearLength),
      hour: digitsValue(text, hourAt, hourLength),
      minute: digitsValue(text, minuteAt, 2),
      second,
    },
    start: pos,
    end: i,
  };
}

function readDayMonthAt(text: string, pos: number): DateMatch | null {
  const m = execAt(DAY_MONTH_RE, text, pos);
  if (!m) return null;
  const month = monthNumber(m[2] ?? '');
  if (month === null) return null;
  return {
    raw: {
      kind: 'known',
      year: num(m[3]),
      month,
      day: num(m[1]),
      hour: num(m[4]),
      minute: num(m[5]),
      second: num(m[6]),
    },
    start: pos,
    end: DAY_MONTH_RE.lastIndex,
  };
}

function readBasicAt(text: string, pos: number): DateMatch | null {
  const m = execAt(BASIC_RE, text, pos);
  if (!m) return null;
  return {
    raw: {
      kind: 'known',
      year: num(m[1]),
      month: num(m[2]),
      day: num(m[3]),
      hour: num(m[4]),
      minute: num(m[5]),
      second: num(m[6]),
    },
    start: pos,
    end: BASIC_RE.lastIndex,
  };
}

/** Reads a date (with time) that starts exactly at `pos`, or null. */
export function readDateAt(text: string, pos: number): DateMatch | null {
  if (pos < 0 || pos >= text.length) return null;
  if (pos > 0 && isWordCode(text.charCodeAt(pos - 1))) return null;
  if (isDigit(text.charCodeAt(pos))) {
    // The length of the leading digit run tells the shapes apart: ISO starts with 4 digits,
    // year-last and day-month dates with 1-2, the basic form is 14 digits.
    const run = digitRun(text, pos);
    if (run <= 2) return readNumericAt(text, pos) ?? readDayMonthAt(text, pos);
    if (run === 14) return readBasicAt(text, pos);
    if (run !== 4) return null;
    const m = execAt(ISO_RE, text, pos);
    if (m) {
      return {
        raw: {
          kind: 'known',
          year: num(m[1]),
          month: num(m[3]),
          day: num(m[4]),
          hour: num(m[5]),
          minute: num(m[6]),
          second: num(m[7]),
        },
        start: pos,
        end: ISO_RE.lastIndex,
      };
    }
    return null;
  }
  if (!startsMonthName(text, pos)) return null;
  const m = execAt(MONTH_FIRST_RE, text, pos);
  if (!m) return null;
  const month = monthNumber(m[1] ?? '');
  if (month === null) return null;
  return {
    raw: {
      kind: 'known',
      year: m[6] === undefined ? null : num(m[6]),
      month,
      day: num(m[2]),
      hour: num(m[3]),
      minute: num(m[4]),
      second: num(m[5]),
    },
    start: pos,
    end: MONTH_FIRST_RE.lastIndex,
  };
}

/** The most characters before a date's first digit: MONTH_FIRST_RE's `[A-Za-z...]{3,5}\.? {1,3}`. */
const MAX_LETTERS_BEFORE_DIGIT = 9;

/**
 * Finds the first date in `text` that starts at or after `from` and before `to` (only at word
 * starts). A caller reading part of a larger text passes the part's end as `to`: the date must
 * then end by it, which holds when the character at `to` cannot continue a date (white space, a
 * comma, a line break, the end).
 */
export function findDate(text: string, from = 0, to = text.length): DateMatch | null {
  // Every date has digits (its time at least): a text without any has none to find, and the
  // month-name test below is not run on its words (`Addresses: (none)`).
  let digit = Math.max(0, from);
  while (digit < to && !isDigit(text.charCodeAt(digit))) digit++;
  if (digit >= to) return null;
  // A date's first digit comes at most 9 characters after its start (`Sept.   5`): no date starts
  // further before the first digit (`renew until ` is passed over at once).
  for (let i = Math.max(0, from, digit - MAX_LETTERS_BEFORE_DIGIT); i < to; i++) {
    // A date starts with a digit or a month name's letter, at a word start.
    if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
    const c = text.charCodeAt(i);
    if (!isDigit(c) && !inTable(MONTH_INITIAL_CODES, c)) continue;
    const found = readDateAt(text, i);
    if (found) return found;
  }
  return null;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The letters of MONTH_FIRST_RE: `[A-Za-z\u00C0-\u024F]`. */
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

/** False when a word starting with this character code cannot be a month name (`renew`, `Valid`). */
export function mayStartMonthName(c: number): boolean {
  return inTable(MONTH_INITIAL_CODES, c);
}

/**
 * False when no date can start at `pos`: a date starts with a digit or with a month name's first
 * two letters (`Etype`, `Flags`, `Addresses` do not). A line reader asks this before reading.
 */
export function mayStartDate(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (isDigit(c)) return true;
  return inTable(MONTH_INITIAL_CODES, c) && inTable(MONTH_SECOND_CODES, text.charCodeAt(pos + 1));
}

/** A table of character codes (all below 0x100): 1 for those in `chars`. */
function codeTable(chars: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x100);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** The first letters of the names in MONTHS, in both cases: looked up for every word of a line. */
const MONTH_INITIAL_CODES = codeTable([...MONTH_INITIALS, ...MONTH_INITIALS.toUpperCase()]);

/** The second letters of the names in MONTHS, in both cases (as monthNumber lowers them). */
const MONTH_SECOND_CODES = codeTable(
  Object.keys(MONTHS).flatMap((name) => [name.charAt(1), name.charAt(1).toUpperCase()]),
);

/** True when `c` is in a table made by codeTable. */
const inTable = (table: Uint8Array, c: number): boolean => c < 0x100 && table[c] === 1;

/**
 * True when the word at `pos` (up to 5 letters) is a month name: words that are not (`renew`,
 * `until`, labels in any language) are turned away before the month-first expression runs.
 */
function startsMonthName(text: string, pos: number): boolean {
  // Every name in MONTHS starts with one of these letters (`renew`, `until`, `Valid` do not),
  // and has one of these second letters (`Etype`, `Flags`, `Addresses` do not).
  if (!inTable(MONTH_INITIAL_CODES, text.charCodeAt(pos))) return false;
  if (!inTable(MONTH_SECOND_CODES, text.charCodeAt(pos + 1))) return false;
  let end = pos;
  while (end < text.length && end - pos <= 5 && isLetter(text.charCodeAt(end))) end++;
  return end - pos >= 3 && end - pos <= 5 && monthNumber(text.slice(pos, end)) !== null;
}

/**
 * True when the line `text[at, to)` (all of `text` by default) starts like a numeric date but is
 * cut or malformed (`11/18/16 11:5`).
 */
export function looksLikeCutDate(text: string, at = 0, to = text.length): boolean {
  let from = at;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  const first = text.charCodeAt(from);
  // Both shapes start with a digit or a month name's letter; most lines end here.
  if (!isDigit(first) && !mayStartMonthName(first)) return false;
  if (isDigit(first)) {
    // `^\d{1,4}[/.-]`
    let i = from;
    while (i < to && i - from < 4 && isDigit(text.charCodeAt(i))) i++;
    const sep = text.charCodeAt(i);
    if (sep === 0x2f || sep === 0x2e || sep === 0x2d) return true;
  }
  // `^[A-Za-z]{3}\.? {1,2}\d{1,2}(?:$| )` with a month name
  if (!isAsciiLetter(first) || !isAsciiLetter(text.charCodeAt(from + 1))) return false;
  if (!isAsciiLetter(text.charCodeAt(from + 2))) return false;
  let i = from + 3;
  if (text.charCodeAt(i) === 0x2e) i++;
  const spaces = i;
  while (text.charCodeAt(i) === 0x20 && i - spaces < 2) i++;
  if (i === spaces) return false;
  const digits = i;
  while (isDigit(text.charCodeAt(i)) && i - digits < 2) i++;
  if (i === digits || (i < to && text.charCodeAt(i) !== 0x20)) return false;
  return monthNumber(text.slice(from, from + 3)) !== null;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function numericParts(d: Extract<RawDate, { kind: 'numeric' }>, order: DateOrder): DateParts {
  const dayFirst = order === 'day-first';
  return {
    year: expandYear(d.year),
    month: dayFirst ? d.b : d.a,
    day: dayFirst ? d.a : d.b,
    hour: d.hour,
    minute: d.minute,
    second: d.second,
  };
}

/** The year to assume for a year-less date: the one that puts it nearest to `now`. */
function inferYear(month: number, day: number, now: Date): number {
  const y = now.getFullYear();
  const candidates = [y - 1, y, y + 1];
  let best = y;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = Math.abs(new Date(c, month - 1, day).getTime() - now.getTime());
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Converts a raw date to ISO 8601 local time, or null when it is not a real date. A parse passes
 * its own `toIso` ({@link createLocalIso}) so that the time zone is looked up once per hour.
 */
export function rawDateToIso(
  raw: RawDate,
  order: DateOrder,
  now: Date = new Date(),
  toIso: LocalIso = localPartsToIso,
): string | null {
  if (raw.kind === 'numeric') return toIso(numericParts(raw, order));
  const year = raw.year ?? inferYear(raw.month, raw.day, now);
  return toIso({
    year: expandYear(year),
    month: raw.month,
    day: raw.day,
    hour: raw.hour,
    minute: raw.minute,
    second: raw.second,
  });
}

/** One ticket's dates, for the plausibility check (start <= end <= renew, sane lifetime). */
export interface DateGroup {
  start: RawDate | null;
  end: RawDate | null;
  renew: RawDate | null;
}

const MAX_PLAUSIBLE_LIFETIME_MS = 10 * 86_400_000;

function penalty(groups: DateGroup[], order: DateOrder): number {
  let score = 0;
  const ms = (d: RawDate | null): number | null => {
    if (!d) return null;
    const iso = rawDateToIso(d, order);
    return iso === null ? Number.NaN : Date.parse(iso);
  };
  for (const g of groups) {
    const [s, e, r] = [ms(g.start), ms(g.end), ms(g.renew)];
    for (const v of [s, e, r]) if (v !== null && Number.isNaN(v)) score += 100;
    if (s !== null && e !== null && s > e) score += 10;
    if (e !== null && r !== null && e > r + 60_000) score += 10;
    // Tickets live hours or a few days (MIT's default is one, AD's ten hours); a lifetime of
    // weeks suggests the other reading.
    if (s !== null && e !== null && e - s > MAX_PLAUSIBLE_LIFETIME_MS) score += 1;
  }
  return score;
}

/**
 * Decides day-first or month-first for all numeric dates of one listing: a first field above 12
 * means day-first; else a second field above 12 means month-first; else the reading that makes
 * the tickets plausible (real dates, start before end, lifetimes of at most ten days); on a tie,
 * month-first for `/` (C and en_US) and day-first for `.` and `-` (de, ru, nl ...).
 */
export function chooseDateOrder(groups: DateGroup[]): DateOrder {
  // One pass, no array of the dates: a listing may hold thousands.
  // (set in `see`: declared so that the compiler does not narrow it to its first value)
  let first = null as Extract<RawDate, { kind: 'numeric' }> | null;
  let dayAbove12 = false;
  let monthAbove12 = false;
  const see = (d: RawDate | null): void => {
    if (d?.kind !== 'numeric') return;
    first ??= d;
    if (d.a > 12) dayAbove12 = true;
    if (d.b > 12) monthAbove12 = true;
  };
  for (const g of groups) {
    see(g.start);
    see(g.end);
    see(g.renew);
  }
  if (dayAbove12) return 'day-first';
  if (monthAbove12) return 'month-first';
  const preferred: DateOrder = first && first.separator !== '/' ? 'day-first' : 'month-first';
  if (first === null) return preferred;
  const other: DateOrder = preferred === 'day-first' ? 'month-first' : 'day-first';
  return penalty(groups, other) < penalty(groups, preferred) ? other : preferred;
}
