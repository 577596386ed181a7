/**
 * Linux and macOS: a notification in the sign-in ticket's last 15 minutes and in its last 5, once
 * each per ticket; a click opens the window (whose Refresh my groups gets a new one). Windows
 * renews the sign-in ticket itself, so nothing is said there. A renewed or new ticket (another
 * start or end time) drops what was planned for the old one and is told anew, at its own end.
 *
 * Nothing polls: `update` (called with each listing the app reads) sets at most two timers, for
 * the moments the ticket enters its last 15 and 5 minutes. A listing read inside a window tells
 * that window at once (with the minutes actually left), unless the later one applies already.
 * Policy or the OS can turn notifications off (`enabled`, asked when the moment comes).
 */
import { t } from '../core/i18n';
import type { KlistKind, KlistListing } from '../core/kerberos/types';
import { primaryTgt } from '../core/model/tickets';
import type { WaitTimers } from '../core/groups/group-waiter';
import type { NotificationContent } from './result-notifier';

const MINUTE = 60_000;
/** The last minutes of a ticket that are told, latest last. */
export const EXPIRY_WARNINGS_MIN = [15, 5] as const;

export interface ExpiryNotifierOptions {
  platform: KlistKind;
  timers: WaitTimers;
  show(content: NotificationContent, onClick: () => void): void;
  openWindow(): void;
  enabled(): boolean;
}

export interface ExpiryNotifier {
  update(listing: KlistListing): void;
  dispose(): void;
}

export function createExpiryNotifier(options: ExpiryNotifierOptions): ExpiryNotifier {
  const { timers } = options;
  let ticket: string | null = null;
  let told = new Set<number>();
  let pending: unknown[] = [];

  const clear = (): void => {
    for (const handle of pending) timers.clearTimeout(handle);
    pending = [];
  };

  const tell = (warning: number, end: number): void => {
    if (told.has(warning)) return;
    told.add(warning);
    if (!options.enabled()) return;
    const minutes = Math.max(1, Math.ceil((end - timers.now()) / MINUTE));
    options.show(
      { title: t('expiry.notify.title', { minutes }), body: t('expiry.notify.body') },
      () => options.openWindow(),
    );
  };

  return {
    update(listing) {
      if (options.platform === 'windows') return;
      const tgt = primaryTgt(listing);
      const end = tgt?.endTime ? Date.parse(tgt.endTime) : Number.NaN;
      const key = tgt && Number.isFinite(end) ? `${tgt.server} ${tgt.startTime} ${end}` : null;
      if (key === ticket) return;
      clear();
      ticket = key;
      told = new Set();
      if (key === null) return;
      const now = timers.now();
      EXPIRY_WARNINGS_MIN.forEach((warning, index) => {
        const at = end - warning * MINUTE;
        const later = EXPIRY_WARNINGS_MIN[index + 1];
        const laterAt = later === undefined ? end : end - later * MINUTE;
        if (now >= laterAt) return; // this window is over (or the ticket ended)
        if (now >= at) tell(warning, end);
        else pending.push(timers.setTimeout(() => tell(warning, end), at - now));
      });
    },
    dispose: clear,
  };
}
