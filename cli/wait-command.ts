/**
 * `regroup refresh --user --wait-for GROUP [--timeout 2h]`: waits for a group with the core's
 * group waiter (core/groups/group-waiter.ts), over the same group reads and verified refresh as
 * `--verify`. While it waits, each check's state goes to standard error, one line each, only on a
 * terminal (a script reads the end: the JSON or the exit code). The CLI has no sleep or network
 * signals: a check that runs while the network is down is one more check that did not see it.
 *
 * It returns the last state; main.ts prints the end (the verified refresh, as `--verify` does).
 */
import type { Translator } from '../core/i18n';
import { createGroupWaiter, type WaitState, type WaitTimers } from '../core/groups/group-waiter';
import { waitStateMessage } from '../core/model/wait';
import type { GroupsReport, Verdict } from '../core/groups/types';
import type { RefreshResult } from '../core/kerberos/types';
import { wrap } from '../core/text/width';

export interface WaitRun {
  tr: Translator;
  columns: number;
  /** Writes progress; absent when standard error is not a terminal. */
  progress: ((text: string) => void) | null;
  timers: WaitTimers;
  read(): Promise<GroupsReport>;
  refreshAndVerify(): Promise<{ result: RefreshResult; verdict: Verdict }>;
}

/** The real clock and timers (the CLI's default). */
export const realTimers: WaitTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function waitForGroup(run: WaitRun, group: string, timeoutMs: number): Promise<WaitState> {
  const { tr, progress } = run;
  const line = (text: string): void => progress?.(`${wrap(text, run.columns).join('\n')}\n`);
  let said = '';
  const waiter = createGroupWaiter({
    read: run.read,
    refreshAndVerify: run.refreshAndVerify,
    timers: run.timers,
    onState: (state) => {
      if (!progress || state.phase === 'ended' || state.phase === 'checking') return;
      const now = new Date(run.timers.now());
      const where = tr.format(waitStateMessage(state));
      const next = state.nextCheckAt
        ? ` ${tr.t('cli.wait.nextCheck', { time: tr.time(state.nextCheckAt, now) })}`
        : '';
      const text = `${where}${next}`;
      // One line per change: a re-planned check with the same words is not said twice.
      if (text !== said) line(text);
      said = text;
    },
  });
  const waiting = waiter.wait({ group, timeoutMs });
  const state = waiting.state();
  line(
    tr.t('cli.wait.started', {
      group,
      time: tr.time(state.until, new Date(run.timers.now())),
      keys: 'Ctrl+C',
    }),
  );
  return waiting.done;
}
