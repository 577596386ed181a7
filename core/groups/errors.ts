/** A view that could not be read, with a sentence for the person (what happened, what to do next). */
export type GroupsErrorCode =
  | 'dc-unreachable'
  | 'no-credentials'
  | 'no-dc'
  | 'spn-missing'
  | 'account-not-found'
  | 'tool-missing'
  | 'timeout'
  | 'unreadable-output'
  | 'failed';

export class GroupsError extends Error {
  constructor(
    readonly code: GroupsErrorCode,
    message: string,
    readonly detail = '',
  ) {
    super(message);
    this.name = 'GroupsError';
  }
}
