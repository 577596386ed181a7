/**
 * The notification of a refresh that ended while the window was hidden: the headline's words, once
 * (with the verdict when the refresh was verified), a click opens the window, nothing while the
 * window is visible or when policy turns notifications off. Real app controller, fake Notification.
 */
import { describe, expect, it } from 'vitest';
import { createAppController } from './app-state';
import type { KerberosService } from '../core/kerberos/service';
import type { RefreshResult } from '../core/kerberos/types';
import { fakeGroups, groupsReport } from '../test/fakes/fake-groups';
import { refreshResultOf, ticketOf } from '../test/fakes/kerberos-data';
import { createResultNotifier, type NotificationContent } from './result-notifier';
import { resolvePolicy } from '../core/policy/resolve';
import type { Policy } from '../core/policy/types';

const HOUR = 3_600_000;

function service(result: () => RefreshResult): KerberosService {
  return {
    kind: 'windows',
    capabilities: async () => ({
      kind: 'windows',
      userRefreshNeedsPassword: false,
      computerRefresh: { available: true, reason: null },
    }),
    list: async () => ({
      kind: 'windows',
      logonId: null,
      cache: null,
      principal: null,
      complete: true,
      error: null,
      tickets: [],
    }),
    refresh: async () => result(),
  };
}

const refreshed = (): RefreshResult =>
  refreshResultOf('user', {
    acquired: [ticketOf('krbtgt/CONTOSO.COM@CONTOSO.COM', 10 * HOUR)],
  });

function setup(options: {
  visible?: boolean;
  enabled?: boolean;
  result?: () => RefreshResult;
  policy?: Policy;
}) {
  const groups = fakeGroups(
    groupsReport(['Users']),
    groupsReport(['Users', 'Finance'], ['Users', 'Finance'], ['Users']),
  );
  const app = createAppController({
    service: service(options.result ?? refreshed),
    groups: groups.service,
  });
  const shown: NotificationContent[] = [];
  const clicks: Array<() => void> = [];
  let opened = 0;
  createResultNotifier({
    app,
    platform: 'windows',
    show: (content, onClick) => {
      shown.push(content);
      clicks.push(onClick);
    },
    windowVisible: () => options.visible ?? false,
    openWindow: () => {
      opened += 1;
    },
    enabled: () => options.enabled ?? true,
    policy: options.policy,
  });
  return { app, shown, clicks, opened: () => opened };
}

describe('createResultNotifier', () => {
  it('tells a verified refresh once, with the verdict as its headline, and a click opens the window', async () => {
    const { app, shown, clicks, opened } = setup({});
    await app.refresh('user', { verify: true });
    expect(shown).toEqual([
      {
        title: 'You are now in LAB\\Finance for file shares, websites and other network services',
        body: "This computer's own permissions (local folders, administrator rights) get LAB\\Finance when you sign out and sign in again: that is expected.",
      },
    ]);
    clicks[0]?.();
    expect(opened()).toBe(1);
  });

  it('tells a failure with what was kept, and a refresh without a verdict as what it is', async () => {
    const failed = setup({
      result: () =>
        refreshResultOf('computer', {
          outcome: 'declined',
          ok: false,
          message: { id: 'krb.elevate.declined' },
        }),
    });
    await failed.app.refresh('computer');
    expect(failed.shown.map((n) => n.title)).toEqual(['Administrator approval was not given']);
    expect(failed.shown[0]?.body).toMatch(/restarting the computer has the same effect\.$/);

    const unverified = setup({});
    await unverified.app.refresh('user');
    expect(unverified.shown).toEqual([
      {
        title: 'You have a new sign-in ticket',
        body: 'Which groups network services see now was not checked.',
      },
    ]);
  });

  it('stays quiet while the window shows the result, and when policy turns notifications off', async () => {
    const visible = setup({ visible: true });
    await visible.app.refresh('user', { verify: true });
    const off = setup({ enabled: false });
    await off.app.refresh('user', { verify: true });
    expect([...visible.shown, ...off.shown]).toEqual([]);
  });

  it('shows none when the IT department sets DisableNotifications, and does when it is 0', async () => {
    const off = setup({ policy: resolvePolicy({ DisableNotifications: true }, 'policy.json') });
    await off.app.refresh('user', { verify: true });
    expect(off.shown).toEqual([]);
    const on = setup({ policy: resolvePolicy({ DisableNotifications: false }, 'policy.json') });
    await on.app.refresh('user', { verify: true });
    expect(on.shown).toHaveLength(1);
  });
});
