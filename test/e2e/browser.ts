/**
 * The Chromium side of the window's end-to-end tests: the renderer bundle built by Vite, a
 * headless Chromium driven by playwright-core, a window-sized page with its console errors
 * collected (chromium.ts, shared with the benchmark), and each visible state photographed in
 * light and dark and checked with axe-core.
 * The scenarios (fakes, bridge, what is clicked and read) stay in the test files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { SCHEMES } from './chromium';

const ROOT = path.resolve(__dirname, '../..');

/** Where the screenshots go: <state>-<scheme>.png. */
export const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

export {
  buildRenderer,
  CHROMIUM,
  collectProblems,
  launchChromium,
  openAppWindow,
  SCHEMES,
} from './chromium';
export type { AppWindow, Scheme } from './chromium';

/** Text as a person reads it (durations use no-break spaces). */
export const plain = (text: string | null): string => (text ?? '').replace(/\u00a0/g, ' ');

interface AxeRunner {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>;
  }>;
}

let axeSource: string | null = null;

/** axe-core's violations on the page as it is now, one line each (rule, help, elements). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) {
    axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
  }
  return page.evaluate(async () => {
    const runner = (globalThis as unknown as { axe: AxeRunner }).axe;
    const result = await runner.run((globalThis as unknown as { document: unknown }).document, {
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  });
}

/**
 * Photographs the current state in both schemes (SHOTS/<state>-<scheme>.png) and expects zero
 * axe violations in each; leaves the page in the light scheme.
 */
export async function captureStates(page: Page, state: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(SHOTS, `${state}-${scheme}.png`) });
    expect(await axeViolations(page), `${state} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
