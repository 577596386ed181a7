/**
 * Tells the person how a wait for a group ended when they are not looking at the window: the group
 * arrived (refreshed and verified), it did not arrive in time, or it is in the directory and the
 * tickets need the person (a password, an approval). The body is the wait's own end sentence
 * (core/groups/group-waiter.ts); a click opens the window, which shows the verified refresh or the
 * password field. A wait the person stopped, or that found the group already there, is not told:
 * they were there to see it. Policy can turn notifications off (`enabled`).
 */
import { format, t } from '../core/i18n';
import type { MessageId } from '../core/i18n';
import type { WaitEnd } from '../core/groups/group-waiter';
import { waitEndMessage } from '../core/model/wait';
import type { GroupWaitController } from './group-wait';
import type { NotificationContent } from './result-notifier';

export interface WaitNotifierOptions {
  waits: GroupWaitController;
  show(content: NotificationContent, onClick: () => void): void;
  windowVisible(): boolean;
  openWindow(): void;
  enabled(): boolean;
}

const TITLES: Partial<Record<WaitEnd, MessageId>> = {
  arrived: 'wait.notify.arrived',
  'timed-out': 'wait.notify.timedOut',
  'refresh-failed': 'wait.notify.refreshFailed',
};

/** Subscribes to the waits; returns unsubscribe. */
export function createWaitNotifier(options: WaitNotifierOptions): () => void {
  return options.waits.subscribe((state) => {
    const title = state?.end ? TITLES[state.end] : undefined;
    if (!state || !title || !options.enabled() || options.windowVisible()) return;
    options.show({ title: t(title), body: format(waitEndMessage(state)) }, () =>
      options.openWindow(),
    );
  });
}
