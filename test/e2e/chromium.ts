/**
 * Chromium and the renderer without the test runner: the Vite build of the window, a headless
 * Chromium driven by playwright-core, and a window-sized page with its problems collected. The
 * e2e tests use these through browser.ts; the benchmark (bench/window.ts) uses them directly,
 * outside vitest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import type { TestBridge } from './bridge';

const ROOT = path.resolve(__dirname, '../..');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

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
