/**
 * The window in other languages, end to end in real Chromium: German and Japanese as a person
 * whose Windows speaks them sees the window (the main process hands the window the OS language),
 * and the pseudo-locale `en-XA`, in which every sentence from the catalogue is accented and 40%
 * longer. In the pseudo-locale any plain English sentence on screen is text that bypassed the
 * catalogue, and the test fails on it.
 *
 * The same real handlers, Windows service, fake klist.exe and UAC stand-in as window-e2e; the
 * selectors use roles and classes only, never English words. Screenshots:
 * test-output/screenshots/<locale>-<state>-<scheme>.png, each axe-checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale } from '../../core/i18n';
import { createElevator } from '../../core/kerberos/elevate';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { createFakeUac } from '../fakes/fake-uac';
import { createFakeWindows, domainState, KDC_ANSWERS } from '../fakes/fake-windows';
import type { FakeWindows } from '../fakes/fake-windows';
import { fakeGroups, groupsReport } from '../fakes/fake-groups';
import { openStage, type WindowStage } from '../e2e/stage';
import { createTestBridge } from '../e2e/bridge';
import type { TestBridge } from '../e2e/bridge';
import { captureStates } from '../e2e/browser';

const HOUR = 3_600_000;
const USER_SESSION = '0:0x11b5a5';

/**
 * Plain English words of three letters or more in what the page shows, outside data (names of
 * people, servers, groups and tools, which stay as they are in every language). In the
 * pseudo-locale every letter of a catalogue sentence is accented, so any such word left is text
 * that did not come from the catalogue.
 */
async function englishOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(ENGLISH_ON_SCREEN);
}

/** Runs in the page (a string, so that the Node-side type check does not need the DOM types). */
const ENGLISH_ON_SCREEN = `(() => {
  const DATA = /[@/\\\\.:_]|^(?:CONTOSO|LAB|BUILTIN|Regroup|Kerberos|AES|RC4|TGT|SID|DC01|dyork|klist|gpupdate|whoami)/i;
  const WORD = /^[A-Za-z]{3,}[,.;:!?)]*$/;
  const found = [];
  const check = (text) => {
    for (const word of text.split(/\\s+/)) if (WORD.test(word) && !DATA.test(word)) found.push(word);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.mono, pre, code, bdi, [data-raw]')) continue;
    const style = getComputedStyle(parent);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    check(node.textContent || '');
  }
  // What a screen reader says of buttons and regions, and what a tooltip shows.
  for (const el of document.querySelectorAll('[aria-label], [title]')) {
    check(el.getAttribute('aria-label') || '');
    check(el.getAttribute('title') || '');
  }
  return found;
})()`;

describe.each<{ locale: Locale; script: RegExp }>([
  { locale: 'de', script: /Gruppen/ },
  { locale: 'ja', script: /[\u3040-\u30ff\u4e00-\u9fff]/ },
  { locale: 'en-XA', script: /[ŕéöûšĝ]/ },
])('the window in $locale', ({ locale, script }) => {
  let stage: WindowStage;
  let win: FakeWindows;
  let bridge: TestBridge;

  beforeAll(async () => {
    stage = await openStage();
    const state = domainState(Date.now());
    state.ticketLifetimeMinutes = 600;
    win = createFakeWindows(state);
    const uac = createFakeUac(win, 'approve');
    const service = createWindowsService({
      env: win.env,
      klistPath: win.klistPath,
      elevate: createElevator({ env: win.env, platform: 'win32', run: uac.run }),
      preflight: async () => KDC_ANSWERS,
    });
    // My groups: Finance is in the directory but not yet in the tickets; the refresh brings it.
    const groups = fakeGroups(
      groupsReport(['Domain Users'], ['Domain Users', 'Finance']),
      groupsReport(['Domain Users', 'Finance'], ['Domain Users', 'Finance'], ['Domain Users']),
    );
    bridge = createTestBridge({ service, groups: groups.service, pageUrl: stage.url, locale });
  });

  afterAll(async () => {
    await stage?.close();
    bridge?.dispose();
    win?.cleanup();
  });

  async function shows(page: Page, state: string): Promise<void> {
    const text = await page.locator('body').innerText();
    expect(text, `${locale} ${state}`).toMatch(script);
    if (locale === 'en-XA') expect(await englishOnScreen(page), `${locale} ${state}`).toEqual([]);
    await captureStates(page, `${locale}-${state}`);
  }

  it('lists, refreshes, shows my groups, asks before the computer refresh, and reports an error', async () => {
    const { page, context, problems } = await stage.open(bridge);
    await page.locator('.ticket-summary').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await shows(page, 'list');

    await page.locator('.actions .button.primary').click();
    await page.locator('.panel-result').waitFor();
    // The verdict follows the result: its section appears once the groups were read again.
    await page.locator('.panel-result .verdict').waitFor();
    await shows(page, 'refreshed');
    await page.locator('.panel-result .panel-actions .button.primary').click();

    await page.locator('.tabs .tab').nth(1).click();
    await page.locator('.groups').waitFor();
    await shows(page, 'groups');
    await page.locator('.tabs .tab').nth(0).click();

    await page.locator('.actions .button.secondary.action').click();
    await page.locator('.panel input[type="checkbox"]').waitFor();
    await shows(page, 'confirm-computer');
    await page.keyboard.press('Escape');

    win.update((next) => {
      next.failList = true;
    });
    await page.locator('.tabs .tab').nth(1).click();
    await page.locator('.tabs .tab').nth(0).click();
    await page.reload();
    await page.locator('.state-error').waitFor();
    await shows(page, 'error');
    win.update((next) => {
      next.failList = false;
      const user = next.sessions[USER_SESSION];
      if (user && user.tickets.length === 0)
        user.tickets = domainState(Date.now() - HOUR).sessions[USER_SESSION]?.tickets ?? [];
    });

    expect(problems).toEqual([]);
    await context.close();
  });
});
