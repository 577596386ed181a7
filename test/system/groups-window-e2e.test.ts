/**
 * "My groups" and the verdict after Refresh my groups, end to end in real Chromium: the real
 * renderer bundle talks through the test bridge to the real IPC handlers and app controller, which
 * drive the REAL groups service on its Windows path (whoami.exe /groups, the ADSI script through
 * powershell.exe) and the real Windows Kerberos service (klist.exe purge / get krbtgt). Only the
 * Windows tools are fakes: fake-whoami.mjs prints the sign-in token, fake-powershell.mjs answers
 * the ADSI script from the directory state and the groups in the current TGT of the fake klist.
 *
 * Screenshots in light and dark (test-output/screenshots/groups-*.png, verdict-*.png), each
 * checked with axe-core: zero violations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { createGroupsService } from '../../electron/groups/service';
import { createWindowsService } from '../../electron/kerberos/windows-service';
import { createFakeWindows, domainState } from '../fakes/fake-windows';
import type { FakeGroupsState, FakeWindows } from '../fakes/fake-windows';
import { createTestBridge } from '../e2e/bridge';
import type { TestBridge } from '../e2e/bridge';
import { serveDirectory } from '../e2e/server';
import type { StaticServer } from '../e2e/server';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCHEMES = ['light', 'dark'] as const;

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

/** Text as a person reads it. */
const plain = (text: string | null): string => (text ?? '').replace(/\u00a0/g, ' ');

describe('My groups in Chromium, over the real groups service', () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  let win: FakeWindows;
  let bridge: TestBridge;
  let axeSource: string;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-renderer-'));
    await build({
      configFile: path.join(ROOT, 'vite.config.mts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    server = await serveDirectory(outDir);
    axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

    const state = domainState(Date.now());
    const tgt = state.sessions['0:0x11b5a5']?.tickets[0];
    if (!tgt) throw new Error('domainState changed shape');
    tgt.groups = [USERS, SALES, MARKETING];
    win = createFakeWindows(state, morning());
    bridge = createTestBridge({
      service: createWindowsService({
        env: win.env,
        klistPath: win.klistPath,
        preflight: async () => ({
          reachable: true,
          kdc: null,
          tried: ['DC01.contoso.com:88'],
          message: '',
        }),
      }),
      groups: createGroupsService({ platform: 'win32', env: win.env, systemRoot: win.systemRoot }),
      pageUrl: server.url,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    bridge?.dispose();
    await server?.close();
    win?.cleanup();
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  async function openWindow(): Promise<{
    page: Page;
    context: BrowserContext;
    problems: string[];
  }> {
    const context = await browser.newContext({
      viewport: { width: 400, height: 560 },
      deviceScaleFactor: 2,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('frame-ancestors')) {
        problems.push(`console: ${message.text()}`);
      }
    });
    await bridge.attach(page);
    await page.goto(server.url);
    await page.getByText('dyork', { exact: true }).waitFor();
    return { page, context, problems };
  }

  async function axe(page: Page): Promise<string[]> {
    if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const runner = (
        globalThis as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{
              violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>;
            }>;
          };
        }
      ).axe;
      const result = await runner.run((globalThis as unknown as { document: unknown }).document, {
        resultTypes: ['violations'],
      });
      return result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
      );
    });
  }

  /** Photographs the current state in both schemes and checks each with axe. */
  async function capture(page: Page, state: string): Promise<void> {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SHOTS, `${state}-${scheme}.png`) });
      expect(await axe(page), `${state} (${scheme})`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
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
      'CONTOSO\\Finance | new: reaches file shares and web apps after Refresh my groups | not a member | not a member | member',
      'CONTOSO\\Marketing | removed in the directory: refresh to drop it | member | member | not a member',
      'CONTOSO\\Domain Users | member | member | member',
      'CONTOSO\\Sales | member | member | member',
    ]);
    const text = plain(await page.locator('.groups').innerText());
    expect(text).toContain('dyork@CONTOSO.COM');
    expect(text).toContain('DC01.contoso.com');
    expect(text).toContain('Groups of this PC (2)');
    expect(text).toMatch(/Found: WS042\\docker-users is a group of this PC/);
    expect(text).toMatch(
      /Found: The directory on DC01\.contoso\.com lists you in CONTOSO\\Finance/,
    );
    // The tools ran as Regroup runs them on Windows.
    const whoami = JSON.parse(fs.readFileSync(win.whoamiPath, 'utf8')) as {
      calls: Array<{ args: string[] }>;
    };
    expect(whoami.calls.map((call) => call.args.join(' '))).toEqual([
      '/groups /fo csv /nh',
      '/user /fo csv /nh',
    ]);
    await capture(page, 'groups');

    // Refresh my groups from here: the result, then the verdict.
    win.update((s) => {
      s.calls = [];
    });
    await page.getByRole('button', { name: /Refresh my groups/ }).click();
    const verdict = page.getByRole('region', { name: 'Did it work?' });
    await verdict.getByText('Gained for file shares and web apps: CONTOSO\\Finance').waitFor();
    expect(await page.getByRole('heading', { name: 'Your groups are refreshed' }).count()).toBe(1);
    const lines = plain(await verdict.innerText());
    expect(lines).toContain('Lost: CONTOSO\\Marketing');
    expect(lines).toContain(
      'Still needs a sign-out for local permissions on this PC: CONTOSO\\Marketing, CONTOSO\\Finance',
    );
    expect(lines).toContain('If it still does not work (2)');
    expect(win.read().calls?.filter((call) => call.args.includes('purge'))).toEqual([
      { args: ['purge'], elevated: false },
    ]);
    await capture(page, 'verdict');
    await verdict.getByText('If it still does not work (2)').click();
    expect(plain(await verdict.innerText())).toMatch(
      /A file share keeps the rights of a connection/,
    );

    // The groups as they are now: Finance reaches shares, this PC's token needs a sign-out.
    await verdict.getByRole('button', { name: 'Show my groups' }).click();
    await page.getByRole('table', { name: 'Domain groups' }).waitFor();
    expect((await rows(page)).slice(0, 2)).toEqual([
      'CONTOSO\\Finance | reaches them now; local permissions on this PC need a sign-out | not a member | member | member',
      'CONTOSO\\Marketing | no longer reaches file shares and web apps; local permissions on this PC keep it until you sign out | member | not a member | not a member',
    ]);
    await capture(page, 'groups-after');
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
    // Both views are missing for the same reason: one sentence names both.
    expect(notices).toBe(
      'Services and Directory not available here: The domain controller could not be asked (The server is not operational.). Check the connection to your domain (VPN), then try again.',
    );
    expect((await rows(page)).slice(0, 1)).toEqual([
      'CONTOSO\\Domain Users | member | not available | not available',
    ]);
    await capture(page, 'groups-unavailable');

    await page.getByRole('button', { name: /Refresh my groups/ }).click();
    const verdict = page.getByRole('region', { name: 'Did it work?' });
    await verdict.getByText(/^Could not verify:/).waitFor();
    expect(plain(await verdict.innerText())).toContain(
      'Could not verify: What Kerberos services see could not be read before the refresh: The domain controller could not be asked (The server is not operational.).',
    );
    await capture(page, 'verdict-unverified');
    expect(problems).toEqual([]);
    await context.close();
  });
});
