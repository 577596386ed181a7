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

const pad = (n: number, width = 2): string => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** Two-digit years as C's strptime reads them: 69-99 -> 19xx, 00-68 -> 20xx. */
export function expandYear(year: number): number {
  if (year >= 100) return year;
  return year >= 69 ? 1900 + year : 2000 + year;
}

/** Formats a Date as ISO 8601 in the process's local time with its offset. */
export function toLocalIso(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset =
    offsetMinutes === 0 ? 'Z' : `${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${offset}`
  );
}

/**
 * Local date parts to ISO 8601, or null when the parts are not a real date (13th month, 31 Feb,
 * hour 25 ...). A time that does not exist locally (skipped by a DST change) moves forward, as
 * the C library does.
 */
export function localPartsToIso(parts: DateParts): string | null {
  const { year, month, day, hour, minute, second } = parts;
  if (![year, month, day, hour, minute, second].every(Number.isInteger)) return null;
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (hour > 23 || minute > 59 || second > 60 || hour < 0 || minute < 0 || second < 0) return null;
  const date = new Date(year, month - 1, day, hour, minute, Math.min(second, 59));
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return toLocalIso(date);
}

/** Milliseconds from now until an ISO time (negative when past). */
export function msUntil(iso: string, now: Date = new Date()): number {
  return Date.parse(iso) - now.getTime();
}
