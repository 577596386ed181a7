/**
 * Tells the person how a refresh ended when they could not see it: the window was hidden (closed
 * during "You can close this window; the refresh finishes in the background", or the refresh ran
 * from the tray menu). The words are the headline's (core/model/outcome.ts), the same title and
 * first sentence the window would show; a click opens the window. A verified refresh is told once,
 * with its verdict, not twice. Policy can turn notifications off (`enabled`).
 *
 * Electron's Notification is injected (`show`), so tests use a fake and nothing pops up.
 */
import type { AppController } from './app-state';
import type { KlistKind, RefreshResult } from '../core/kerberos/types';
import { headlineFor, type Headline } from '../core/model/outcome';
import type { Verdict } from '../core/groups/types';
import { format } from '../core/i18n';
import type { Policy } from '../core/policy/types';

/** One notification as the OS shows it: a title, a line of text, and what a click does. */
export interface NotificationContent {
  title: string;
  body: string;
}

export interface ResultNotifierOptions {
  app: AppController;
  platform: KlistKind;
  /** Shows one notification; `onClick` opens the window. Electron's Notification in the app. */
  show(content: NotificationContent, onClick: () => void): void;
  /** True while the person can see the window (then the window itself tells them). */
  windowVisible(): boolean;
  openWindow(): void;
  /** False when the OS cannot show notifications. */
  enabled(): boolean;
  /** True while a refresh is told by someone else (a wait for a group tells its own end). */
  quiet?(): boolean;
  /** The IT department's policy: `DisableNotifications` turns them off. */
  policy?: Pick<Policy, 'notifications'>;
}

/** The headline in a notification's two lines: the title, and the first sentence under it. */
export function notificationFor(headline: Headline): NotificationContent {
  const first = headline.body[0]?.message ?? null;
  return { title: format(headline.title.message), body: first ? format(first) : '' };
}

/** Subscribes to the controller; returns unsubscribe. */
export function createResultNotifier(options: ResultNotifierOptions): () => void {
  let waiting: RefreshResult | null = null;
  const tell = (result: RefreshResult, verdict?: Verdict): void => {
    if (options.policy?.notifications === false) return;
    if (!options.enabled() || options.windowVisible() || options.quiet?.()) return;
    const headline = headlineFor({ result, verdict: verdict ?? null, platform: options.platform });
    options.show(notificationFor(headline), () => options.openWindow());
  };
  return options.app.subscribe((event) => {
    if (event.type !== 'operation') return;
    const operation = event.event;
    if (operation.type === 'finished') {
      // A verified refresh is told with its verdict, when that arrives.
      if (operation.verifying) waiting = operation.result;
      else tell(operation.result);
    } else if (operation.type === 'verified' && waiting) {
      const result = waiting;
      waiting = null;
      tell(result, operation.verdict);
    }
  });
}
