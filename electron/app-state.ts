/**
 * The app's state outside any window: the last listing, the refresh that is running, and who is
 * told about changes (tray, window). Window, tray and IPC all go through this controller, so a
 * refresh started from the tray menu and one started in the window share the same lock.
 */
import type { GroupsReading, OperationEvent, TicketsView, Verdict } from './contract';
import type { GroupsService } from '../core/groups/service';
import { detectHints } from '../core/groups/verdict';
import { verifyRefresh } from '../core/groups/verify';
import { errorListing } from '../core/kerberos/error-listing';
import type { Capabilities, KerberosService } from '../core/kerberos/service';
import { buildRefreshResult } from '../core/kerberos/refresh-result';
import type {
  KerberosError,
  KerberosErrorCode,
  KlistKind,
  KlistListing,
  RefreshResult,
  RefreshScope,
} from '../core/kerberos/types';
import { createOperationLock } from './operation-lock';
import type { OperationLock } from './operation-lock';
import { msg, t } from '../core/i18n';
import type { Message } from '../core/i18n';

export interface RefreshOptions {
  password?: string;
  gpupdate?: boolean;
  /** Refresh even when no domain controller answers (the offline panel's "Refresh anyway"). */
  force?: boolean;
  /** "Refresh my groups" only: read the groups before and after, and answer with the verdict. */
  verify?: boolean;
}

/** A refresh's answer: the result, with the verdict when one was asked for. */
export type RefreshOutcome = RefreshResult & { verdict?: Verdict };

export type AppEvent =
  { type: 'tickets'; view: TicketsView } | { type: 'operation'; event: OperationEvent };

export interface AppController {
  /** Reads the user's cache (joining a read already in flight) and tells every subscriber. */
  listTickets(): Promise<TicketsView>;
  /** The last view read, without running klist. */
  lastView(): TicketsView | null;
  capabilities(): Promise<Capabilities>;
  /** Runs a refresh under the lock; resolves with the result even when the window is gone. */
  refresh(scope: RefreshScope, options?: RefreshOptions): Promise<RefreshOutcome>;
  /**
   * Reads "My groups" (joining a read already in flight). Never in the middle of a refresh: it
   * waits for a running one, and reads again when a refresh started while it was reading.
   */
  readGroups(): Promise<GroupsReading>;
  busy(): RefreshScope | null;
  subscribe(listener: (event: AppEvent) => void): () => void;
}

export interface AppControllerOptions {
  service: KerberosService;
  /** "My groups"; without it, readGroups says it is not available and refreshes are not verified. */
  groups?: GroupsService;
  /** How long each groups read of a verified refresh may take (default: verify.ts). */
  verifyTimeoutMs?: number;
  now?: () => Date;
  lock?: OperationLock<RefreshScope, RefreshOutcome>;
}

/** How often a groups read is repeated when refreshes keep starting under it. */
const GROUPS_READ_ATTEMPTS = 3;

