/**
 * Human output of the CLI, in the translator's language, fitted to the terminal (`Terminal`):
 *
 * - a listing: the sign-in ticket first (how long it lasts, or that it expired and the command
 *   that fixes it), whose tickets they are, then a table (SERVER, ISSUED, LEFT) or, with `-v`,
 *   every field of each ticket. Expired rows are red and rows with under an hour left yellow,
 *   on a terminal that wants colour.
 * - a saved listing (`regroup parse`) shows times "as captured": start, end and lifetime, never
 *   time left measured against the reader's clock, which says nothing about a paste from last year.
 * - a refresh: its headline (core/model/outcome.ts), then what was removed, what came back and
 *   what it does and does not reach.
 *
 * Every word comes from the catalogue (`cli.*`) or is one of the core's Messages; durations and
 * times are the translator's. Data is shown as it is (principals, ticket names, caches,
 * encryption types and flags as klist names them). JSON output does not come through here.
 */
import type { Translator } from '../core/i18n';
import type { KlistListing, RefreshResult, TgtUpkeep, Ticket } from '../core/kerberos/types';
import { upkeepOf } from '../core/model/tickets';
import { serviceInWords } from '../core/model/services';
import { connectionLine, openConnectionsInWords } from '../core/model/connections';
import type { Headline } from '../core/model/outcome';
import { fitTable, type Column, type Row } from './table';
import { paint, type Terminal, type Tone } from './terminal';
import { padTo, displayWidth, hanging, wrap } from '../core/text/width';

/** Stands in for a value klist did not give (an end time, an encryption type). */
const NONE = '-';
/** Rows with less time left than this are "expiring". */
const EXPIRING_MS = 60 * 60 * 1000;
/** The command that gets a new sign-in ticket. */
const FIX = 'regroup refresh --user';

export interface ListingView {
  tr: Translator;
  now: Date;
  terminal: Terminal;
  /** `-v`: every field of each ticket. */
  verbose: boolean;
  /** Saved output (`parse`): times as captured, not from now. */
  captured: boolean;
  /** Who keeps the sign-in ticket fresh (formatListing sets it from the listing). */
  upkeep?: TgtUpkeep;
}

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

/**
 * Expired (by klist's mark or the clock), expiring within the hour, or neither. Where Windows keeps
 * the tickets fresh (`system`) no row is coloured: an end time there is no news for the person.
 */
function toneOf(ticket: Ticket, view: ListingView): Tone | null {
  if (view.upkeep === 'system') return null;
  if (ticket.expired) return 'expired';
  if (view.captured || !ticket.endTime) return null;
  const left = Date.parse(ticket.endTime) - view.now.getTime();
  if (left <= 0) return 'expired';
  return left < EXPIRING_MS ? 'expiring' : null;
}

function lifetime(ticket: Ticket, tr: Translator): string {
  if (!ticket.endTime) return NONE;
  const ms = Date.parse(ticket.endTime) - Date.parse(ticket.startTime);
  return Number.isNaN(ms) ? NONE : tr.duration(ms);
}

const at = (iso: string | null, tr: Translator): string => (iso ? tr.dateTime(iso) : NONE);

