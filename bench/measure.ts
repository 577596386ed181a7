/**
 * What every figure of `npm run bench` shares: timing by median (this machine is shared and
 * noisy, so a mean would report the neighbours), and the figure itself: a name, what was measured,
 * the goal, and whether it was met. A figure that could not be measured says why instead of
 * pretending (`SKIP`), and never fails the run.
 */

export type Verdict = 'PASS' | 'FAIL' | 'SKIP';

export interface Figure {
  name: string;
  /** What was measured, as a person reads it (`1.04x (2.31 ms vs 2.22 ms)`). */
  measured: string;
  goal: string;
  verdict: Verdict;
  /** The number compared with the goal (a ratio, MB/s, KB, a count); null when skipped. */
  value: number | null;
}

export interface FigureGoal {
  name: string;
  goal: string;
  /** The measured value passes when it is at most (`max`) or at least (`min`) this. */
  max?: number;
  min?: number;
}

export function figure(goal: FigureGoal, value: number, measured: string): Figure {
  const pass =
    (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min);
  return { name: goal.name, goal: goal.goal, measured, value, verdict: pass ? 'PASS' : 'FAIL' };
}

export function skipped(goal: FigureGoal, why: string): Figure {
  return {
    name: goal.name,
    goal: goal.goal,
    measured: `not measured: ${why}`,
    value: null,
    verdict: 'SKIP',
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * CPU milliseconds of one synchronous call (this process, all its threads: the garbage collector's
 * too). On a shared machine a synchronous parse's wall time mostly measures the neighbours: its
 * CPU time is what the parse costs.
 */
export function cpuOnce(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Milliseconds of one awaited call. */
export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Two things timed in alternation: the median of each, and the median of their paired ratios. */
export interface Alternation {
  /** Median milliseconds of `a` and of `b`. */
  a: number;
  b: number;
  /**
   * The median of a_i / b_i over the rounds. A pair is timed back to back, so a neighbour's load
   * that lasts longer than one pair falls on both of its halves and cancels in its ratio; the
   * ratio of the two medians would mix rounds taken under different load.
   */
  ratio: number;
}

/**
 * Two things measured in alternation (`a b a b ...`, after one warm-up each), so that a burst of
 * load from a neighbour falls on both.
 */
export async function alternate(
  rounds: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<Alternation> {
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const ta = await timeAsync(a);
    const tb = await timeAsync(b);
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

/** A figure of Regroup (`a`) against its floor (`b`): `1.04x (7.65 ms vs 7.33 ms)`. */
export function versus(goal: FigureGoal, t: Alternation): Figure {
  return figure(goal, t.ratio, `${ratio(t.ratio)} (${ms(t.a)} vs ${ms(t.b)})`);
}

export const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : n < 100 ? 1 : 0)} ms`;
export const ratio = (n: number): string => `${n.toFixed(2)}x`;
