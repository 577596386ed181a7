/**
 * A virtual clock for the main process's timers (setTimeout, setInterval), handed to the bundle by
 * load-main.ts: time moves only when a test says so, one timer at a time, so a test can let the
 * work a timer starts (a klist run) finish before the next timer fires. Date is not faked: klist
 * prints real times, and the app compares them with the real clock.
 */

export interface VirtualTimer {
  id: number;
  kind: 'timeout' | 'interval';
  /** Virtual time (ms) at which it fires next. */
  at: number;
  delay: number;
  callback: () => void;
}

export interface VirtualClock {
  /** Virtual milliseconds since the clock was made. */
  now(): number;
  setTimeout(callback: () => void, ms?: number): NodeJS.Timeout;
  setInterval(callback: () => void, ms?: number): NodeJS.Timeout;
  clear(handle: NodeJS.Timeout | undefined): void;
  /** The timer that fires next, or null. */
  peek(): VirtualTimer | null;
  /** Moves the clock to the next timer and fires it; returns it (null when none is pending). */
  fireNext(): VirtualTimer | null;
  pending(): number;
}

/** A Node-like handle: the app may call unref() on it. */
function handle(id: number): NodeJS.Timeout {
  const h = {
    id,
    ref: () => h,
    unref: () => h,
    hasRef: () => false,
    refresh: () => h,
    [Symbol.toPrimitive]: () => id,
  };
  return h as unknown as NodeJS.Timeout;
}

function idOf(h: NodeJS.Timeout | undefined): number | null {
  if (h === undefined || h === null) return null;
  return Number(h as unknown as { [Symbol.toPrimitive](): number });
}

export function createVirtualClock(): VirtualClock {
  let time = 0;
  let nextId = 1;
  const timers = new Map<number, VirtualTimer>();

  const add = (kind: VirtualTimer['kind'], callback: () => void, ms = 0): NodeJS.Timeout => {
    const delay = Math.max(1, Math.floor(ms));
    const id = nextId++;
    timers.set(id, { id, kind, at: time + delay, delay, callback });
    return handle(id);
  };

  const peek = (): VirtualTimer | null => {
    let first: VirtualTimer | null = null;
    for (const timer of timers.values()) {
      if (!first || timer.at < first.at || (timer.at === first.at && timer.id < first.id)) {
        first = timer;
      }
    }
    return first;
  };

  return {
    now: () => time,
    setTimeout: (callback, ms) => add('timeout', callback, ms),
    setInterval: (callback, ms) => add('interval', callback, ms),
    clear(h) {
      const id = idOf(h);
      if (id !== null) timers.delete(id);
    },
    peek,
    fireNext() {
      const timer = peek();
      if (!timer) return null;
      time = Math.max(time, timer.at);
      if (timer.kind === 'interval') timer.at = time + timer.delay;
      else timers.delete(timer.id);
      timer.callback();
      return timer;
    },
    pending: () => timers.size,
  };
}
