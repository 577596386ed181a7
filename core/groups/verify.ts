/**
 * "Did the refresh work?": the groups before a refresh, the refresh, the groups after, and the
 * verdict. The CLI (`regroup refresh --verify`) and the app's window both run this one sequence.
 * A groups read never stops or fails the refresh: each read is bounded by a timeout, and a read
 * that fails or is late only makes the verdict "not verified", with the reason.
 */
import { msg, type Message } from '../i18n/message';
import type { RefreshResult } from '../kerberos/types';
import { GroupsError, toGroupsError } from './errors';
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

/** Why there is no comparison: what could not be done, what stopped it, the tool's own words. */
interface Unverified {
  unverified: Message;
  cause?: Message;
  detail?: string;
}

type Reading = { report: GroupsReport } | { failure: Unverified };

const unverified = (why: Unverified): Verdict => ({
  gained: [],
  lost: [],
  needsSignOut: [],
  ...why,
  hints: [],
});

/** What a failed read says: the headline, and the error's own sentence and detail when it has them. */
function readFailure(when: 'before' | 'after', error: unknown): Unverified {
  const failure: Unverified = { unverified: msg('insight.verify.readFailed', { when }) };
  // A GroupsError has its own sentence; anything else only its text, for the help desk.
  if (error instanceof GroupsError) failure.cause = error.sentence;
  const { detail } = toGroupsError(error);
  if (detail) failure.detail = detail;
  return failure;
}

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
          failure: {
            unverified: msg('insight.verify.readTimeout', {
              when,
              seconds: Number((timeoutMs / 1000).toFixed(1)),
            }),
          },
        }),
      timeoutMs,
    );
  });
  const read = service.read().then(
    (report): Reading => ({ report }),
    (error: unknown): Reading => ({ failure: readFailure(when, error) }),
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
    const why: Unverified = {
      unverified: msg('insight.verify.refreshNotDone'),
      cause: result.message,
    };
    if (result.error?.detail) why.detail = result.error.detail;
    return { result, verdict: unverified(why) };
  }
  if ('failure' in before) return { result, verdict: unverified(before.failure) };
  const after = await boundedRead(service, 'after', timeoutMs);
  if ('failure' in after) return { result, verdict: unverified(after.failure) };
  return { result, verdict: service.verdict(before.report, after.report) };
}
