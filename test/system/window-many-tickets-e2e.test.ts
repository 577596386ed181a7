/**
 * A session with 500 service tickets (a busy terminal server), in real Chromium through the real
 * main-process handlers and the real Windows service over the fake klist.exe. The window renders
 * the first screenful at once and the rest in small steps, and rows off screen skip layout and
 * paint (`content-visibility: auto`; issue 14). None of that may show to a person or to a screen
 * reader: all 500 rows end up in one real list, each a list item with its button, the last row
 * opens by keyboard and scrolls into view, find-in-page finds a row far down, and axe finds
 * nothing in light or dark (test-output/screenshots/many-tickets-<scheme>.png: the end of the
 * list, the last row focused).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElevator } from '../../core/kerberos/elevate';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { createFakeUac } from '../fakes/fake-uac';
import { createFakeWindows, domainState, KDC_ANSWERS } from '../fakes/fake-windows';
import type { FakeKlistState, FakeWindows } from '../fakes/fake-windows';
import { createTestBridge, type TestBridge } from '../e2e/bridge';
import { captureStates } from '../e2e/browser';
import { openStage, type WindowStage } from '../e2e/stage';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const MANY = 500;
const CLASSES = ['cifs', 'HTTP', 'MSSQLSvc', 'ldap', 'TERMSRV', 'HOST'];

/** The TGT and 500 service tickets on as many servers, ending over the next hours. */
function busyState(now: number): FakeKlistState {
  const state = domainState(now);
  const user = state.sessions['0:0x11b5a5'];
  const tgt = user?.tickets.find((t) => t.server.startsWith('krbtgt/'));
  if (!user || !tgt) throw new Error('domainState changed shape');
  const start = now - 2 * HOUR;
  user.tickets = [
    tgt,
    ...Array.from({ length: MANY }, (_, i) => ({
      client: tgt.client,
      server: `${CLASSES[i % CLASSES.length]}/srv${String(i).padStart(3, '0')}.contoso.com@CONTOSO.COM`,
      flags: 0x40a50000,
      start,
      end: start + 3 * HOUR + i * MINUTE,
      renew: start + 7 * 24 * HOUR,
      kdcCalled: 'DC01.contoso.com',
    })),
  ];
  return state;
}

describe('the window with 500 service tickets', () => {
  let stage: WindowStage;
  let win: FakeWindows;
  let bridge: TestBridge;

  beforeAll(async () => {
    stage = await openStage();
    win = createFakeWindows(busyState(Date.now()));
    const uac = createFakeUac(win, 'approve');
    const service = createWindowsService({
      env: win.env,
      klistPath: win.klistPath,
      elevate: createElevator({ env: win.env, platform: 'win32', run: (...a) => uac.run(...a) }),
      preflight: async () => KDC_ANSWERS,
    });
    bridge = createTestBridge({ service, pageUrl: stage.url });
  });

  afterAll(async () => {
    bridge?.dispose();
    await stage?.close();
    win?.cleanup();
  });

  it('shows every ticket in one real list, by keyboard, by search and to axe', async () => {
    const { page, context, problems } = await stage.open(bridge);
    try {
      const list = page.getByRole('list', { name: 'Service tickets' });
      await expect.poll(() => list.getByRole('listitem').count(), { timeout: 20_000 }).toBe(MANY);
      expect(await page.getByRole('heading', { name: `Service tickets (${MANY})` }).count()).toBe(
        1,
      );
      expect(await page.locator('ul.ticket-list').count()).toBe(1);
      // Soonest-ending first: the last row is the ticket that ends last.
      // (Its own item: an open row's flags are a list of their own inside it.)
      const last = list.locator(':scope > li').last().getByRole('button');
      expect(await last.textContent()).toContain('srv499');

      // Far below the window, out of layout: find-in-page still finds it.
      expect(
        await page.evaluate(() =>
          (window as unknown as { find: (s: string) => boolean }).find('srv487'),
        ),
      ).toBe(true);

      // Keyboard: the last row's button takes focus, Enter opens its details, in view.
      await last.focus();
      await page.keyboard.press('Enter');
      expect(await last.getAttribute('aria-expanded')).toBe('true');
      const details = page.locator(`#${await last.getAttribute('aria-controls')}`);
      await expect.poll(() => details.isVisible()).toBe(true);
      const box = await details.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 560 + 1).toBe(true);
      await page.keyboard.press('Enter');

      await captureStates(page, 'many-tickets');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