/** The first line: the sign-in ticket, how long it lasts, or what to do without one. */
function tgtHeadline(
  listing: KlistListing,
  view: ListingView,
): { text: string; tone: Tone | null } {
  const { tr, now } = view;
  const tgt = listing.tickets.find((t) => t.isTgt);
  if (view.captured) {
    if (!tgt) return { text: tr.t('cli.parse.noTgt'), tone: null };
    const text = tr.t('cli.parse.tgtCaptured', {
      issued: tr.dateTime(tgt.startTime),
      ends: at(tgt.endTime, tr),
      lifetime: lifetime(tgt, tr),
    });
    return { text, tone: toneOf(tgt, view) };
  }
  if (!tgt) return { text: tr.t('cli.list.noTgt', { command: FIX }), tone: null };
  const tone = toneOf(tgt, view);
  const issued = tr.time(tgt.startTime, now);
  if (view.upkeep === 'system') {
    return { text: tr.t('cli.list.tgtRenewedBySystem', { issued }), tone: null };
  }
  const left = tgt.endTime ? Date.parse(tgt.endTime) - now.getTime() : Number.NaN;
  const text =
    tone === 'expired'
      ? tr.t('cli.list.tgtExpired', {
          ago: Number.isNaN(left) ? tr.t('cli.time.unknown') : tr.duration(-left),
          issued,
          command: FIX,
        })
      : tr.t(
          view.upkeep === 'protected-users' ? 'cli.list.tgtLeftProtectedUsers' : 'cli.list.tgtLeft',
          {
            left: tr.duration(left),
            issued,
          },
        );
  return { text, tone };
}

