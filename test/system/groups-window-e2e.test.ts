/**
 * "My groups" and the verdict after Refresh my groups, end to end in real Chromium: the real
 * renderer bundle talks through the test bridge to the real IPC handlers and app controller, which
 * drive the REAL groups service on its Windows path (whoami.exe /groups, the ADSI script through
 * powershell.exe) and the real Windows Kerberos service (klist.exe purge / get krbtgt). Only the
 * Windows tools are fakes: fake-whoami.mjs prints the sign-in token, fake-powershell.mjs answers
 * the ADSI script from the directory state and the groups in the current TGT of the fake klist.
 *
 * Every headline of a verified refresh (core/model/outcome.ts) is driven here through the real
 * handlers: groups gained (green), not checked (neutral), only a sign-out brings it (amber, with
 * the "save your work" confirmation and the sign-out call), not there yet (offers to wait).
 * Screenshots in light and dark (test-output/screenshots/groups-*.png, headline-*.png), each
 * checked with axe-core: zero violations.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createGroupsService } from '../../core/groups/service';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { createFakeWindows, domainState, KDC_ANSWERS } from '../fakes/fake-windows';
import type { FakeGroupsState, FakeWindows } from '../fakes/fake-windows';
import { openStage, type WindowStage } from '../e2e/stage';
import { createTestBridge } from '../e2e/bridge';
import type { TestBridge } from '../e2e/bridge';
import { captureStates, plain } from '../e2e/browser';
import { msg } from '../../core/i18n';
import { say } from '../fakes/english';
import type { AppWindow } from '../e2e/browser';

const D = 'S-1-5-21-1004336348-1177238915-682003330';
const USERS = `${D}-513`;
const FINANCE = `${D}-1104`;
const SALES = `${D}-1106`;
const MARKETING = `${D}-1108`;
const DOCKER = 'S-1-5-21-400220949-3334754570-1221178460-1003';
const ENABLED = 'Mandatory group, Enabled by default, Enabled group';

/**
 * This morning's sign-in: Domain Users, Sales, Marketing (and this PC's docker-users). Since then
 * IT added dyork to Finance and removed them from Marketing; the TGT still carries the old groups.
 */
