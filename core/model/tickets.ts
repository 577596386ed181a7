/**
 * Pure readings of a listing that both the window and the tray need: which ticket is the sign-in
 * ticket (TGT), who the user is, how long a ticket has left. No DOM, no Electron.
 */
import type { KlistListing, TgtUpkeep, Ticket } from '../kerberos/types';

/** A ticket that ends within this is "expiring" (highlighted, amber tray icon). */
export const EXPIRING_MS = 60 * 60 * 1000;

export type TicketHealth = 'valid' | 'expiring' | 'expired';

export function realmOf(principal: string | null | undefined): string | null {
  if (!principal) return null;
  const at = principal.lastIndexOf('@');
  const realm = at >= 0 ? principal.slice(at + 1).trim() : '';
  return realm === '' ? null : realm;
}

/** The user's principal: the cache's default principal, else the client of the first ticket. */
export function principalOf(listing: KlistListing): string | null {
  if (listing.principal) return listing.principal;
  const client = listing.tickets.find((ticket) => /\S@\S/.test(ticket.client))?.client;
  return client ?? null;
}

/** The TGT for the user's own realm (`krbtgt/REALM@REALM`), else the first TGT. */
export function primaryTgt(listing: KlistListing): Ticket | null {
  const tgts = listing.tickets.filter((ticket) => ticket.isTgt);
  const realm = realmOf(principalOf(listing))?.toUpperCase();
  const own = tgts.find(
    (ticket) => realm && ticket.server.toUpperCase() === `KRBTGT/${realm}@${realm}`,
  );
  return own ?? tgts[0] ?? null;
}

/** Tickets other than the primary TGT, soonest-ending first (expired ones at the top). */
export function serviceTickets(listing: KlistListing): Ticket[] {
  const tgt = primaryTgt(listing);
  // Each end time read once, not twice per comparison (hundreds of tickets, every new listing).
  return listing.tickets
    .filter((ticket) => ticket !== tgt)
    .map((ticket, index) => ({ ticket, end: endMs(ticket), index }))
    .sort((a, b) => a.end - b.end || a.index - b.index)
    .map(({ ticket }) => ticket);
}

function endMs(ticket: Ticket): number {
  if (ticket.expired) return Number.NEGATIVE_INFINITY;
  return ticket.endTime ? Date.parse(ticket.endTime) : Number.POSITIVE_INFINITY;
}

/** Milliseconds left (<= 0 when expired; +Infinity when klist gives no end time and no mark). */
export function msLeft(ticket: Ticket, now: number): number {
  if (ticket.expired) return 0;
  if (!ticket.endTime) return Number.POSITIVE_INFINITY;
  return Date.parse(ticket.endTime) - now;
}

/**
 * Who keeps the listing's sign-in ticket fresh. A listing without the service's word (an older
 * main process, a test) falls back to the platform: Windows renews, MIT / Heimdal do not.
 */
export function upkeepOf(listing: KlistListing | null): TgtUpkeep {
  if (listing?.tgtUpkeep) return listing.tgtUpkeep;
  return listing?.kind === 'windows' ? 'system' : 'person';
}

/**
 * How a ticket stands. Where the system keeps the tickets fresh (`system`) nothing is ever
 * "expiring" or "expired": Windows renews the sign-in ticket, or gets a new one, and gets a new
 * service ticket the next time a program needs one, so an end time is no news for the person.
 */
export function healthOf(ticket: Ticket, now: number, upkeep: TgtUpkeep = 'person'): TicketHealth {
  if (upkeep === 'system') return 'valid';
  const left = msLeft(ticket, now);
  if (left <= 0) return 'expired';
  if (left < EXPIRING_MS) return 'expiring';
  return 'valid';
}
