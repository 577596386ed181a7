/**
 * A view that could not be read: a stable code, a sentence for the person (what happened, what to
 * do next) and the tool's own words for the help desk. `toGroupsError` keeps anything else that
 * was thrown (a bug, an unexpected failure) as `failed`, its text in `detail`; nothing is dropped.
 */
import { msg, type Message } from '../i18n/message';
import type { GroupsErrorCode } from './types';

export type { GroupsErrorCode };

export class GroupsError extends Error {
  constructor(
    readonly code: GroupsErrorCode,
    /** The sentence for the person. */
    readonly sentence: Message,
    /** For the help desk: the tool's own words (may be empty). */
    readonly detail = '',
  ) {
    super(`${code}: ${sentence.id}${detail ? ` (${detail})` : ''}`);
    this.name = 'GroupsError';
  }
}

/** `error` when it is a GroupsError; else a `failed` one that keeps the error's text as detail. */
export function toGroupsError(error: unknown): GroupsError {
  if (error instanceof GroupsError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new GroupsError('failed', msg('insight.view.failed'), detail);
}
