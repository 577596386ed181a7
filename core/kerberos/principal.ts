/**
 * Whose listing this is and which ticket is their sign-in ticket: pure readings of a klist
 * listing that the core (the Windows service's renewal check) and the display model (window,
 * tray, CLI) both need. No I/O.
 */
import type { KlistListing, Ticket } from './types';

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
