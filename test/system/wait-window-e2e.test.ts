/**
 * "Tell me when it arrives", end to end in real Chromium: the real renderer bundle talks through
 * the test bridge to the real IPC handlers, app controller and group-wait controller, which drive
 * the REAL groups service and Windows Kerberos service over the fake Windows tools (whoami.exe,
 * the ADSI script through powershell.exe, klist.exe). The wait's timers run on a virtual clock the
 * test steps; everything else is real.
 *
 * The headline "CONTOSO\Finance has not reached your sign-in ticket yet" offers the wait; the wait
 * card shows the group, since when, the next check and when it stops; the issuing DC then receives
 * the change and the next check refreshes and verifies: arrived. "No new group yet" offers a field
 * for the group; that wait runs out: not arrived. Each notification's content (arrived, not in
 * time, needs the person, the sign-in ticket's last minutes) comes from the real notifiers and is
 * shown as the OS lays one out (title, body) on a page, photographed too. Light and dark, axe 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createGroupsService } from '../../core/groups/service';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { createFakeWindows, domainState, KDC_ANSWERS } from '../fakes/fake-windows';
import type { FakeGroupsState, FakeWindows } from '../fakes/fake-windows';
import { createVirtualClock } from '../fakes/fake-clock';
import { openStage, type WindowStage } from '../e2e/stage';
import { createTestBridge } from '../e2e/bridge';
import type { TestBridge } from '../e2e/bridge';
import { captureStates, plain } from '../e2e/browser';
import type { AppWindow } from '../e2e/browser';
import { createWaitNotifier } from '../../electron/wait-notifier';
import { createExpiryNotifier } from '../../electron/expiry-notifier';
import type { NotificationContent } from '../../electron/result-notifier';
import type { GroupWaitController } from '../../electron/group-wait';
import type { WaitState } from '../../core/groups/group-waiter';
import { listingOf, ticketOf } from '../fakes/kerberos-data';

const D = 'S-1-5-21-1004336348-1177238915-682003330';
const USERS = `${D}-513`;
const FINANCE = `${D}-1104`;
const SALES = `${D}-1106`;
const ENABLED = 'Mandatory group, Enabled by default, Enabled group';
const MINUTE = 60_000;

/** This morning's sign-in (Domain Users, Sales); IT has since added dyork to Finance. */
function morning(): FakeGroupsState {
  return {
    whoami: {
      user: { name: 'contoso\\dyork', sid: `${D}-1103` },
      groups: [
        { name: 'Everyone', type: 'Well-known group', sid: 'S-1-1-0', attributes: ENABLED },
        { name: 'CONTOSO\\Domain Users', type: 'Group', sid: USERS, attributes: ENABLED },
        { name: 'CONTOSO\\Sales', type: 'Group', sid: SALES, attributes: ENABLED },
      ],
    },
    adsi: {
      dc: 'DC01.contoso.com',
      user: { sid: `${D}-1103`, name: 'CONTOSO\\dyork' },
      directory: [
        { sid: USERS, name: 'CONTOSO\\Domain Users' },
        { sid: SALES, name: 'CONTOSO\\Sales' },
        { sid: FINANCE, name: 'CONTOSO\\Finance' },
      ],
      // The domain controller that issues tickets has not received the Finance change yet.
      issuingDc: [USERS, SALES],
    },
  };
}

/** A notification as the OS lays one out: the app, the title, the body. */
async function showNotification(page: Page, content: NotificationContent): Promise<void> {
  const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  await page.setContent(`<!doctype html><html lang="en"><head><title>Notification</title><style>
    :root { color-scheme: light dark; font: 14px system-ui, sans-serif; }
    body { margin: 16px; background: Canvas; color: CanvasText; }
    main { border: 1px solid GrayText; border-radius: 10px; padding: 12px 14px; max-width: 340px; }
    .app { font-size: 12px; margin: 0 0 6px; } h1 { font-size: 14px; margin: 0 0 4px; }
    p { margin: 0; }
  </style></head><body><main aria-label="Notification">
    <p class="app">Regroup</p><h1>${escape(content.title)}</h1><p>${escape(content.body)}</p>
  </main></body></html>`);
}

