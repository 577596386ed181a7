/**
 * One refresh at a time. A second request for the same refresh while it runs joins the running
 * one (same promise, no second purge); a request for a different refresh while one runs is told
 * "busy" and starts nothing. The running operation is never cancelled from outside: closing the
 * window does not stop a purge half-way.
 */
export interface Running<K extends string, T> {
  key: K;
  promise: Promise<T>;
}

export type LockOutcome<K extends string, T> =
  | { status: 'started'; promise: Promise<T> }
  | { status: 'joined'; promise: Promise<T> }
  | { status: 'busy'; running: K };

export interface OperationLock<K extends string, T> {
  run(key: K, operation: () => Promise<T>): LockOutcome<K, T>;
  current(): K | null;
  /** Resolves once nothing runs (at once when idle), whatever the running operation's outcome. */
  idle(): Promise<void>;
}

export function createOperationLock<K extends string, T>(): OperationLock<K, T> {
  let running: Running<K, T> | null = null;
  return {
    run(key, operation) {
      if (running) {
        return running.key === key
          ? { status: 'joined', promise: running.promise }
          : { status: 'busy', running: running.key };
      }
      // Start synchronously so a second call in the same tick already sees the lock.
      const promise = Promise.resolve()
        .then(operation)
        .finally(() => {
          if (running?.promise === promise) running = null;
        });
      running = { key, promise };
      return { status: 'started', promise };
    },
    current: () => running?.key ?? null,
    async idle() {
      while (running) {
        await running.promise.then(
          () => undefined,
          () => undefined,
        );
      }
    },
  };
}
