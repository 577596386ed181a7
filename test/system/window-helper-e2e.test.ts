/**
 * The window on a managed Windows computer, in real Chromium: IT installed Regroup's helper (as an
 * administrator, through the fake schtasks.exe), and a person without administrator rights
 * refreshes the computer's groups. The window promises no prompt, shows none, and the purge runs
 * as SYSTEM through the helper's task (fake PowerShell and Task Scheduler); the UAC stand-in is
 * never asked. Screenshots in light and dark (helper-*.png), axe-clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { msg } from '../../core/i18n';
import { createElevator } from '../../core/kerberos/elevate';
import type { PreflightResult } from '../../core/kerberos/preflight';
import { createWindowsHelper } from '../../core/kerberos/windows/helper';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { openStage, type WindowStage } from '../e2e/stage';
import { createTestBridge, type TestBridge } from '../e2e/bridge';
import { captureStates, plain } from '../e2e/browser';
import { createFakeUac, type FakeUac } from '../fakes/fake-uac';
import { createFakeWindows, type FakeWindows } from '../fakes/fake-windows';

const reachable: PreflightResult = {
  reachable: true,
  kdc: null,
  tried: ['DC01.contoso.com:88'],
  message: msg('krb.preflight.kdcAnswers', { host: 'DC01.contoso.com' }),
};

describe('the window with the Windows helper installed', { timeout: 120_000 }, () => {
  let stage: WindowStage;
  let win: FakeWindows;
  let uac: FakeUac;
  let bridge: TestBridge;

  beforeAll(async () => {
    stage = await openStage();
    win = createFakeWindows();
    uac = createFakeUac(win, 'approve');
    // IT, elevated, installs the helper; then the person signs in without administrator rights.
    win.setElevated(true);
    const installed = await createWindowsHelper({ env: win.env, tool: win.tool }).install();
    expect(installed.ok).toBe(true);
    win.setElevated(false);
    const service = createWindowsService({
      env: win.env,
      klistPath: win.klistPath,
      elevate: createElevator({ env: win.env, platform: 'win32', run: (...a) => uac.run(...a) }),
      preflight: async () => reachable,
    });
    bridge = createTestBridge({ service, pageUrl: stage.url });
  }, 180_000);

  afterAll(async () => {
    await stage?.close();
    bridge?.dispose();
    win?.cleanup();
  });

  it('refreshes the computer groups with no prompt, through the helper task', async () => {
    const { page, context, problems } = await stage.open(bridge);
    await page.getByText('dyork', { exact: true }).waitFor();
    const button = page.getByRole('button', { name: /Refresh computer groups/ });
    await expect
      .poll(() => button.getAttribute('title'))
      .toBe("This computer's tickets; no administrator approval needed");
    await button.click();
    await page.getByRole('heading', { name: 'Refresh computer groups' }).waitFor();
    const confirm = plain(await page.locator('.panel').innerText());
    expect(confirm).toContain('Your IT department has set this up, so no administrator approval');
    expect(confirm).not.toContain('will ask for administrator approval');
    await page.getByRole('checkbox', { name: /re-apply computer policy/ }).check();
    await captureStates(page, 'helper-confirm-computer');

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: "This computer's tickets are renewed" }).waitFor();
    expect(plain(await page.locator('.panel-result').innerText())).toContain(
      'computer policy was re-applied',
    );
    await captureStates(page, 'helper-refreshed-computer');

    expect(uac.elevated).toEqual([]);
    const runs = (win.tasks().calls ?? []).filter((c) => c.tool === 'powershell');
    expect(runs.map((c) => c.task)).toEqual([
      '\\Regroup\\ComputerTickets',
      '\\Regroup\\ComputerPolicy',
    ]);
    expect(win.read().calls).toContainEqual({ args: ['-li', '0x3e7', 'purge'], elevated: true });
    expect(win.read().sessions['0:0x3e7']?.tickets).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
