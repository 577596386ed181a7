import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseDateOrder,
  findDate,
  looksLikeCutDate,
  rawDateToIso,
  readDateAt,
  type RawDate,
} from './dates';

// TZ=Europe/Berlin (vitest.config.ts).
const iso = (text: string, order: 'day-first' | 'month-first' = 'month-first'): string | null => {
  const found = readDateAt(text, 0);
  return found ? rawDateToIso(found.raw, order) : null;
};
const raw = (text: string): RawDate => {
  const found = readDateAt(text, 0);
  if (!found) throw new Error(`not a date: ${text}`);
  return found.raw;
};

describe('readDateAt + rawDateToIso', () => {
  it('reads MIT C-locale MM/DD/YY and the en_US MM/DD/YYYY form', () => {
    expect(iso('02/07/22 10:15:32')).toBe('2022-02-07T10:15:32+01:00');
    expect(iso('11/17/16 11:50:26')).toBe('2016-11-17T11:50:26+01:00');
    expect(iso('11/03/2022 20:51:09')).toBe('2022-11-03T20:51:09+01:00');
  });

  it('reads day-first forms when told so', () => {
    expect(iso('23/04/24 23:47:44', 'day-first')).toBe('2024-04-23T23:47:44+02:00');
    expect(iso('06.03.2020 09.03.06', 'day-first')).toBe('2020-03-06T09:03:06+01:00');
  });

  it('reads ISO-like dates whatever the order', () => {
    expect(iso('2026-11-25T13:13:19', 'day-first')).toBe('2026-11-25T13:13:19+01:00');
    expect(iso('2026-11-25 13:13:19')).toBe('2026-11-25T13:13:19+01:00');
    expect(iso('20261125131319')).toBe('2026-11-25T13:13:19+01:00');
  });

  it('reads ctime dates (Heimdal) and "%d %b %Y %T"', () => {
    expect(iso('Jul  5 15:55:18 2017')).toBe('2017-07-05T15:55:18+02:00');
    expect(iso('Aug  4 14:48:08 2024')).toBe('2024-08-04T14:48:08+02:00');
    expect(iso('25 Nov 2026 13:30:04')).toBe('2026-11-25T13:30:04+01:00');
  });

  it('reads %R dates without seconds', () => {
    expect(iso('11/25/26 13:30')).toBe('2026-11-25T13:30:00+01:00');
  });

  it('returns null for things that are not dates or not real dates', () => {
    expect(readDateAt('renew until', 0)).toBeNull();
    expect(readDateAt('10.0.0.1', 0)).toBeNull();
    expect(readDateAt('11/17/16 11:5', 0)).toBeNull();
    expect(readDateAt('Foo  5 15:55:18 2017', 0)).toBeNull();
    expect(iso('02/30/22 10:15:32')).toBeNull();
    expect(iso('13/13/22 10:15:32')).toBeNull();
  });

  it('reports where the date ends, and findDate finds a date after a label', () => {
    expect(readDateAt('11/17/16 11:50:26  11/18/16', 0)?.end).toBe(17);
    const found = findDate('erneuern bis 28.11.2026 13:30:04, Schalter: FRI');
    expect(found?.start).toBe(13);
    expect(found && rawDateToIso(found.raw, 'day-first')).toBe('2026-11-28T13:30:04+01:00');
  });
});

describe('chooseDateOrder (one decision per listing)', () => {
  const group = (start: string, end: string, renew: string | null = null) => ({
    start: raw(start),
    end: raw(end),
    renew: renew === null ? null : raw(renew),
  });

  it('a first field above 12 anywhere means day-first', () => {
    expect(
      chooseDateOrder([
        group('05/06/24 10:00:00', '05/06/24 20:00:00'),
        group('13/06/24 10:00:00', '14/06/24 10:00:00'),
      ]),
    ).toBe('day-first');
  });

  it('a second field above 12 means month-first', () => {
    expect(chooseDateOrder([group('02/07/22 10:15:32', '02/14/22 10:15:30')])).toBe('month-first');
  });

  it('ambiguous slashes prefer month-first; ambiguous dots prefer day-first', () => {
    expect(chooseDateOrder([group('05/06/24 10:00:00', '05/06/24 20:00:00')])).toBe('month-first');
    expect(chooseDateOrder([group('05.06.2024 10:00:00', '05.06.2024 20:00:00')])).toBe(
      'day-first',
    );
  });

  it('plausibility: start must not be after end, lifetimes of at most ten days', () => {
    expect(chooseDateOrder([group('12/01/24 22:00:00', '01/02/24 08:00:00')])).toBe('day-first');
    // month-first would make this a 30-day ticket (June 5 -> July 5); day-first makes it one day.
    expect(chooseDateOrder([group('06/05/24 10:00:00', '07/05/24 10:00:00')])).toBe('day-first');
  });

  it('no numeric dates: month-first', () => {
    expect(chooseDateOrder([group('Jul  5 15:55:18 2017', 'Jul  6 15:55:15 2017')])).toBe(
      'month-first',
    );
    expect(chooseDateOrder([])).toBe('month-first');
  });
});

describe('looksLikeCutDate', () => {
  it('spots numeric and month-name dates that break off', () => {
    expect(looksLikeCutDate('11/18/16 11:5')).toBe(true);
    expect(looksLikeCutDate('Nov 25 2')).toBe(true);
    expect(looksLikeCutDate('Valid starting     Expires')).toBe(false);
    expect(looksLikeCutDate('and 5 more')).toBe(false);
  });
});

describe('year-last dates read by characters', () => {
  // The shape the character reader implements, as the regular expression it replaced.
  const NUMERIC_RE =
    /(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?: {1,3}|T)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?/y;
  const reference = (text: string): unknown => {
    NUMERIC_RE.lastIndex = 0;
    const m = NUMERIC_RE.exec(text);
    if (!m || /[0-9A-Za-z]/.test(text.charAt(NUMERIC_RE.lastIndex))) return null;
    const [a, separator, b, year, hour, minute, second] = m.slice(1);
    return {
      raw: {
        kind: 'numeric',
        a: Number(a),
        separator,
        b: Number(b),
        year: Number(year),
        hour: Number(hour),
        minute: Number(minute),
        second: second === undefined ? 0 : Number(second),
      },
      start: 0,
      end: NUMERIC_RE.lastIndex,
    };
  };

  it('reads exactly what the expression matched, on date-like strings', () => {
    const piece = fc.constantFrom(
      '1',
      '11',
      '123',
      '2026',
      '/',
      '.',
      '-',
      ':',
      ' ',
      '   ',
      '    ',
      'T',
      'x',
      ',',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        if (!/^\d{1,2}[/.-]/.test(text)) return;
        expect(readDateAt(text, 0)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the shapes klist prints', () => {
    for (const text of [
      '11/17/16 11:50:26',
      '06.03.2020 09.03.06',
      '25-11-26 13:30',
      '1/2/24T3:04',
    ]) {
      expect(readDateAt(text, 0)).toEqual(reference(text));
      expect(readDateAt(text, 0)).not.toBeNull();
    }
  });
});
