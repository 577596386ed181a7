/**
 * How much of a listing Regroup reads and keeps. A real cache holds tens of tickets; a runaway tool
 * or a pasted file can hold far more (139,571 tickets from 16 MiB took 4.5 s and 594 MB in
 * `regroup parse`, and the window would send them over IPC on every show). Beyond the limits the
 * listing is cut and marked `complete: false`, which the CLI and the window say in a sentence.
 */

/** Output of one tool run, and a file given to `regroup parse`, beyond this is not read. */
export const MAX_LISTING_BYTES = 1024 * 1024;
/** Tickets beyond this are dropped from a listing. */
export const MAX_TICKETS = 2_000;

/** The listing with at most MAX_TICKETS tickets; `complete: false` when some were dropped. */
export function capTickets<L extends { tickets: unknown[]; complete: boolean }>(listing: L): L {
  if (listing.tickets.length <= MAX_TICKETS) return listing;
  return { ...listing, tickets: listing.tickets.slice(0, MAX_TICKETS), complete: false };
}
