/**
 * Human output of the CLI: a readable table of tickets with the time left on each, and the report
 * of a refresh, in the translator's language. Every word comes from the catalogue (`cli.*`) or is
 * one of the core's Messages; durations and times are the translator's. What is shown as it is:
 * data (principals, ticket names, caches, encryption types and flags as klist names them).
 * JSON output does not come through here.
 */
import type { Translator } from '../core/i18n';
import type { KlistListing, RefreshResult, Ticket } from '../core/kerberos/types';

/** Stands in for a value klist did not give (an end time, an encryption type). */
const NONE = '-';

/** `a, b, and c` in the translator's language: a list of names. */
export function listOf(items: readonly string[], tr: Translator): string {
  return tr
    .list(items)
    .map((part) => part.value)
    .join('');
}

/** `9 h 12 min`, `45 s`, `expired 2 h 5 min ago`, in the translator's language. */
export function formatTimeLeft(
  endTime: string | null,
  now: Date,
  tr: Translator,
  expired = false,
): string {
  if (!endTime) return tr.t(expired ? 'cli.time.expired' : 'cli.time.unknown');
  const ms = Date.parse(endTime) - now.getTime();
  if (Number.isNaN(ms)) return tr.t('cli.time.unknown');
  return ms > 0 ? tr.duration(ms) : tr.t('cli.time.expiredAgo', { duration: tr.duration(-ms) });
}

/** Columns padded to the widest cell; the last column is not padded. */
export function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function ticketRows(tickets: Ticket[], now: Date, tr: Translator): string[][] {
  return [
    [
      '',
      tr.t('cli.list.column.server'),
      tr.t('cli.list.column.ends'),
      tr.t('cli.list.column.left'),
      tr.t('cli.list.column.encryption'),
      tr.t('cli.list.column.flags'),
    ],
    ...tickets.map((t) => [
      t.isTgt ? tr.t('cli.list.tgt') : '',
      t.server || tr.t('cli.list.noName'),
      t.endTime ? tr.dateTime(t.endTime) : NONE,
      formatTimeLeft(t.endTime, now, tr, t.expired),
      t.encryptionType ?? NONE,
      t.flags.join(' ') || NONE,
    ]),
  ];
}

/** Whose tickets, and where they are: `dyork@CONTOSO.COM - logon session 0:0x11b5a5`. */
function headline(listing: KlistListing, tr: Translator): string {
  const principal =
    listing.principal ??
    listing.tickets.find((t) => t.client && t.client !== '@')?.client ??
    tr.t('cli.list.noPrincipal');
  const unknown = tr.t('cli.list.unknown');
  if (listing.kind === 'windows') {
    const id = listing.logonId === '0:0x3e7' ? 'cli.list.computerSession' : 'cli.list.session';
    return tr.t(id, { principal, session: listing.logonId ?? unknown });
  }
  return tr.t('cli.list.cache', { principal, cache: listing.cache ?? unknown });
}

export function formatListing(listing: KlistListing, now: Date, tr: Translator): string {
  const lines = [headline(listing, tr)];
  if (listing.caches && listing.caches.length > 1) {
    const caches = listing.caches.map((c) =>
      c.isDefault ? tr.t('cli.list.defaultCache', { cache: c.cache }) : c.cache,
    );
    lines.push(tr.t('cli.list.caches', { caches: listOf(caches, tr) }));
  }
  if (listing.tickets.length === 0) {
    lines.push(tr.t('cli.list.noTickets', { command: 'regroup refresh --user' }));
  } else {
    lines.push(tr.t('cli.list.count', { count: listing.tickets.length }), '');
    lines.push(...table(ticketRows(listing.tickets, now, tr)));
  }
  if (!listing.complete) lines.push('', tr.t('cli.list.incomplete'));
  return lines.join('\n');
}

/** `(valid for 9 h 59 min)` for a new ticket; one that has already ended says so, never "valid for expired". */
function validity(endTime: string | null, now: Date, tr: Translator): string {
  const left = endTime ? Date.parse(endTime) - now.getTime() : Number.NaN;
  if (left <= 0) return tr.t('cli.refresh.alreadyExpired', { duration: tr.duration(-left) });
  return tr.t('cli.refresh.validFor', { duration: formatTimeLeft(endTime, now, tr) });
}

/** The report of a refresh. A failed one's sentence goes to stderr instead, so it is left out here. */
export function formatRefresh(result: RefreshResult, now: Date, tr: Translator): string {
  const lines = result.ok ? [tr.format(result.message)] : [];
  if (result.removed.length) {
    lines.push('', tr.t('cli.refresh.removed', { count: result.removed.length }));
    lines.push(...result.removed.map((t) => `  ${t.server}`));
  }
  if (result.acquired.length) {
    lines.push('', tr.t('cli.refresh.acquired', { count: result.acquired.length }));
    lines.push(...result.acquired.map((t) => `  ${t.server}  ${validity(t.endTime, now, tr)}`));
  }
  if (result.failed.length) {
    lines.push('', tr.t('cli.refresh.notObtained'));
    lines.push(
      ...result.failed.map(
        (f) =>
          `  ${tr.t('cli.refresh.failedTicket', { server: f.server, reason: tr.format(f.message) })}`,
      ),
    );
  }
  if ((result.ok || result.outcome === 'partial') && result.caveats.length)
    lines.push('', ...result.caveats.map((c) => `* ${tr.format(c)}`));
  return lines.join('\n');
}