/** Whose tickets, and where they are: `dyork@CONTOSO.COM - logon session 0:0x11b5a5`. */
function owner(listing: KlistListing, tr: Translator): string {
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

function ticketTable(tickets: readonly Ticket[], view: ListingView): string[] {
  const { tr, now } = view;
  const name = (t: Ticket): string => t.server || tr.t('cli.list.noName');
  const columns: Column[] = view.captured
    ? [
        { header: tr.t('cli.list.column.server'), flexible: true },
        { header: tr.t('cli.list.column.start') },
        { header: tr.t('cli.list.column.ends') },
        { header: tr.t('cli.list.column.lifetime') },
      ]
    : [
        { header: tr.t('cli.list.column.server'), flexible: true },
        { header: tr.t('cli.list.column.issued') },
        { header: tr.t('cli.list.column.left') },
      ];
  // Saved output: times of day on the day of the capture (the first ticket's start, which the
  // headline gives in full), the date only where a time falls on another day.
  const day = new Date(tickets.find((t) => t.isTgt)?.startTime ?? tickets[0]?.startTime ?? now);
  const rows: Row[] = tickets.map((t) => ({
    tone: toneOf(t, view),
    cells: view.captured
      ? [
          name(t),
          tr.time(t.startTime, day),
          t.endTime ? tr.time(t.endTime, day) : NONE,
          lifetime(t, tr),
        ]
      : [name(t), tr.time(t.startTime, now), formatTimeLeft(t.endTime, now, tr, t.expired)],
  }));
  return fitTable(columns, rows, view.terminal);
}

/** `-v`: the ticket's name, then every field, labels aligned by display width. */
function ticketFields(ticket: Ticket, view: ListingView): string[] {
  const { tr, now } = view;
  const encryption =
    ticket.encryptionType || ticket.sessionKeyType
      ? tr.t('cli.field.encryptionValue', {
          ticket: ticket.encryptionType ?? NONE,
          sessionKey: ticket.sessionKeyType ?? NONE,
        })
      : NONE;
  const flags = [ticket.flags.join(' '), ticket.flagsHex ? `(${ticket.flagsHex})` : '']
    .filter(Boolean)
    .join(' ');
  const fields: Array<[string, string]> = [
    [tr.t('cli.field.service'), tr.format(serviceInWords(ticket.server))],
    [tr.t('cli.field.client'), ticket.client || NONE],
    [tr.t('cli.field.start'), tr.dateTime(ticket.startTime)],
    [tr.t('cli.field.end'), at(ticket.endTime, tr)],
    ...(view.captured
      ? []
      : ([
          [tr.t('cli.field.left'), formatTimeLeft(ticket.endTime, now, tr, ticket.expired)],
        ] as Array<[string, string]>)),
    [tr.t('cli.field.lifetime'), lifetime(ticket, tr)],
    [tr.t('cli.field.renewUntil'), at(ticket.renewUntil, tr)],
    [tr.t('cli.field.encryption'), encryption],
    [tr.t('cli.field.flags'), flags || NONE],
    [tr.t('cli.field.cacheFlags'), ticket.cacheFlags.join(' ') || NONE],
    [tr.t('cli.field.kdcCalled'), ticket.kdcCalled ?? NONE],
    ...(ticket.cache ? ([[tr.t('cli.field.cache'), ticket.cache]] as Array<[string, string]>) : []),
  ];
  const width = Math.max(...fields.map(([label]) => displayWidth(label)));
  const indent = ' '.repeat(width + 4);
  return [
    paint(view.terminal, toneOf(ticket, view), ticket.server || tr.t('cli.list.noName')),
    ...fields.flatMap(([label, value]) =>
      hanging(value, view.terminal.columns, `  ${padTo(`${label}:`, width + 1)} `, indent),
    ),
  ];
}

export function formatListing(listing: KlistListing, shown: ListingView): string {
  // A saved listing says nothing about who renews its tickets: times as captured, no warning.
  const view: ListingView = { ...shown, upkeep: shown.captured ? 'person' : upkeepOf(listing) };
  const { tr } = view;
  const lines: string[] = [];
  const columns = view.terminal.columns;
  if (listing.tickets.length) {
    // Wrapped first, then painted line by line: colour codes take no columns.
    const { text, tone } = tgtHeadline(listing, view);
    lines.push(...wrap(text, columns).map((line) => paint(view.terminal, tone, line)));
  }
  lines.push(...wrap(owner(listing, tr), columns));
  if (listing.caches && listing.caches.length > 1) {
    const caches = listing.caches.map((c) =>
      c.isDefault ? tr.t('cli.list.defaultCache', { cache: c.cache }) : c.cache,
    );
    lines.push(
      ...wrap(tr.t('cli.list.caches', { caches: listOf(caches, tr) }), view.terminal.columns),
    );
  }
  if (listing.tickets.length === 0) {
    lines.push(tr.t('cli.list.noTickets', { command: FIX }));
  } else {
    lines.push(tr.t('cli.list.count', { count: listing.tickets.length }), '');
    if (view.verbose)
      lines.push(
        ...listing.tickets.flatMap((t, i) => [...(i ? [''] : []), ...ticketFields(t, view)]),
      );
    else lines.push(...ticketTable(listing.tickets, view));
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

/**
 * The headline of a refresh (core/model/outcome.ts): its title, the sentences under it and the
 * next step, each wrapped to the terminal. The first thing the command prints, before any detail.
 */
export function formatHeadline(headline: Headline, tr: Translator, terminal: Terminal): string {
  const next = headline.next && 'message' in headline.next ? [headline.next.message] : [];
  return [headline.title, ...headline.body]
    .map((line) => line.message)
    .concat(next)
    .flatMap((message) => wrap(tr.format(message), terminal.columns))
    .join('\n');
}

/**
 * The details of a refresh: what was removed, what came back, what did not, and what it does
 * and does not reach. Its sentence is the headline's, printed above; a failed one's goes to stderr.
 */
export function formatRefresh(
  result: RefreshResult,
  now: Date,
  tr: Translator,
  terminal: Terminal,
): string {
  const lines: string[] = [];
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
      ...result.failed.flatMap((f) =>
        hanging(
          tr.t('cli.refresh.failedTicket', { server: f.server, reason: tr.format(f.message) }),
          terminal.columns,
          '  ',
          '    ',
        ),
      ),
    );
  }
  if ((result.ok || result.outcome === 'partial') && result.caveats.length)
    lines.push(
      '',
      ...result.caveats.flatMap((c) => hanging(tr.format(c), terminal.columns, '* ', '  ')),
    );
  if ((result.ok || result.outcome === 'partial') && result.openConnections)
    lines.push(
      '',
      ...wrap(tr.format(openConnectionsInWords(result.openConnections)), terminal.columns),
      ...result.openConnections.map((c) => `  ${connectionLine(c)}`),
    );
  // Each part above starts with a blank line that separates it from the headline.
  return lines.slice(1).join('\n');
}
