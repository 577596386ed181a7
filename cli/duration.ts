/**
 * `--timeout 90m`, `2h`, `1h30m`, `45s`: a length of time as a person types it, for waiting. Units
 * are s, m and h (one or more, largest first); a bare number is minutes. Bounded: at least one
 * minute (the first check alone takes that long to mean anything), at most a day (a wait longer
 * than that is better started again tomorrow than left running unseen).
 */
const HOUR = 3_600_000;
const MINUTE = 60_000;
const SECOND = 1_000;
const SHAPE = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

export const MIN_TIMEOUT_MS = MINUTE;
export const MAX_TIMEOUT_MS = 24 * HOUR;

/** Milliseconds, or null when the text is not a duration within the bounds. */
export function parseDuration(text: string): number | null {
  const typed = text.trim().toLowerCase();
  if (/^\d+$/.test(typed)) return bounded(Number(typed) * MINUTE);
  const match = SHAPE.exec(typed);
  if (!match || typed === '') return null;
  const [, h = '0', m = '0', s = '0'] = match;
  return bounded(Number(h) * HOUR + Number(m) * MINUTE + Number(s) * SECOND);
}

function bounded(ms: number): number | null {
  return Number.isSafeInteger(ms) && ms >= MIN_TIMEOUT_MS && ms <= MAX_TIMEOUT_MS ? ms : null;
}
