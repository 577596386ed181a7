/**
 * klist prints local wall-clock times. These helpers turn date parts into ISO 8601 strings with
 * the process's UTC offset (`2025-12-07T12:38:45+01:00`, or `Z` in UTC).
 */

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
  hour: number; // 0-23
  minute: number;
  second: number;
}

/** `00`..`99`: two-digit fields without a String/padStart per field. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

const pad = (n: number, width = 2): string => {
  const whole = Math.trunc(Math.abs(n));
  return width === 2 && whole < 100
    ? (TWO_DIGITS[whole] ?? '')
    : String(whole).padStart(width, '0');
};

/** Two-digit years as C's strptime reads them: 69-99 -> 19xx, 00-68 -> 20xx. */
export function expandYear(year: number): number {
  if (year >= 100) return year;
  return year >= 69 ? 1900 + year : 2000 + year;
}

/** `Z`, `+01:00`, `-05:30` for an offset in minutes east of UTC. */
function offsetText(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}

function isoOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
): string {
  return (
    `${pad(year, 4)}-${pad(month)}-${pad(day)}` +
    `T${pad(hour)}:${pad(minute)}:${pad(second)}${offsetText(offsetMinutes)}`
  );
}

/** Formats a Date as ISO 8601 in the process's local time with its offset. */
export function toLocalIso(date: Date): string {
  return isoOf(
    date.getFullYear(),
    date.getMonth() + 1,
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    -date.getTimezoneOffset(),
  );
}

const isWhole = (n: number, min: number, max: number): boolean =>
  Number.isInteger(n) && n >= min && n <= max;

/**
 * Local date parts to ISO 8601, or null when the parts are not a real date (13th month, 31 Feb,
 * hour 25 ...). A time that does not exist locally (skipped by a DST change) moves forward, as
 * the C library does.
 */
export function localPartsToIso(parts: DateParts): string | null {
  const { year, month, day, hour, minute, second } = parts;
  if (!isWhole(year, 1970, 9999) || !isWhole(month, 1, 12) || !isWhole(day, 1, 31)) return null;
  if (!isWhole(hour, 0, 23) || !isWhole(minute, 0, 59) || !isWhole(second, 0, 60)) return null;
  const sec = Math.min(second, 59);
  const date = new Date(year, month - 1, day, hour, minute, sec);
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  // The usual case: the wall-clock time exists, so the printed parts are the answer.
  if (date.getHours() === hour && date.getMinutes() === minute) {
    return isoOf(year, month, day, hour, minute, sec, -date.getTimezoneOffset());
  }
  return toLocalIso(date);
}

export type LocalIso = (parts: DateParts) => string | null;

/**
 * {@link localPartsToIso} for the dates of one listing: the UTC offset is looked up once per
 * local hour and reused for every time in that hour. An hour is cached only when it is whole
 * (its first and last second exist as printed, with one offset), so DST gaps and overlaps, even
 * half-hour ones, and dates that do not exist (31 February, a skipped day) take the exact path.
 * Make one per parse: the cache follows the process's time
 * zone at the time it was made.
 */
export function createLocalIso(): LocalIso {
  const offsets = new Map<number, number>();
  const wholeHourOffset = (
    year: number,
    month: number,
    day: number,
    hour: number,
  ): number | null => {
    const first = new Date(year, month - 1, day, hour, 0, 0);
    // The hour's last second by adding to the first: no second local-to-UTC conversion.
    const last = new Date(first.getTime() + 3_599_000);
    if (first.getMonth() !== month - 1 || first.getDate() !== day) return null;
    if (first.getHours() !== hour || first.getMinutes() !== 0) return null;
    if (last.getHours() !== hour || last.getMinutes() !== 59) return null;
    const offset = first.getTimezoneOffset();
    return last.getTimezoneOffset() === offset ? -offset : null;
  };
  // The ISO text of each time already read: a listing repeats its times (every service ticket
  // ends with its TGT), and a ticket keeps the one string rather than a copy of its own.
  const known = new Map<number, string>();
  return (parts) => {
    const { year, month, day, hour, minute, second } = parts;
    if (!isWhole(year, 1970, 9999) || !isWhole(month, 1, 12) || !isWhole(day, 1, 31)) return null;
    if (!isWhole(hour, 0, 23) || !isWhole(minute, 0, 59) || !isWhole(second, 0, 60)) return null;
    const time = ((((year * 16 + month) * 32 + day) * 32 + hour) * 64 + minute) * 64 + second;
    const seen = known.get(time);
    if (seen !== undefined) return seen;
    const iso = wholeHourIso(year, month, day, hour, minute, second, parts);
    if (iso !== null) {
      if (known.size >= 4096) known.clear();
      known.set(time, iso);
    }
    return iso;
  };

  function wholeHourIso(
    year: number,
    month: number,
    day: number,
    hour: number,
    minute: number,
    second: number,
    parts: DateParts,
  ): string | null {
    const key = ((year * 16 + month) * 32 + day) * 32 + hour;
    let offset = offsets.get(key);
    if (offset === undefined) {
      const whole = wholeHourOffset(year, month, day, hour);
      if (whole === null) return localPartsToIso(parts);
      if (offsets.size >= 4096) offsets.clear();
      offsets.set(key, whole);
      offset = whole;
    }
    return isoOf(year, month, day, hour, minute, Math.min(second, 59), offset);
  }
}

/** Milliseconds from now until an ISO time (negative when past). */
export function msUntil(iso: string, now: Date = new Date()): number {
  return Date.parse(iso) - now.getTime();
}
