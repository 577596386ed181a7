/**
 * "Tell me when it arrives" in the app: at most one wait at a time, over the core's group waiter
 * (core/groups/group-waiter.ts), reading the groups and refreshing through the app controller, so
 * a wait's refresh shares the lock with the window and the tray menu (a refresh that is running
 * makes the wait try again at its next check) and the window shows its progress and verdict like
 * any other refresh. Nothing is checked until the person asks (`start`).
 *
 * Sleep and the network come from Electron (powerMonitor suspend/resume, the online state) through
 * `signals`; policy can forbid waiting (`allowed`: the lead wires the `waitForGroup` policy here).
 * Subscribers (the window, the notifier) hear every state, then `null` once an ended wait is
 * dismissed or replaced.
 */
import type { AppController } from './app-state';
import {
  createGroupWaiter,
  DEFAULT_WAIT_MS,
  type WaitSignals,
  type WaitState,
  type WaitTimers,
  type Waiting,
} from '../core/groups/group-waiter';

export interface GroupWaitOptions {
  app: AppController;
  timers: WaitTimers;
  signals?: WaitSignals;
  /** False when policy turns waiting for groups off. Default: allowed. */
  allowed?: () => boolean;
  timeoutMs?: number;
}

export interface GroupWaitController {
  allowed(): boolean;
  /** Starts waiting for `group` (a name or a SID), ending a wait that runs. */
  start(group: string): WaitState;
  cancel(): void;
  current(): WaitState | null;
  subscribe(listener: (state: WaitState | null) => void): () => void;
}

export class WaitNotAllowedError extends Error {
  override name = 'WaitNotAllowedError';
}

export function createGroupWaitController(options: GroupWaitOptions): GroupWaitController {
  const listeners = new Set<(state: WaitState | null) => void>();
  const allowed = options.allowed ?? (() => true);
  let waiting: Waiting | null = null;
  let last: WaitState | null = null;

  const tell = (state: WaitState | null): void => {
    last = state;
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch {
        // A broken listener (a window being destroyed) must not stop the others.
      }
    }
  };

  // Made by the first wait: the waiting code is a file of its own that the built app reads only
  // then (scripts/build.mjs, issue 14: start-up).
  let made: ReturnType<typeof createGroupWaiter> | undefined;
  const waiter = () =>
    (made ??= createGroupWaiter({
      read: () => options.app.readGroups(),
      refreshAndVerify: async () => {
        const { verdict, ...result } = await options.app.refresh('user', { verify: true });
        return verdict ? { result, verdict } : { result };
      },
      timers: options.timers,
      signals: options.signals,
      onState: (state) => tell(state),
    }));

  return {
    allowed,
    start(group) {
      if (!allowed()) throw new WaitNotAllowedError('waiting for groups is turned off by policy');
      const previous = waiting;
      waiting = null;
      previous?.cancel();
      const started = waiter().wait({ group, timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_MS });
      waiting = started;
      void started.done.then(() => {
        if (waiting === started) waiting = null;
      });
      return started.state();
    },
    cancel() {
      if (waiting) waiting.cancel();
      else if (last) tell(null);
    },
    current: () => last,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
