/**
 * What a wait for a group says (core/groups/group-waiter.ts): where it stands (the window's wait
 * card and the CLI's progress line) and how it ended (the window, the notification, the CLI).
 * Pure: the group is named as the views name it once it was seen, else as the person typed it.
 */
import { msg, type Message } from '../i18n/message';
import type { WaitState } from '../groups/group-waiter';

/** The sentence that says where a wait stands (the window and the CLI's progress line). */
export function waitStateMessage(state: WaitState): Message {
  const group = state.found?.name ?? state.group;
  if (state.phase === 'paused')
    return msg(
      state.paused === 'asleep' ? 'insight.wait.pausedAsleep' : 'insight.wait.pausedOffline',
    );
  if (state.phase === 'refreshing') return msg('insight.wait.refreshing', { group });
  if (state.inDirectory) return msg('insight.wait.inDirectory', { group });
  return msg('insight.wait.notYet', { group });
}

/** The sentence for how a wait ended. */
export function waitEndMessage(state: WaitState): Message {
  const group = state.found?.name ?? state.group;
  switch (state.end) {
    case 'arrived':
      return msg('insight.wait.arrived', { group });
    case 'already-there':
      return msg('insight.wait.alreadyThere', { group });
    case 'refresh-failed':
      return msg('insight.wait.refreshFailed', { group });
    case 'cancelled':
      return msg('insight.wait.cancelled', { group });
    default:
      return msg('insight.wait.timedOut', { group });
  }
}