export function createAppController(options: AppControllerOptions): AppController {
  const { service, groups } = options;
  const now = options.now ?? (() => new Date());
  const lock = options.lock ?? createOperationLock<RefreshScope, RefreshOutcome>();
  const listeners = new Set<(event: AppEvent) => void>();
  let last: TicketsView | null = null;
  let reading: Promise<TicketsView> | null = null;
  let capabilities: Promise<Capabilities> | null = null;
  let groupsReading: Promise<GroupsReading> | null = null;
  /** Counts refreshes started, so a groups read can tell that one ran under it. */
  let generation = 0;
  /** True between a refresh's result and its verdict (the lock is still held for the second read). */
  let verifying = false;

  /**
   * The refresh the window should show as running: from 'started' to 'finished'. A verified
   * refresh keeps the lock a little longer, for the second groups read, but its result is out.
   */
  let showing: RefreshScope | null = null;

  const emit = (event: AppEvent): void => {
    if (event.type === 'operation') {
      showing = event.event.type === 'started' ? event.event.scope : null;
    }
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // A broken listener (a window being destroyed) must not stop the others.
      }
    }
  };

  const publish = (listing: KlistListing): TicketsView => {
    last = { listing, readAt: now().toISOString(), busy: showing };
    emit({ type: 'tickets', view: last });
    return last;
  };

  const read = async (): Promise<KlistListing> => {
    try {
      return await service.list();
    } catch (error) {
      return failedListing(service.kind, describe(error));
    }
  };

  const readGroupsOnce = async (): Promise<GroupsReading> => {
    if (!groups) throw new Error(t('groups.notAvailable'));
    for (let attempt = 1; ; attempt += 1) {
      await lock.idle();
      const started = generation;
      let report;
      try {
        report = await groups.read();
      } catch (error) {
        throw new Error(t('groups.readFailed', { detail: describe(error) }));
      }
      const undisturbed = started === generation && lock.current() === null;
      if (undisturbed || attempt >= GROUPS_READ_ATTEMPTS) {
        return { ...report, hints: detectHints(report) };
      }
    }
  };

  const controller: AppController = {
    listTickets() {
      reading ??= read()
        .then(publish)
        .finally(() => {
          reading = null;
        });
      return reading;
    },
    lastView: () => last,
    capabilities() {
      capabilities ??= service.capabilities().catch((error: unknown) => {
        capabilities = null;
        throw error;
      });
      return capabilities;
    },
    readGroups() {
      groupsReading ??= readGroupsOnce().finally(() => {
        groupsReading = null;
      });
      return groupsReading;
    },
    refresh(scope, refreshOptions = {}) {
      const { verify, ...kerberosOptions } = refreshOptions;
      const outcome = lock.run(scope, async (): Promise<RefreshOutcome> => {
        generation += 1;
        emit({ type: 'operation', event: { type: 'started', scope } });
        const run = async (): Promise<RefreshResult> => {
          const startedAt = now();
          try {
            return await service.refresh(scope, kerberosOptions);
          } catch (error) {
            const detail = describe(error);
            const message = msg('internal.refreshFailed', { detail });
            return failureResult(
              service.kind,
              scope,
              'klist-failed',
              message,
              startedAt,
              now,
              detail,
            );
          }
        };
        if (!(verify && scope === 'user' && groups)) {
          const result = await run();
          emit({ type: 'operation', event: { type: 'finished', scope, result } });
          return result;
        }
        // The result is shown as soon as the refresh is done; the verdict follows the second read.
        const { result, verdict } = await verifyRefresh(groups, run, {
          timeoutMs: options.verifyTimeoutMs,
          onRefreshed: (done) => {
            verifying = true;
            emit({
              type: 'operation',
              event: { type: 'finished', scope, result: done, verifying: true },
            });
          },
        }).finally(() => {
          verifying = false;
        });
        emit({ type: 'operation', event: { type: 'verified', scope: 'user', verdict } });
        return { ...result, verdict };
      });
      if (outcome.status === 'busy') {
        return Promise.resolve(busyResult(service.kind, scope, now, verifying));
      }
      if (outcome.status === 'started') {
        // After the lock is released, show the cache as it is now.
        void outcome.promise.then((result) => {
          if (scope === 'user' && result.after) publish(result.after);
          else void controller.listTickets();
        });
      }
      return outcome.promise;
    },
    busy: () => lock.current(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return controller;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failedListing(kind: KlistListing['kind'], detail: string): KlistListing {
  return errorListing(kind, {
    code: 'klist-failed',
    message: msg('internal.listFailed', { detail }),
    detail,
  });
}

/** A refresh that did not run or did not finish: nothing removed, nothing acquired. */
function failureResult(
  kind: KlistKind,
  scope: RefreshScope,
  code: KerberosErrorCode,
  message: Message,
  startedAt: Date,
  now: () => Date,
  detail?: string,
): RefreshResult {
  const error: KerberosError = detail === undefined ? { code, message } : { code, message, detail };
  return buildRefreshResult({ kind, scope, startedAt, before: [], after: null, error, now });
}

/** The answer to a refresh asked for while another one runs. */
function busyResult(
  kind: KlistKind,
  scope: RefreshScope,
  now: () => Date,
  verifying: boolean,
): RefreshResult {
  const message = msg(verifying ? 'busy.verifying' : 'busy.message');
  return failureResult(kind, scope, 'busy', message, now(), now);
}