function morning(): FakeGroupsState {
  return {
    whoami: {
      user: { name: 'contoso\\dyork', sid: `${D}-1103` },
      groups: [
        { name: 'Everyone', type: 'Well-known group', sid: 'S-1-1-0', attributes: ENABLED },
        { name: 'BUILTIN\\Users', type: 'Alias', sid: 'S-1-5-32-545', attributes: ENABLED },
        { name: 'WS042\\docker-users', type: 'Alias', sid: DOCKER, attributes: ENABLED },
        {
          name: 'NT AUTHORITY\\Authenticated Users',
          type: 'Well-known group',
          sid: 'S-1-5-11',
          attributes: ENABLED,
        },
        { name: 'CONTOSO\\Domain Users', type: 'Group', sid: USERS, attributes: ENABLED },
        { name: 'CONTOSO\\Sales', type: 'Group', sid: SALES, attributes: ENABLED },
        { name: 'CONTOSO\\Marketing', type: 'Group', sid: MARKETING, attributes: ENABLED },
        {
          name: 'Mandatory Label\\Medium Mandatory Level',
          type: 'Label',
          sid: 'S-1-16-8192',
          attributes: '',
        },
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
    },
  };
}

describe('My groups in Chromium, over the real groups service', () => {
  let stage: WindowStage;
  let win: FakeWindows;
  let bridge: TestBridge;
  /** How often the window asked to sign the person out (a recorder: nobody is signed out). */
  let signOuts = 0;

  beforeAll(async () => {
    stage = await openStage();

    const state = domainState(Date.now(), [USERS, SALES, MARKETING]);
    win = createFakeWindows(state, morning());
    bridge = createTestBridge({
      service: createWindowsService({
        env: win.env,
        klistPath: win.klistPath,
        preflight: async () => KDC_ANSWERS,
      }),
      groups: createGroupsService({ platform: 'win32', env: win.env, systemRoot: win.systemRoot }),
      pageUrl: stage.url,
      signOut: async () => {
        signOuts += 1;
      },
    });
  });

  afterAll(async () => {
    await stage?.close();
    bridge?.dispose();
    win?.cleanup();
  });

  /** The window with the list read (the signed-in user shown). */
  async function openWindow(): Promise<AppWindow> {
    const opened = await stage.open(bridge);
    await opened.page.getByText('dyork', { exact: true }).waitFor();
    return opened;
  }

  /** Each domain group's row as read: name, meaning, then the three marks' words. */
  async function rows(page: Page): Promise<string[]> {
    return page
      .getByRole('table', { name: 'Domain groups' })
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [
            tr.querySelector('.group-name')?.textContent,
            tr.querySelector('.group-meaning')?.textContent,
            ...Array.from(
              tr.querySelectorAll('td .sr-only'),
              (mark) => (mark as { textContent: string | null }).textContent,
            ),
          ]
            .filter(Boolean)
            .join(' | '),
        ),
      );
  }

  it('shows each group in three views and what the difference means, then the verdict after Refresh my groups', async () => {
    const { page, context, problems } = await openWindow();
    const tab = page.getByRole('button', { name: 'My groups', exact: true });
    await tab.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Domain groups' }).waitFor();
    expect(await tab.getAttribute('aria-current')).toBe('page');
    expect(await rows(page)).toEqual([
      // Expected differences read "not yet", with what brings the group; no red cross.
      'CONTOSO\\Finance | new: reaches file shares and web apps after Refresh my groups | not yet: this computer takes it when you sign out and in again | not yet: Refresh my groups brings it | member',
      'CONTOSO\\Marketing | removed in the directory: refresh to drop it | member | member | not a member',
      'CONTOSO\\Domain Users | member | member | member',
      'CONTOSO\\Sales | member | member | member',
    ]);
    const text = plain(await page.locator('.groups').innerText());
    expect(text).toContain('dyork@CONTOSO.COM');
    expect(text).toContain('DC01.contoso.com');
    expect(text).toContain('Groups of this computer (2)');
    expect(text).toMatch(/Found: WS042\\docker-users is a group of this computer/);
    expect(text).toMatch(
      /Found: The directory on DC01\.contoso\.com lists you in CONTOSO\\Finance/,
    );
    // The tools ran as Regroup runs them on Windows.
    const whoami = JSON.parse(fs.readFileSync(win.whoamiPath, 'utf8')) as {
      calls: Array<{ args: string[] }>;
    };
    expect(whoami.calls.map((call) => call.args.join(' '))).toEqual([
      // The window's capabilities: is this person already elevated (the computer-refresh route)?
      '/groups /fo csv /nh',
      // My groups: the sign-in token, then who the person is.
      '/groups /fo csv /nh',
      '/user /fo csv /nh',
    ]);
    await captureStates(page, 'groups');

    // Refresh my groups from here: the result, then the verdict.
    win.update((s) => {
      s.calls = [];
    });
    await page.getByRole('button', { name: /Refresh my groups/ }).click();
    // The headline is the verdict: green, naming the group gained, then what was lost.
    await page
      .getByRole('heading', {
        name: 'You are now in CONTOSO\\Finance for file shares, websites and other network services',
      })
      .waitFor();
    const result = plain(await page.locator('.panel-result').innerText());
    expect(result).toContain(
      'File shares, websites and other network services no longer see you in CONTOSO\\Marketing',
    );
    expect(result).toContain(
      "This computer's own permissions (local folders, administrator rights) get CONTOSO\\Finance when you sign out and sign in again: that is expected.",
    );
    expect(await page.locator('.panel-icon.tone-valid').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Sign out now…' }).count()).toBe(0);
    const verdict = page.getByRole('region', { name: 'Did it work?' });
    await verdict.getByText('If it still does not work (2)').waitFor();
    expect(win.read().calls?.filter((call) => call.args.includes('purge'))).toEqual([
      { args: ['purge'], elevated: false },
    ]);
    await captureStates(page, 'headline-changed');
    await verdict.getByText('If it still does not work (2)').click();
    expect(plain(await verdict.innerText())).toMatch(
      /A file share keeps the rights of a connection/,
    );

    // The groups as they are now: Finance reaches shares, this PC's token needs a sign-out.
    await verdict.getByRole('button', { name: 'Show my groups' }).click();
    await page.getByRole('table', { name: 'Domain groups' }).waitFor();
    expect((await rows(page)).slice(0, 2)).toEqual([
      // No red cross under this computer's column: the difference is expected, "not yet".
      'CONTOSO\\Finance | reaches them now; local permissions on this computer need a sign-out | not yet: this computer takes it when you sign out and in again | member | member',
      'CONTOSO\\Marketing | no longer reaches file shares and web apps; local permissions on this computer keep it until you sign out | member | not a member | not a member',
    ]);
    await captureStates(page, 'groups-after');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says which views are not available and why, and that a refresh could not be verified', async () => {
    win.updateGroups((s) => {
      s.adsi.krbError = 'The server is not operational.';
      s.adsi.dirError = 'The server is not operational.';
    });
    const { page, context, problems } = await openWindow();
    await page.getByRole('button', { name: 'My groups', exact: true }).click();
    await page.getByRole('table', { name: 'Domain groups' }).waitFor();
    const notices = plain(await page.locator('.notices').innerText());
    // Both views are missing for the same reason: one sentence names both, and the tool's own
    // words wait, folded away, for the help desk.
    expect(notices).toBe(
      `Network services and Directory not available here: ${say(msg('insight.adsi.unreachable'))}\nTechnical details`,
    );
    expect(await page.locator('.notices pre').textContent()).toContain(
      'The server is not operational.',
    );
    expect((await rows(page)).slice(0, 1)).toEqual([
      'CONTOSO\\Domain Users | member | not available | not available',
    ]);
    await captureStates(page, 'groups-unavailable');

    await page.getByRole('button', { name: /Refresh my groups/ }).click();
    // Never green above "could not be checked": neutral, and why.
    await page
      .getByRole('heading', {
        name: 'You have a new sign-in ticket, but your groups could not be checked',
      })
      .waitFor();
    const result = plain(await page.locator('.panel-result').innerText());
    expect(result).toContain('What Kerberos services see could not be read before the refresh.');
    expect(result).toContain(say(msg('insight.adsi.unreachable')));
    expect(await page.locator('.panel-icon.tone-info').count()).toBe(1);
    // The tool's own words stay, folded away, for the help desk.
    expect(await page.locator('.verdict pre').textContent()).toContain(
      'The server is not operational.',
    );
    await captureStates(page, 'headline-unchecked');
    win.updateGroups((s) => {
      delete s.adsi.krbError;
      delete s.adsi.dirError;
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('names a group only a sign-out brings to this computer, and signs out only after "save your work"', async () => {
    win.updateGroups((s) => {
      delete s.adsi.krbError;
      delete s.adsi.dirError;
    });
    // Finance reaches services already (the refresh above); this morning's token lacks it.
    const { page, context, problems } = await openWindow();
    await page.getByRole('button', { name: /Refresh my groups/ }).click();
    await page
      .getByRole('heading', {
        name: 'This computer applies CONTOSO\\Finance only after you sign out',
      })
      .waitFor();
    expect(await page.locator('.panel-icon.tone-expiring').count()).toBe(1);
    expect(plain(await page.locator('.panel-result').innerText())).toContain(
      'Save your work, then sign out and sign in again.',
    );
    await captureStates(page, 'headline-sign-out');
    await page.getByRole('button', { name: 'Sign out now…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Sign out now?' });
    await dialog.waitFor();
    expect(plain(await dialog.innerText())).toContain(
      'Save your work first: signing out closes all your programs.',
    );
    await captureStates(page, 'sign-out-confirm');
    expect(signOuts).toBe(0);
    await dialog.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => signOuts).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says a group has not reached the new ticket yet when the issuing domain controller lacks it, and offers to wait', async () => {
    const HR = `${D}-1110`;
    win.updateGroups((s) => {
      s.adsi.directory.push({ sid: HR, name: 'CONTOSO\\HR' });
      // The domain controller that issues the new ticket has not received the change yet.
      s.adsi.issuingDc = s.adsi.directory.filter((g) => g.sid !== HR).map((g) => g.sid);
    });
    const { page, context, problems } = await openWindow();
    await page.getByRole('button', { name: /Refresh my groups/ }).click();
    await page
      .getByRole('heading', { name: 'CONTOSO\\HR has not reached your sign-in ticket yet' })
      .waitFor();
    const result = plain(await page.locator('.panel-result').innerText());
    expect(result).toContain(
      'The directory lists you there, but the domain controller that issued your new sign-in ticket does not have the change yet.',
    );
    expect(result).toContain(
      'Within a site a change reaches the other domain controllers in about a minute',
    );
    expect(await page.locator('.panel-icon.tone-info').count()).toBe(1);
    await captureStates(page, 'headline-not-yet');
    expect(problems).toEqual([]);
    await context.close();
  });
});
