/**
 * The window for a person who cannot approve the administrator prompt, in real Chromium, through
 * the real handlers: the fake whoami.exe prints the token of a real domain user (whoami-en-all-7:
 * no BUILTIN\Administrators), the fake reg.exe the real default UAC policy, and IT has not
 * installed the helper. "Refresh computer groups" says that it needs an administrator and that a
 * restart does the same; it offers no Continue, and the UAC stand-in is never asked. Then an
 * administrator under UAC (whoami-en-all-6: Administrators deny-only) gets the prompt, declines
 * it, and is told what to do. Screenshots in light and dark, axe-clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElevator } from '../../core/kerberos/elevate';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { openStage, type WindowStage } from '../e2e/stage';
import { createTestBridge, type TestBridge } from '../e2e/bridge';
import { captureStates, plain } from '../e2e/browser';
import { createFakeUac, type FakeUac, type UacAnswer } from '../fakes/fake-uac';
import { TOKENS, tokenOfSample } from '../fakes/fake-tokens';
import { createFakeWindows, KDC_ANSWERS, type FakeWindows } from '../fakes/fake-windows';

describe('the window for a person who cannot approve the prompt', { timeout: 120_000 }, () => {
  let stage: WindowStage;
  const opened: Array<{ win: FakeWindows; bridge: TestBridge }> = [];

  /** A fake Windows signed in with the token of `sample`; the UAC stand-in answers `answer`. */
  function windowsOf(
    sample: string,
    answer: UacAnswer,
  ): { win: FakeWindows; uac: FakeUac; bridge: TestBridge } {
    const win = createFakeWindows();
    win.updateGroups((g) => (g.whoami.groups = tokenOfSample(sample)));
    const uac = createFakeUac(win, answer);
    const service = createWindowsService({
      env: win.env,
      klistPath: win.klistPath,
      elevate: createElevator({ env: win.env, platform: 'win32', run: (...a) => uac.run(...a) }),
      preflight: async () => KDC_ANSWERS,
    });
    const bridge = createTestBridge({ service, pageUrl: stage.url });
    opened.push({ win, bridge });
    return { win, uac, bridge };
  }

  beforeAll(async () => {
    stage = await openStage();
  }, 180_000);

  afterAll(async () => {
    await stage?.close();
    for (const { win, bridge } of opened) {
      bridge.dispose();
      win.cleanup();
    }
  });

  it('a standard user is told who can refresh the computer and what does the same: no prompt', async () => {
    const { win, uac, bridge } = windowsOf(TOKENS.standardUser, 'approve');
    const { page, context, problems } = await stage.open(bridge);
    await page.getByText('dyork', { exact: true }).waitFor();
    const button = page.getByRole('button', { name: /Refresh computer groups/ });
    await expect
      .poll(() => button.getAttribute('title'), { timeout: 15_000 })
      .toBe("This computer's tickets; needs an administrator");
    expect(await button.isEnabled()).toBe(true);
    await captureStates(page, 'standard-user-window');

    await button.click();
    await page.getByRole('heading', { name: 'Refresh computer groups' }).waitFor();
    const panel = plain(await page.locator('.panel').innerText());
    expect(panel).toContain(
      "Refreshing this computer's groups needs an administrator, and your account is not one on this computer. Restart the computer, which does the same, or ask your IT department to refresh it or to install the Regroup helper.",
    );
    expect(panel).not.toContain('will ask for administrator approval');
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    await captureStates(page, 'standard-user-computer');

    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: /Refresh my groups/ }).waitFor();
    expect(uac.launches).toEqual([]);
    expect(win.read().sessions['0:0x3e7']?.tickets).toHaveLength(1);
    // The token was read by SID, and the policy from the 64-bit registry view.
    expect(win.registry().calls?.[0]?.args).toEqual([
      'query',
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System',
      '/reg:64',
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('where the computer refuses standard users outright (ConsentPromptBehaviorUser 0), says so', async () => {
    const { win, bridge } = windowsOf(TOKENS.standardUser, 'approve');
    win.setPolicy('ConsentPromptBehaviorUser', 0);
    const { page, context, problems } = await stage.open(bridge);
    await page.getByText('dyork', { exact: true }).waitFor();
    const button = page.getByRole('button', { name: /Refresh computer groups/ });
    await expect
      .poll(() => button.getAttribute('title'), { timeout: 15_000 })
      .toBe("This computer's tickets; needs an administrator");
    await button.click();
    await page.getByRole('heading', { name: 'Refresh computer groups' }).waitFor();
    expect(plain(await page.locator('.panel').innerText())).toContain(
      'this computer refuses administrator requests from accounts that are not administrators',
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an administrator under UAC gets the prompt; after No, the window says what to do', async () => {
    const { uac, bridge } = windowsOf(TOKENS.filteredAdmin, 'decline');
    const { page, context, problems } = await stage.open(bridge);
    await page.getByText('dyork', { exact: true }).waitFor();
    const button = page.getByRole('button', { name: /Refresh computer groups/ });
    await expect
      .poll(() => button.getAttribute('title'), { timeout: 15_000 })
      .toBe("This computer's tickets; asks for administrator approval");
    await button.click();
    await page.getByRole('heading', { name: 'Refresh computer groups' }).waitFor();
    expect(plain(await page.locator('.panel').innerText())).toContain(
      'Windows will ask for administrator approval once',
    );
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Administrator approval was not given' }).waitFor();
    expect(plain(await page.locator('.panel-result').innerText())).toContain(
      "Nothing was changed. To refresh this computer's groups, start the refresh again and approve the prompt; restarting the computer has the same effect.",
    );
    expect(uac.launches).toHaveLength(1);
    await captureStates(page, 'admin-declined-computer');
    expect(problems).toEqual([]);
    await context.close();
  });
});
