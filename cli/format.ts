/**
 * Human output of the CLI: a readable table of tickets with the time left on each, and the report
 * of a refresh. JSON output does not come through here.
 */
import type { KlistListing, RefreshResult, Ticket } from '../core/kerberos/types';

/** `9 h 12 min`, `45 min`, `under a minute`, `expired 2 h 5 min ago`. */
export function formatTimeLeft(endTime: string | null, now: Date, expired = false): string {
  if (!endTime) return expired ? 'expired' : 'unknown';
  const ms = Date.parse(endTime) - now.getTime();
  const span = (value: number): string => {
    const minutes = Math.floor(value / 60_000);
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const mins = minutes % 60;
    if (days > 0) return `${days} d ${hours} h`;
    if (hours > 0) return `${hours} h ${mins} min`;
    return mins > 0 ? `${mins} min` : 'under a minute';
  };
  return ms > 0 ? span(ms) : `expired ${span(-ms)} ago`;
}

/** `2025-12-07 22:38` in the process's local time. */
export function formatLocal(iso: string | null): string {
  if (!iso) return '-';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '-';
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function ticketRows(tickets: Ticket[], now: Date): string[][] {
  return [
    ['', 'SERVER', 'ENDS', 'TIME LEFT', 'ENCRYPTION', 'FLAGS'],
    ...tickets.map((t) => [
      t.isTgt ? 'TGT' : '   ',
      t.server || '(no name)',
      formatLocal(t.endTime),
      formatTimeLeft(t.endTime, now, t.expired),
      t.encryptionType ?? '-',
      t.flags.join(' ') || '-',
    ]),
  ];
}

export function formatListing(listing: KlistListing, now: Date): string {
  const lines: string[] = [];
  const who =
    listing.principal ?? listing.tickets.find((t) => t.client && t.client !== '@')?.client ?? null;
  const where =
    listing.kind === 'windows'
      ? `logon session ${listing.logonId ?? 'unknown'}${listing.logonId === '0:0x3e7' ? ' (this computer)' : ''}`
      : `cache ${listing.cache ?? 'unknown'}`;
  lines.push(`${who ?? 'No principal'} - ${where}`);
  if (listing.caches && listing.caches.length > 1) {
    lines.push(
      `Caches: ${listing.caches.map((c) => `${c.cache}${c.isDefault ? ' (default)' : ''}`).join(', ')}`,
    );
  }
  if (listing.tickets.length === 0) {
    lines.push(
      'No Kerberos tickets. You get one when you next open a file share or intranet site, or with "regroup refresh --user".',
    );
  } else {
    lines.push(`${listing.tickets.length} ticket${listing.tickets.length === 1 ? '' : 's'}:`, '');
    lines.push(...table(ticketRows(listing.tickets, now)));
  }
  if (!listing.complete)
    lines.push('', 'Note: the output was incomplete; only the tickets shown could be read.');
  return lines.join('\n');
}

/** The report of a refresh. A failed one's sentence goes to stderr instead, so it is left out here. */
export function formatRefresh(result: RefreshResult, now: Date): string {
  const lines = result.ok ? [result.message] : [];
  if (result.removed.length)
    lines.push(
      '',
      `Removed (${result.removed.length}):`,
      ...result.removed.map((t) => `  ${t.server}`),
    );
  if (result.acquired.length) {
    lines.push('', `New (${result.acquired.length}):`);
    lines.push(
      ...result.acquired.map((t) => `  ${t.server}  (valid for ${formatTimeLeft(t.endTime, now)})`),
    );
  }
  if (result.failed.length)
    lines.push('', 'Not obtained:', ...result.failed.map((f) => `  ${f.server}: ${f.message}`));
  if (result.ok || result.outcome === 'partial')
    lines.push('', ...result.caveats.map((c) => `* ${c}`));
  return lines.join('\n');
}
