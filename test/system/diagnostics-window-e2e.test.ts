/**
 * "Copy diagnostics" end to end, in real Chromium: the real renderer bundle, the real IPC handler
 * (sender and payload checks) and the real copier (electron/diagnostics.ts: the same report as
 * `regroup diagnose`) over the Windows service on the fake klist.exe; the clipboard is a fake that
 * records what was written. Light and dark screenshots, axe-core with zero violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegroupApi } from '../../electron/contract';
import { msg } from '../../core/i18n';
import { createTranslator, en } from '../../core/i18n';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { displayWidth } from '../../core/text/width';
import { createDiagnosticsCopier, type DiagnosticsCopier } from '../../electron/diagnostics';
import { openStage, type WindowStage } from '../e2e/stage';
import { createTestBridge, type TestBridge } from '../e2e/bridge';
import { captureStates } from '../e2e/browser';
import {
  createFakeWindows,
  domainState,
  KDC_ANSWERS,
  type FakeWindows,
} from '../fakes/fake-windows';

describe('Copy diagnostics in the window', () => {
  let stage: WindowStage;
  let bridge: TestBridge;
  let win: FakeWindows;
  let copier: DiagnosticsCopier;
  const written: string[] = [];
  let clipboardFails = false;

  beforeAll(async () => {
    stage = await openStage();
    win = createFakeWindows(domainState());
    const service = createWindowsService({
      env: win.env,
      klistPath: win.klistPath,
      preflight: async () => KDC_ANSWERS,
    });
    bridge = createTestBridge({
      service,
      pageUrl: stage.url,
      copyDiagnostics: () => copier.copy(),
    });
    copier = createDiagnosticsCopier({
      app: bridge.app,
      service,
      clipboard: {
        writeText(text) {
          if (clipboardFails) throw new Error('The clipboard is in use by another program.');
          written.push(text);
        },
      },
      translator: createTranslator('en', en),
      version: '0.1.0',
      platform: 'win32',
      env: win.env,
      probes: {
        findKdc: async () => ({
          reachable: true,
          kdc: { host: 'DC01.contoso.com', port: 88 },
          tried: ['DC01.contoso.com:88'],
          message: msg('krb.preflight.kdcAnswers', { host: 'DC01.contoso.com' }),
        }),
        clock: async (kdc) => ({
          ok: true,
          kdc,
          kdcTime: '2026-11-28T23:40:02.500Z',
          localTime: '2026-11-28T23:40:00.000Z',
          offsetMs: 2_500,
          roundTripMs: 12,
          errorCode: 6,
        }),
        system: () => ({ os: 'Windows_NT', release: '10.0.22631', arch: 'x64', computer: 'PC042' }),
      },
    });
  }, 180_000);

  afterAll(async () => {
    await stage?.close();
    copier?.dispose();
    bridge?.dispose();
    win?.cleanup();
  });

  it('copies the report, says so, and includes the last refresh once there is one', async () => {
    const { page, context, problems } = await stage.open(bridge);
    await page.getByText('dyork', { exact: true }).waitFor();
    const button = page.getByRole('button', { name: 'Copy diagnostics' });
    await button.click();
    const status = page.getByRole('status').filter({ hasText: 'Diagnostics copied' });
    await status.waitFor();
    expect(await status.innerText()).toBe(
      'Diagnostics copied. Paste them into your message to the IT help desk.',
    );
    await captureStates(page, 'diagnostics-copied');

    expect(written).toHaveLength(1);
    const first = written[0] ?? '';
    expect(first).toMatch(/^Regroup diagnosis, /);
    for (const part of [
      'dyork@CONTOSO.COM',
      'Logon session  0:0x11b5a5',
      'krbtgt/CONTOSO.COM@CONTOSO.COM',
      'DC01.contoso.com:88 answered after',
      'Difference         +2.5 seconds (round trip',
      'No refresh has run since Regroup started.',
    ])
      expect(first).toContain(part);
    for (const line of first.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);

    await page.getByRole('button', { name: /Refresh my groups/ }).click();
    await expect.poll(() => bridge.app.busy(), { timeout: 20_000 }).toBeNull();
    // The result panel is up now; the same request through the window's API (real IPC handler).
    await page.evaluate(() =>
      (globalThis as unknown as { regroup: RegroupApi }).regroup.copyDiagnostics(),
    );
    expect(written).toHaveLength(2);
    const second = written[1] ?? '';
    expect(second).toMatch(/Last refresh\n {2}Finished +\S/);
    expect(second).toMatch(/Outcome +refreshed/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says why when the clipboard refuses', async () => {
    clipboardFails = true;
    try {
      const { page, context, problems } = await stage.open(bridge, 'dark');
      await page.getByText('dyork', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Copy diagnostics' }).click();
      const status = page.getByRole('status').filter({ hasText: 'could not be copied' });
      await status.waitFor();
      expect(await status.innerText()).toContain('The clipboard is in use by another program.');
      await captureStates(page, 'diagnostics-failed');
      expect(problems.filter((p) => !p.includes('could not be copied'))).toEqual([]);
      await context.close();
    } finally {
      clipboardFails = false;
    }
  });
});
