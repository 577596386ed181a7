/**
 * Builds the report of a refresh from what the cache held before and after: what was removed,
 * what came back, what did not. Shared by the Windows and the MIT/Heimdal refresh flows.
 */
import { caveatsFor } from './caveats';
import { toLocalIso } from './time';
import type {
  KerberosError,
  KlistListing,
  RefreshOutcome,
  RefreshResult,
  RefreshScope,
  Ticket,
} from './types';

export interface RefreshFacts {
  scope: RefreshScope;
  startedAt: Date;
  /** The tickets before the purge (empty when they could not be listed). */
  before: Ticket[];
  /** The listing after the refresh, or null when it could not be read. */
  after: KlistListing | null;
  /** Set when nothing was purged: the whole refresh failed up front. */
  error?: KerberosError | null;
  /** Outcome forced by the caller (declined, offline). */
  outcome?: RefreshOutcome;
  /** Services that could not be re-acquired. */
  failed?: Array<{ server: string; message: string }>;
  /** Overrides the default sentence. */
  message?: string;
  now?: () => Date;
}

const sameTicket = (a: Ticket, b: Ticket): boolean =>
  a.server.toLowerCase() === b.server.toLowerCase() && a.startTime === b.startTime;

/** Tickets in `after` that did not exist before (a new start time or a new server). */
export function newTickets(before: Ticket[], after: Ticket[]): Ticket[] {
  return after.filter((t) => !before.some((b) => sameTicket(b, t)));
}

export function buildRefreshResult(facts: RefreshFacts): RefreshResult {
  const finishedAt = (facts.now ?? (() => new Date()))();
  const base = {
    scope: facts.scope,
    startedAt: toLocalIso(facts.startedAt),
    finishedAt: toLocalIso(finishedAt),
    caveats: caveatsFor(facts.scope),
    failed: facts.failed ?? [],
    after: facts.after,
  };
  if (
    facts.error ||
    facts.outcome === 'declined' ||
    facts.outcome === 'offline' ||
    facts.outcome === 'failed'
  ) {
    const outcome = facts.outcome ?? 'failed';
    return {
      ...base,
      outcome,
      ok: false,
      message: facts.message ?? facts.error?.message ?? 'Nothing was changed.',
      removed: [],
      acquired: [],
      error: facts.error ?? null,
    };
  }
  const afterTickets = facts.after?.tickets ?? [];
  const acquired = newTickets(facts.before, afterTickets);
  const removed = facts.before.filter((b) => !afterTickets.some((a) => sameTicket(a, b)));
  const tgt = acquired.find((t) => t.isTgt);
  const partial =
    (facts.scope === 'user' && !tgt) || base.failed.length > 0 || facts.outcome === 'partial';
  const outcome: RefreshOutcome = partial ? 'partial' : 'refreshed';
  const who = tgt?.client ? ` for ${tgt.client}` : '';
  const message =
    facts.message ??
    (outcome === 'refreshed'
      ? `Done: ${removed.length} old ticket${removed.length === 1 ? '' : 's'} removed and a new ticket${who} ` +
        'issued with your current groups.'
      : `Your ${removed.length} old ticket${removed.length === 1 ? ' was' : 's were'} removed, but a new ` +
        'ticket could not be obtained yet. Windows gets one automatically the next time you open a ' +
        'network resource; if that fails, check the network connection and sign out and in again.');
  return { ...base, outcome, ok: outcome === 'refreshed', message, removed, acquired, error: null };
}
