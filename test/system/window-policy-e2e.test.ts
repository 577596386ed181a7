/**
 * The window on a computer its IT department manages, in real Chromium, end to end through the
 * fakes: the policy is read by the real reader from the fake reg.exe's registry (with one value
 * Regroup cannot use), the IPC handlers answer and enforce it, the refresh runs against the fake
 * Windows (klist.exe, gpupdate.exe, the UAC stand-in). What the person sees: "Managed by your IT
 * department" with each setting, the help desk contact and the note about the unusable value;
 * "re-apply computer policy" ticked and locked, and run; the computer refresh hidden; the help
 * desk contact under a failure that says to ask the help desk. Screenshots in light and dark
 * (policy-*.png), axe-clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElevator } from '../../core/kerberos/elevate';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { readPolicy } from '../../core/policy/read';
import type { Policy } from '../../core/policy/types';
import { openStage, type WindowStage } from '../e2e/stage';
import { createTestBridge, type TestBridge } from '../e2e/bridge';
import { captureStates, plain } from '../e2e/browser';
import { createFakeUac, ELEVATED_POLICY, type FakeUac } from '../fakes/fake-uac';
import {
  createFakeWindows,
  KDC_ANSWERS,
  type FakeRegValue,
  type FakeWindows,
} from '../fakes/fake-windows';

const KEY = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Regroup';

const CONTACT: FakeRegValue[] = [
  { name: 'HelpDeskName', type: 'REG_SZ', data: 'Contoso IT Service Desk' },
  { name: 'HelpDeskPhone', type: 'REG_SZ', data: '+1 425 555 0100' },
  { name: 'HelpDeskUrl', type: 'REG_SZ', data: 'https://help.contoso.com/regroup' },
  { name: 'HelpDeskText', type: 'REG_SZ', data: 'Say "Regroup" and your computer name.' },
];

/** The policy as the fake reg.exe lists it, read by the real reader. */
async function policyFrom(win: FakeWindows, values: FakeRegValue[]): Promise<Policy> {
  win.setRegistry({ [KEY]: values });
  return readPolicy({ platform: 'win32', env: win.env, regExe: win.tool('reg.exe') });
}

describe('the window on a managed computer', { timeout: 120_000 }, () => {
  let stage: WindowStage;
  const cleanups: Array<() => void> = [];

  beforeAll(async () => {
    stage = await openStage();
  }, 180_000);

  afterAll(async () => {
    await stage?.close();
    for (const cleanup of cleanups) cleanup();
  });

  function managedWindows(klistPath?: string): {
    win: FakeWindows;
    uac: FakeUac;
    bridge: (p: Policy) => TestBridge;
  } {
    const win = createFakeWindows();
    const uac = createFakeUac(win, 'approve');
    const service = createWindowsService({
      env: win.env,
      klistPath: klistPath ?? win.klistPath,
      elevate: createElevator({ env: win.env, platform: 'win32', run: (...a) => uac.run(...a) }),
      preflight: async () => KDC_ANSWERS,
    });
    cleanups.push(() => win.cleanup());
    return {
      win,
      uac,
      bridge: (policy) => {
        const bridge = createTestBridge({ service, pageUrl: stage.url, policy });
        cleanups.push(() => bridge.dispose());
        return bridge;
      },
    };
  }

  it('lists what IT manages, locks "re-apply computer policy" and runs it', async () => {
    const { win, uac, bridge } = managedWindows();
    const policy = await policyFrom(win, [
      { name: 'GpupdateAfterComputerRefresh', type: 'REG_SZ', data: 'forced' },
      { name: 'StartAtLogin', type: 'REG_DWORD', data: '0x1' },
      { name: 'DisableNotifications', type: 'REG_DWORD', data: '0x1' },
      { name: 'AllowWaitForGroup', type: 'REG_DWORD', data: '0x0' },
      { name: 'DomainController', type: 'REG_SZ', data: 'DC02.contoso.com' },
      ...CONTACT.slice(0, 2),
      { name: 'HelpDeskUrl', type: 'REG_SZ', data: 'ftp://help.contoso.com' },
    ]);
    const { page, context, problems } = await stage.open(bridge(policy));
    await page.getByText('dyork', { exact: true }).waitFor();
    const section = page.getByRole('region', { name: 'Managed by your IT department' });
    await section.waitFor();
    const text = plain(await section.innerText());
    expect(text).toContain('Computer policy is always re-applied after a computer refresh.');
    expect(text).toContain('Regroup always starts at sign-in.');
    expect(text).toContain('Regroup shows no notifications.');
    expect(text).toContain('Waiting for a group is turned off.');
    expect(text).toContain('Group reads use the domain controller DC02.contoso.com.');
    expect(text).toContain('Your help desk: Contoso IT Service Desk');
    expect(text).toContain(
      'One setting from your IT department could not be used and is ignored: HelpDeskUrl.',
    );
    await section.scrollIntoViewIfNeeded();
    await captureStates(page, 'policy-managed');

    await page.getByRole('button', { name: /Refresh computer groups/ }).click();
    const box = page.getByRole('checkbox', { name: /re-apply computer policy/ });
    expect(await box.isChecked()).toBe(true);
    expect(await box.isDisabled()).toBe(true);
    await captureStates(page, 'policy-confirm-computer');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: "This computer's tickets are renewed" }).waitFor();
    // The window asked for gpupdate although the person could not untick it: the second,
    // elevated command re-applied computer policy.
    expect(uac.elevated).toContain(ELEVATED_POLICY);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('hides the computer refresh and gives the help desk contact under a failure that asks for it', async () => {
    const { win, bridge } = managedWindows('/nonexistent/System32/klist.exe');
    const policy = await policyFrom(win, [
      { name: 'HideComputerRefresh', type: 'REG_DWORD', data: '0x1' },
      ...CONTACT,
    ]);
    const { page, context, problems } = await stage.open(bridge(policy));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = plain(await alert.innerText());
    expect(text).toContain('ask your IT help desk');
    expect(text).toContain('Your help desk: Contoso IT Service Desk');
    expect(text).toContain('Phone: +1 425 555 0100');
    expect(text).toContain('Web: https://help.contoso.com/regroup');
    expect(text).toContain('Say "Regroup" and your computer name.');
    expect(await page.getByRole('button', { name: /Refresh computer groups/ }).count()).toBe(0);
    await captureStates(page, 'policy-helpdesk-error');
    expect(problems).toEqual([]);
    await context.close();
  });
});
