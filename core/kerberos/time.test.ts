import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalIso, localPartsToIso, type DateParts } from './time';

const parts = fc.record({
  year: fc.integer({ min: 1969, max: 2040 }),
  month: fc.integer({ min: 0, max: 13 }),
  day: fc.integer({ min: 0, max: 32 }),
  hour: fc.integer({ min: 0, max: 24 }),
  minute: fc.integer({ min: 0, max: 60 }),
  second: fc.integer({ min: 0, max: 61 }),
});

/** Dates around the DST changes of the zones below (last Sundays of March and October, early April, early October). */
const nearChanges = fc.record({
  year: fc.integer({ min: 2000, max: 2030 }),
  month: fc.constantFrom(3, 4, 9, 10),
  day: fc.integer({ min: 1, max: 31 }),
  hour: fc.integer({ min: 0, max: 4 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 60 }),
});

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

/** One converter for a whole run, as a parse uses it: its hour cache must never change an answer. */
function sameAnswers(samples: DateParts[]): void {
  const toIso = createLocalIso();
  for (const p of samples) expect(toIso(p), JSON.stringify(p)).toBe(localPartsToIso(p));
}

describe('createLocalIso (the per-parse converter)', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'])(
    'gives exactly what localPartsToIso gives, DST gaps and overlaps included (%s)',
    (tz) => {
      process.env.TZ = tz;
      fc.assert(
        fc.property(fc.array(fc.oneof(parts, nearChanges), { maxLength: 200 }), sameAnswers),
      );
    },
  );

  it('moves a time skipped by DST forward and refuses dates that do not exist', () => {
    process.env.TZ = 'Europe/Berlin';
    const toIso = createLocalIso();
    // 2026-03-29 02:30 does not exist in Berlin: the C library (and we) read 03:30 summer time.
    expect(toIso({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 })).toBe(
      '2026-03-29T03:30:00+02:00',
    );
    expect(toIso({ year: 2026, month: 3, day: 29, hour: 1, minute: 59, second: 59 })).toBe(
      '2026-03-29T01:59:59+01:00',
    );
    expect(toIso({ year: 2026, month: 2, day: 30, hour: 12, minute: 0, second: 0 })).toBeNull();
    // Lord Howe Island moves its clocks by half an hour: 02:15 is skipped, 02:45 exists.
    process.env.TZ = 'Australia/Lord_Howe';
    const lordHowe = createLocalIso();
    expect(lordHowe({ year: 2026, month: 10, day: 4, hour: 2, minute: 45, second: 0 })).toBe(
      '2026-10-04T02:45:00+11:00',
    );
    expect(lordHowe({ year: 2026, month: 10, day: 4, hour: 2, minute: 15, second: 0 })).toBe(
      localPartsToIso({ year: 2026, month: 10, day: 4, hour: 2, minute: 15, second: 0 }),
    );
  });
});
