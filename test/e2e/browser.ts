/**
 * The Chromium side of the window's end-to-end tests: the renderer bundle built by Vite, a
 * headless Chromium driven by playwright-core, a window-sized page with its console errors
 * collected, and each visible state photographed in light and dark and checked with axe-core.
 * The scenarios (fakes, bridge, what is clicked and read) stay in the test files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import type { TestBridge } from './bridge';

const ROOT = path.resolve(__dirname, '../..');

/** Where the screenshots go: <state>-<scheme>.png. */
export const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Text as a person reads it (durations use no-break spaces). */
export const plain = (text: string | null): string => (text ?? '').replace(/\u00a0/g, ' ');

/** Builds the renderer with the app's Vite config into a new temporary folder and returns it. */
export async function buildRenderer(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-renderer-'));
  await build({
    configFile: path.join(ROOT, 'vite.config.mts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Starts the system's headless Chromium (CHROMIUM_PATH overrides /usr/bin/chromium). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Collects what would show up as a problem in the page: uncaught errors and console errors. The
 * returned array fills as the page runs.
 */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Chromium warns that frame-ancestors is ignored in a meta tag; the header carries it here.
    if (message.type() === 'error' && !message.text().includes('frame-ancestors')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return problems;
}

export interface AppWindow {
  page: Page;
  context: BrowserContext;
  /** Page errors and console errors so far (see collectProblems). */
  problems: string[];
}

/**
 * Opens the app's page as the window shows it (400×560, 2× pixels, reduced motion) in a fresh
 * browser context, with the bridge attached and problems collected. Close `context` when done.
 */
export async function openAppWindow(
  browser: Browser,
  bridge: TestBridge,
  url: string,
  scheme: Scheme = 'light',
): Promise<AppWindow> {
  const context = await browser.newContext({
    viewport: { width: 400, height: 560 },
    deviceScaleFactor: 2,
    colorScheme: scheme,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await bridge.attach(page);
  await page.goto(url);
  return { page, context, problems };
}

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
