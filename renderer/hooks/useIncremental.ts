import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` rows to render now: the first `first` at once (more than the window shows),
 * then `step` more per task until all are there. A session with hundreds of tickets (a busy
 * server) paints its first rows as fast as a short list and never blocks the window for long; a
 * short list is rendered whole at once. A new list starts again from `first`.
 *
 * Each further step is a transition: React renders it in slices of a few milliseconds and gives
 * way to anything the person does (a click, a key, the clock) in between. As plain updates the
 * steps were rendered in one piece each, and on a busy machine some took 35-50 ms (issue 14:
 * no long task over 50 ms while 500 tickets are painted).
 */
export function useIncremental(total: number, first = 12, step = 8): number {
  const [state, setState] = useState(() => ({ total, shown: Math.min(total, first) }));
  let current = state;
  if (state.total !== total) {
    // A different list: start again (React's pattern for state derived from props).
    current = { total, shown: Math.min(total, first) };
    setState(current);
  }
  const { shown } = current;
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(
      () =>
        startTransition(() =>
          setState((s) =>
            s.total === total ? { total, shown: Math.min(total, s.shown + step) } : s,
          ),
        ),
      0,
    );
    return () => clearTimeout(timer);
  }, [shown, total, step]);
  return shown;
}
