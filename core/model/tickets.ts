/**
 * Pure readings of a listing that both the window and the tray need: which ticket is the sign-in
 * ticket (TGT), who the user is, how long a ticket has left. No DOM, no Electron.
 */
import type { KlistListing, TgtUpkeep, Ticket } from '../kerberos/types';

/** A ticket that ends within this is "expiring" (highlighted, amber tray icon). */
export const EXPIRING_MS = 60 * 60 * 1000;

export type TicketHealth = 'valid' | 'expiring' | 'expired';

// Who the listing belongs to and their sign-in ticket are Kerberos facts the core needs too (the
// Windows service reads the TGT's renewal): they live in core/kerberos/principal.ts.
export { primaryTgt, principalOf, realmOf } from '../kerberos/principal';
import { primaryTgt } from '../kerberos/principal';

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
