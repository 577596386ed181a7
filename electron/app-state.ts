/**
 * The app's state outside any window: the last listing, the refresh that is running, and who is
 * told about changes (tray, window). Window, tray and IPC all go through this controller, so a
 * refresh started from the tray menu and one started in the window share the same lock.
 */
import type { OperationEvent, TicketsView } from './contract';
import type { Capabilities, KerberosService } from './kerberos/service';
import type { KlistListing, RefreshResult, RefreshScope } from './kerberos/types';
import { createOperationLock } from './operation-lock';
import type { OperationLock } from './operation-lock';
import { t } from '../renderer/i18n';

export interface RefreshOptions {
  password?: string;
  gpupdate?: boolean;
}

export type AppEvent =
  { type: 'tickets'; view: TicketsView } | { type: 'operation'; event: OperationEvent };

export interface AppController {
  /** Reads the user's cache (joining a read already in flight) and tells every subscriber. */
  listTickets(): Promise<TicketsView>;
  /** The last view read, without running klist. */
  lastView(): TicketsView | null;
  capabilities(): Promise<Capabilities>;
  /** Runs a refresh under the lock; resolves with the result even when the window is gone. */
  refresh(scope: RefreshScope, options?: RefreshOptions): Promise<RefreshResult>;
  busy(): RefreshScope | null;
  subscribe(listener: (event: AppEvent) => void): () => void;
}

export interface AppControllerOptions {
  service: KerberosService;
  now?: () => Date;
  lock?: OperationLock<RefreshScope, RefreshResult>;
}

export function createAppController(options: AppControllerOptions): AppController {
  const { service } = options;
  const now = options.now ?? (() => new Date());
  const lock = options.lock ?? createOperationLock<RefreshScope, RefreshResult>();
  const listeners = new Set<(event: AppEvent) => void>();
  let last: TicketsView | null = null;
  let reading: Promise<TicketsView> | null = null;
  let capabilities: Promise<Capabilities> | null = null;

  const emit = (event: AppEvent): void => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // A broken listener (a window being destroyed) must not stop the others.
      }
    }
  };

  const publish = (listing: KlistListing): TicketsView => {
    last = { listing, readAt: now().toISOString(), busy: lock.current() };
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
    refresh(scope, refreshOptions = {}) {
      const outcome = lock.run(scope, async () => {
        emit({ type: 'operation', event: { type: 'started', scope } });
        const startedAt = now().toISOString();
        let result: RefreshResult;
        try {
          result = await service.refresh(scope, refreshOptions);
        } catch (error) {
          result = failedResult(scope, startedAt, now().toISOString(), describe(error));
        }
        emit({ type: 'operation', event: { type: 'finished', scope, result } });
        return result;
      });
      if (outcome.status === 'busy') {
        return Promise.resolve(busyResult(scope, now().toISOString()));
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
  return {
    kind,
    logonId: null,
    cache: null,
    principal: null,
    complete: false,
    tickets: [],
    error: { code: 'klist-failed', message: t('internal.listFailed', { detail }), detail },
  };
}

function failedResult(
  scope: RefreshScope,
  startedAt: string,
  finishedAt: string,
  detail: string,
): RefreshResult {
  const message = t('internal.refreshFailed', { detail });
  return {
    scope,
    outcome: 'failed',
    ok: false,
    message,
    removed: [],
    acquired: [],
    failed: [],
    error: { code: 'klist-failed', message, detail },
    after: null,
    startedAt,
    finishedAt,
    caveats: [],
  };
}

export function busyResult(scope: RefreshScope, at: string): RefreshResult {
  const message = t('busy.message');
  return {
    scope,
    outcome: 'failed',
    ok: false,
    message,
    removed: [],
    acquired: [],
    failed: [],
    error: { code: 'busy', message },
    after: null,
    startedAt: at,
    finishedAt: at,
    caveats: [],
  };
}
