import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TICKETS } from '../limits';
import { parseMitKlist } from './mit-klist';

// A listing shows at most MAX_TICKETS tickets (../limits.ts): the first that are real dates in the
// order every ticket's dates decide (klist-common.ts builds them). These listings are a real capture (klist -f of the test
// realm) with its ticket blocks repeated; where the date order matters, its dates are rewritten.
const REAL = path.resolve(__dirname, '../../../test/fixtures/mit-real');
const capture = readFileSync(path.join(REAL, 'klist-f.txt'), 'utf8');
const lines = capture.split('\n');
const header = lines.slice(0, 4).join('\n');
/** The capture's ticket blocks: a ticket line and its indented line. */
const blocks: string[] = [];
for (let i = 4; i + 1 < lines.length; i += 2) {
  if (/^\d/.test(lines[i] ?? '')) blocks.push(`${lines[i]}\n${lines[i + 1]}`);
}

function listing(
  count: number,
  block: (i: number) => string = (i) => blocks[i % blocks.length] ?? '',
): string {
  const out = [header];
  for (let i = 0; i < count; i += 1) out.push(block(i));
  return `${out.join('\n')}\n`;
}

/** A real block with its three dates replaced (same layout: `MM/DD/YY HH:MM:SS`). */
function withDates(i: number, start: string, end: string, renew: string): string {
  const [ticket, detail] = (blocks[i % blocks.length] ?? '').split('\n');
  const server = (ticket ?? '').slice(38);
  return `${start}  ${end}  ${server}\n${(detail ?? '').replace(/\d\d\/\d\d\/\d\d \d\d:\d\d:\d\d/, renew)}`;
}

describe('parseMitKlist beyond the tickets a listing shows', () => {
  it('shows the first MAX_TICKETS tickets, exactly as read from a listing of only those, and says the listing is incomplete', () => {
    const shown = parseMitKlist(listing(MAX_TICKETS));
    expect(shown.complete).toBe(true);
    const more = parseMitKlist(listing(MAX_TICKETS + 700));
    expect(more.complete).toBe(false);
    expect(more.tickets).toEqual(shown.tickets);
  });

  it('reads the shown tickets in the date order a ticket far beyond them decides', () => {
    // Every date reads either way (fields 05 and 06) until the last ticket's 25/06: day-first.
    const text = listing(MAX_TICKETS + 500, (i) =>
      i < MAX_TICKETS + 499
        ? withDates(i, '05/06/24 10:00:00', '05/06/24 20:00:00', '07/06/24 10:00:00')
        : withDates(i, '25/06/24 10:00:00', '25/06/24 20:00:00', '27/06/24 10:00:00'),
    );
    const parsed = parseMitKlist(text);
    expect(parsed.tickets).toHaveLength(MAX_TICKETS);
    expect(parsed.complete).toBe(false);
    // 5 June 2024 (Berlin summer time), not 6 May.
    expect(parsed.tickets[0]?.startTime).toBe('2024-06-05T10:00:00+02:00');
    expect(parsed.tickets[MAX_TICKETS - 1]?.renewUntil).toBe('2024-06-07T10:00:00+02:00');
  });

  it('keeps the tickets of the order decided last, even after more than a listing of the other', () => {
    // 13 January reads only month-first; 5 June either way; the last ticket's 25/06 decides
    // day-first, so the January tickets are not real and the June ones are shown.
    const january = MAX_TICKETS + 100;
    const text = listing(january + 301, (i) => {
      if (i < january) {
        return withDates(i, '01/13/24 10:00:00', '01/13/24 20:00:00', '01/15/24 10:00:00');
      }
      if (i < january + 300) {
        return withDates(i, '05/06/24 10:00:00', '05/06/24 20:00:00', '07/06/24 10:00:00');
      }
      return withDates(i, '25/06/24 10:00:00', '25/06/24 20:00:00', '27/06/24 10:00:00');
    });
    const parsed = parseMitKlist(text);
    expect(parsed.complete).toBe(false);
    expect(parsed.tickets).toHaveLength(301);
    expect(parsed.tickets[0]?.startTime).toBe('2024-06-05T10:00:00+02:00');
    expect(parsed.tickets[300]?.startTime).toBe('2024-06-25T10:00:00+02:00');
  });

  it('fills the shown tickets past tickets whose dates are not real in the order read', () => {
    // 31 April is no date in either order: those tickets are left out, later ones shown instead.
    const text = listing(MAX_TICKETS + 700, (i) =>
      i < 400
        ? withDates(i, '04/31/24 10:00:00', '04/31/24 20:00:00', '05/02/24 10:00:00')
        : withDates(i, '11/25/26 13:29:57', '11/25/26 23:29:57', '11/28/26 13:29:57'),
    );
    const parsed = parseMitKlist(text);
    expect(parsed.complete).toBe(false);
    expect(parsed.tickets).toHaveLength(MAX_TICKETS);
    expect(parsed.tickets.every((t) => t.startTime === '2026-11-25T13:29:57+01:00')).toBe(true);
  });
});
