/**
 * The one builder of a refresh report, for every platform and for every caller (the Windows and
 * the MIT/Heimdal services, the app controller, the CLI): from what the cache held before and
 * after, what was removed, what came back, what did not, with a sentence for the person and the
 * caveats that apply (chosen by `caveatsFor(kind, scope, outcome)`, never empty).
 *
 * The rules, in order:
 * - an `error`, or a forced `declined` / `offline` / `failed` outcome: nothing was changed
 *   (`removed` and `acquired` empty); the sentence is `message`, else the error's, else
 *   "Nothing was changed.";
 * - otherwise `removed` is what was in `before` and is not in `after`, `acquired` what is in
 *   `after` and was not in `before`; the refresh is `partial` when something in `failed`, when
 *   the caller says so, or (user scope) when no new TGT came back; else `refreshed`.
 * The default sentences fit the platform family: only Windows gets a TGT back by itself.
 */
import { msg, type Message } from '../i18n/message';
import { caveatsFor } from './caveats';
import { toLocalIso } from './time';
import type {
  KerberosError,
  KlistKind,
  KlistListing,
  RefreshFailure,
  RefreshOutcome,
  RefreshResult,
  RefreshScope,
  Ticket,
} from './types';

export interface RefreshFacts {
  /** The platform family that refreshed (the service's `kind`): it chooses sentences and caveats. */
  kind: KlistKind;
  scope: RefreshScope;
  startedAt: Date;
  /** The tickets before the purge (empty when they could not be listed). */
  before: Ticket[];
  /** The listing after the refresh, or null when it could not be read. */
  after: KlistListing | null;
  /** Set when nothing was purged: the whole refresh failed up front. */
  error?: KerberosError | null;
  /** Outcome forced by the caller (declined, offline, failed, partial). */
  outcome?: RefreshOutcome;
  /** Tickets that could not be obtained again, with why. */
  failed?: RefreshFailure[];
  /** Replaces the default sentence. */
  message?: Message;
  /**
   * Tickets of a cache this refresh replaced wholesale (MIT/Heimdal: a new cache swapped in):
   * everything there before is gone and everything there after is new, even when a new ticket
   * starts in the same second as the old one (klist prints whole seconds).
   */
  replaced?: (ticket: Ticket) => boolean;
  now?: () => Date;
}

const sameTicket = (a: Ticket, b: Ticket): boolean =>
  a.server.toLowerCase() === b.server.toLowerCase() && a.startTime === b.startTime;

/** Tickets in `after` that did not exist before (a new start time or a new server). */
/** A failed item from the error that explains it: its sentence, code and the tool's words. */
export function failureOf(server: string, error: KerberosError): RefreshFailure {
  const failure: RefreshFailure = { server, message: error.message, code: error.code };
  if (error.detail) failure.detail = error.detail;
  return failure;
}

export function newTickets(
  before: Ticket[],
  after: Ticket[],
  replaced: (ticket: Ticket) => boolean = () => false,
): Ticket[] {
  return after.filter((t) => replaced(t) || !before.some((b) => sameTicket(b, t)));
}

/** True for the outcomes in which nothing was changed. */
function nothingChanged(facts: RefreshFacts): boolean {
  return (
    Boolean(facts.error) ||
    facts.outcome === 'declined' ||
    facts.outcome === 'offline' ||
    facts.outcome === 'failed'
  );
}

/** The default sentence for a refresh that removed tickets. */
function doneMessage(
  facts: RefreshFacts,
  outcome: RefreshOutcome,
  removed: number,
  tgt: Ticket | undefined,
  failed: number,
): Message {
  const windows = facts.kind === 'windows';
  if (facts.scope === 'computer') {
    if (outcome === 'partial') return msg('krb.result.computer.partial');
    if (windows) return msg('krb.result.computer.refreshed.windows');
    return facts.kind === 'unknown'
      ? msg('krb.result.computer.refreshed')
      : msg('krb.result.computer.refreshed.unix');
  }
  if (!tgt) {
    return msg(windows ? 'krb.result.user.noTicket.windows' : 'krb.result.user.noTicket', {
      removed,
    });
  }
  if (failed > 0) return msg('krb.result.user.someFailed', { count: failed });
  return tgt.client
    ? msg('krb.result.user.refreshed', { removed, client: tgt.client })
    : msg('krb.result.user.refreshedNoClient', { removed });
}

export function buildRefreshResult(facts: RefreshFacts): RefreshResult {
  const finishedAt = (facts.now ?? (() => new Date()))();
  const failed = facts.failed ?? [];
  const times = { startedAt: toLocalIso(facts.startedAt), finishedAt: toLocalIso(finishedAt) };

  if (nothingChanged(facts)) {
    const outcome = facts.outcome ?? 'failed';
    return {
      scope: facts.scope,
      outcome,
      ok: false,
      message: facts.message ?? facts.error?.message ?? msg('krb.result.nothingChanged'),
      removed: [],
      acquired: [],
      failed,
      error: facts.error ?? null,
      after: facts.after,
      ...times,
      caveats: caveatsFor(facts.kind, facts.scope, outcome),
    };
  }

  const afterTickets = facts.after?.tickets ?? [];
  const replaced = facts.replaced ?? (() => false);
  const acquired = newTickets(facts.before, afterTickets, replaced);
  const removed = facts.before.filter(
    (b) => replaced(b) || !afterTickets.some((a) => sameTicket(a, b)),
  );
  // A new sign-in ticket counts only when it is the person's (or the computer's) own and still
  // valid: klist can show a fresh start time on a ticket that has already ended, or one of another
  // principal (a gMSA, a service account) that the same session holds.
  const owner = facts.before.find((t) => t.isTgt)?.client.toLowerCase() ?? null;
  const finished = finishedAt.getTime();
  const tgt = acquired.find(
    (t) =>
      t.isTgt &&
      !t.expired &&
      (t.endTime === null || Date.parse(t.endTime) > finished) &&
      (owner === null || t.client.toLowerCase() === owner),
  );
  const partial =
    (facts.scope === 'user' && !tgt) || failed.length > 0 || facts.outcome === 'partial';
  const outcome: RefreshOutcome = partial ? 'partial' : 'refreshed';
  return {
    scope: facts.scope,
    outcome,
    ok: outcome === 'refreshed',
    message: facts.message ?? doneMessage(facts, outcome, removed.length, tgt, failed.length),
    removed,
    acquired,
    failed,
    error: null,
    after: facts.after,
    ...times,
    caveats: caveatsFor(facts.kind, facts.scope, outcome),
  };
}