describe('waiting for a group in Chromium, over the real handlers', () => {
  let stage: WindowStage;
  let win: FakeWindows;
  let bridge: TestBridge;
  const clock = createVirtualClock();
  const base = Date.now();
  const shown: NotificationContent[] = [];

  beforeAll(async () => {
    stage = await openStage();
    const state = domainState(Date.now(), [USERS, SALES]);
    win = createFakeWindows(state, morning());
    bridge = createTestBridge({
      service: createWindowsService({
        env: win.env,
        klistPath: win.klistPath,
        preflight: async () => KDC_ANSWERS,
      }),
      groups: createGroupsService({ platform: 'win32', env: win.env, systemRoot: win.systemRoot }),
      pageUrl: stage.url,
      waitTimers: {
        now: () => base + clock.now(),
        setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
        clearTimeout: (handle) => clock.clear(handle as NodeJS.Timeout),
      },
      // Ten minutes, not the app's two hours: each check runs the fake Windows tools for real.
      waitTimeoutMs: 10 * MINUTE,
    });
    // The notifier as the app wires it; the window counts as hidden (the person walked away).
    createWaitNotifier({
      waits: bridge.waits as GroupWaitController,
      show: (content) => shown.push(content),
      windowVisible: () => false,
      openWindow: () => undefined,
      enabled: () => true,
    });
  });

  afterAll(async () => {
    await stage?.close();
    bridge?.dispose();
    win?.cleanup();
  });

  async function openWindow(): Promise<AppWindow> {
    const opened = await stage.open(bridge);
    await opened.page.getByText('dyork', { exact: true }).waitFor();
    return opened;
  }

  /** The wait as the main process has it, once its running check is over. */
  async function settled(): Promise<WaitState | null> {
    await expect
      .poll(() => bridge.waits?.current()?.phase, { timeout: 30_000 })
      .toMatch(/waiting|paused|ended/);
    return bridge.waits?.current() ?? null;
  }

  it('offers the wait on "not there yet", shows the wait, and tells when the group arrives', async () => {
    const { page, context, problems } = await openWindow();
    await page.getByRole('button', { name: /Refresh my groups/ }).click();
    await page
      .getByRole('heading', { name: 'CONTOSO\\Finance has not reached your sign-in ticket yet' })
      .waitFor();
    const offer = page.getByRole('button', { name: 'Tell me when it arrives' });
    await offer.waitFor();
    await captureStates(page, 'wait-offer');

    await offer.click();
    // The first check at once: the directory lists Finance, the new ticket still lacks it.
    const card = page.getByRole('region', { name: 'Waiting for CONTOSO\\Finance' });
    await card
      .getByText(
        'The directory lists you in CONTOSO\\Finance, but the domain controller that issues your tickets does not have the change yet.',
      )
      .waitFor({ timeout: 30_000 });
    const waiting = await settled();
    expect(waiting).toMatchObject({ phase: 'waiting', checks: 1, inDirectory: true });
    const text = plain(await card.innerText());
    expect(text).toMatch(/Waiting since\n\d/);
    expect(text).toMatch(/Next check\n\d/);
    expect(text).toMatch(/Stops at\n\d/);
    expect(text).toContain('You can close this window');
    await captureStates(page, 'wait-state');

    // The issuing DC receives the change; the next check (30 s later) refreshes and verifies.
    win.updateGroups((s) => {
      delete s.adsi.issuingDc;
    });
    expect(clock.peek()?.at).toBe(30_000);
    clock.fireNext();
    await card
      .getByText(
        'CONTOSO\\Finance has arrived: file shares, websites and other network services see you there now.',
      )
      .waitFor({ timeout: 30_000 });
    // The fake DC answers what services see from the issuing DC's groups at once, so this check
    // may see Finance before it refreshes (then no verdict is needed); either way it arrived.
    expect(bridge.waits?.current()).toMatchObject({ end: 'arrived', checks: 2 });
    expect(shown.at(-1)).toEqual({
      title: 'Your new group has arrived',
      body: 'CONTOSO\\Finance has arrived: file shares, websites and other network services see you there now.',
    });
    await captureStates(page, 'wait-arrived');
    await card.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it(
    'asks for the group on "No new group yet", and tells when it did not arrive in time',
    {
      timeout: 180_000,
    },
    async () => {
      // dyork signed out and in again since: the token has Finance too, so nothing is left to say.
      win.updateGroups((s) => {
        s.whoami.groups.push({
          name: 'CONTOSO\\Finance',
          type: 'Group',
          sid: FINANCE,
          attributes: ENABLED,
        });
      });
      const { page, context, problems } = await openWindow();
      await page.getByRole('button', { name: /Refresh my groups/ }).click();
      await page.getByRole('heading', { name: 'No new group yet' }).waitFor();
      const field = page.getByRole('textbox', { name: 'Group you were added to' });
      await field.waitFor();
      await captureStates(page, 'wait-offer-field');
      await field.fill('Payroll');
      await page.getByRole('button', { name: 'Tell me when it arrives' }).click();
      const card = page.getByRole('region', { name: 'Waiting for Payroll' });
      await card.getByText('The directory does not list you in Payroll yet.').waitFor();
      await settled();
      // Checks at 0, 30 s, 1.5, 3.5 and 7.5 min; the ten minutes end before the next: nobody adds Payroll.
      let checks = 0;
      while (bridge.waits?.current()?.phase !== 'ended' && checks < 60) {
        clock.fireNext();
        checks += 1;
        await settled();
      }
      expect(bridge.waits?.current()).toMatchObject({ end: 'timed-out', checks: 5 });
      await card.getByText(/^Payroll has not arrived\. Ask your IT department/).waitFor();
      expect(shown.at(-1)).toEqual({
        title: 'Your new group has not arrived',
        body: 'Payroll has not arrived. Ask your IT department whether the change was made; you can wait again later.',
      });
      await captureStates(page, 'wait-timed-out');
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it("shows each notification's content as the OS lays it out", async () => {
    // The wait that needs the person, from the real notifier over a wait state that ended so.
    const needs: NotificationContent[] = [];
    const listeners: Array<(state: WaitState | null) => void> = [];
    createWaitNotifier({
      waits: {
        allowed: () => true,
        start: () => {
          throw new Error('not here');
        },
        cancel: () => undefined,
        current: () => null,
        subscribe: (listener) => {
          listeners.push(listener);
          return () => undefined;
        },
      },
      show: (content) => needs.push(content),
      windowVisible: () => false,
      openWindow: () => undefined,
      enabled: () => true,
    });
    listeners[0]?.({
      group: 'Finance',
      found: { sid: FINANCE, name: 'CONTOSO\\Finance' },
      phase: 'ended',
      end: 'refresh-failed',
      since: new Date(base).toISOString(),
      until: new Date(base + 2 * 60 * MINUTE).toISOString(),
      nextCheckAt: null,
      checks: 3,
      inDirectory: false,
      lastProblem: null,
    });
    // The sign-in ticket's last 15 minutes on Linux, from the real expiry notifier.
    const expiry: NotificationContent[] = [];
    createExpiryNotifier({
      platform: 'mit',
      timers: { now: () => base, setTimeout: () => 0, clearTimeout: () => undefined },
      show: (content) => expiry.push(content),
      openWindow: () => undefined,
      enabled: () => true,
    }).update(
      listingOf([ticketOf('krbtgt/LAB.TEST@LAB.TEST', 12 * MINUTE, {}, base)], {
        kind: 'mit',
        logonId: null,
        principal: 'dyork@LAB.TEST',
      }),
    );
    expect(needs).toEqual([
      {
        title: 'Your new group is ready: open Regroup to renew your tickets',
        body: 'CONTOSO\\Finance is in the directory now, but your tickets could not be renewed without you.',
      },
    ]);
    expect(expiry).toEqual([
      {
        title: 'Your sign-in ticket ends in 12 minutes',
        body: 'Open Regroup and choose Refresh my groups to get a new one, so that file shares and websites keep working.',
      },
    ]);
    const arrived = shown.find((n) => n.title === 'Your new group has arrived');
    const late = shown.find((n) => n.title === 'Your new group has not arrived');
    const context = await stage.browser.newContext({ viewport: { width: 380, height: 150 } });
    const page = await context.newPage();
    for (const [name, content] of [
      ['notification-wait-arrived', arrived],
      ['notification-wait-timed-out', late],
      ['notification-wait-refresh-failed', needs[0]],
      ['notification-tgt-expiry', expiry[0]],
    ] as const) {
      expect(content, name).toBeDefined();
      if (!content) continue;
      await showNotification(page, content);
      expect(
        await page.locator('main > *').evaluateAll((nodes) => nodes.map((n) => n.textContent)),
      ).toEqual(['Regroup', content.title, content.body]);
      await captureStates(page, name);
    }
    await context.close();
  });
});
