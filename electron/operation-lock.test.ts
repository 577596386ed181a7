import { describe, expect, it } from 'vitest';
import { createOperationLock } from './operation-lock';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('one refresh at a time', () => {
  it('joins a second request for the same refresh instead of running it twice', async () => {
    const lock = createOperationLock<'user' | 'computer', string>();
    const gate = deferred<string>();
    let runs = 0;
    const run = () => {
      runs += 1;
      return gate.promise;
    };
    const first = lock.run('user', run);
    const second = lock.run('user', run);
    expect(first.status).toBe('started');
    expect(second.status).toBe('joined');
    gate.resolve('done');
    if (first.status === 'busy' || second.status === 'busy') throw new Error('unexpected busy');
    expect(await first.promise).toBe('done');
    expect(await second.promise).toBe('done');
    expect(runs).toBe(1);
  });

  it('refuses a different refresh while one runs, and starts nothing', () => {
    const lock = createOperationLock<'user' | 'computer', string>();
    lock.run('user', () => new Promise(() => undefined));
    let started = false;
    const other = lock.run('computer', async () => {
      started = true;
      return 'x';
    });
    expect(other).toEqual({ status: 'busy', running: 'user' });
    expect(started).toBe(false);
    expect(lock.current()).toBe('user');
  });

  it('is free again after the refresh finishes, also when it failed', async () => {
    const lock = createOperationLock<'user', string>();
    const failing = lock.run('user', async () => {
      throw new Error('klist exploded');
    });
    if (failing.status === 'busy') throw new Error('unexpected busy');
    await expect(failing.promise).rejects.toThrow('klist exploded');
    expect(lock.current()).toBeNull();
    const next = lock.run('user', async () => 'ok');
    expect(next.status).toBe('started');
  });

  it('tells a reader when nothing runs any more, also after a failed refresh', async () => {
    const lock = createOperationLock<'user', string>();
    await lock.idle();
    const gate = deferred<string>();
    lock.run('user', () => gate.promise);
    let idle = false;
    const waiting = lock.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    gate.reject(new Error('klist exploded'));
    await waiting;
    expect(lock.current()).toBeNull();
  });
});
