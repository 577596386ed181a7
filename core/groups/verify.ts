/**
 * "Did the refresh work?": the groups before a refresh, the refresh, the groups after, and the
 * verdict. The CLI (`regroup refresh --verify`) and the app's window both run this one sequence.
 * A groups read never stops or fails the refresh: each read is bounded by a timeout, and a read
 * that fails or is late only makes the verdict "not verified", with the reason.
 */
import type { RefreshResult } from '../kerberos/types';
import type { GroupsService } from './service';
import type { GroupsReport, Verdict } from './types';

/** How long a groups read may take before the verdict gives up on it (ADSI's own limit is 30 s). */
export const VERIFY_READ_TIMEOUT_MS = 20_000;

export interface VerifyOptions {
  timeoutMs?: number;
  /** Called as soon as the refresh itself is done, before the groups are read again. */
  onRefreshed?: (result: RefreshResult) => void;
}

export interface VerifiedRefresh {
  result: RefreshResult;
  verdict: Verdict;
}

type Reading = { report: GroupsReport } | { failure: string };

const unverified = (reason: string): Verdict => ({
  gained: [],
  lost: [],
  needsSignOut: [],
  unverified: reason,
  hints: [],
});

/** A groups read that settles within `timeoutMs`: with the report, or with why there is none. */
async function boundedRead(
  service: GroupsService,
  when: 'before' | 'after',
  timeoutMs: number,
): Promise<Reading> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Reading>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          failure:
            `Your groups could not be read ${when} the refresh within ${Number((timeoutMs / 1000).toFixed(1))} s. ` +
            'Check the connection to your domain (VPN), then open My groups to compare again.',
        }),
      timeoutMs,
    );
  });
  const read = service.read().then(
    (report): Reading => ({ report }),
    (error: unknown): Reading => ({
      failure:
        `Your groups could not be read ${when} the refresh: ` +
        `${error instanceof Error ? error.message : String(error)}`,
    }),
  );
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function verifyRefresh(
  service: GroupsService,
  refresh: () => Promise<RefreshResult>,
  options: VerifyOptions = {},
): Promise<VerifiedRefresh> {
  const timeoutMs = options.timeoutMs ?? VERIFY_READ_TIMEOUT_MS;
  const before = await boundedRead(service, 'before', timeoutMs);
  const result = await refresh();
  options.onRefreshed?.(result);
  if (!result.ok && result.outcome !== 'partial') {
    return { result, verdict: unverified(`The refresh did not happen: ${result.message}`) };
  }
  if ('failure' in before) return { result, verdict: unverified(before.failure) };
  const after = await boundedRead(service, 'after', timeoutMs);
  if ('failure' in after) return { result, verdict: unverified(after.failure) };
  return { result, verdict: service.verdict(before.report, after.report) };
}
