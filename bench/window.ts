/**
 * Figure 3 (paint) and the renderer half of figure 5, in real Chromium (the e2e helpers: the Vite
 * build of the renderer, the real main-process handlers behind the test bridge).
 * - Paint: a listing of 500 real tickets handed to the window (the `tickets-changed` event) until
 *   the frame after React committed it, against the same for an empty listing; from a 3-ticket
 *   listing each time; medians. Long tasks (> 50 ms) are collected with a PerformanceObserver
 *   while the 500 are painted. The bridge hands the listing over as JSON text read with the page's
 *   JSON.parse, as Electron's structured clone is native: Playwright's own argument encoding,
 *   rebuilt by script in the page, was a 40-100 ms task of the harness that the app does not have.
 * - First load: gzip size of everything the page fetched until it was idle (its first paint), and
 *   whether every other language is a chunk of its own that the first load did not fetch.
 * - Heap: the page's used JS heap with 20 tickets shown, after a garbage collection.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { en } from '../core/i18n';
import type { KerberosService } from '../core/kerberos/service';
import type { KlistListing } from '../core/kerberos/types';
import { serviceTickets } from '../core/model/tickets';
import { parseWindowsKlist } from '../core/kerberos/windows/klist';
import { createTestBridge } from '../test/e2e/bridge';
import { buildRenderer, launchChromium, openAppWindow } from '../test/e2e/chromium';
import { serveDirectory } from '../test/e2e/server';
import { windowsListing } from './corpus';
import { figure, median, ms, ratio, skipped, type Figure, type FigureGoal } from './measure';

const PAINT: FigureGoal = {
  name: 'paint 500 tickets vs an empty list (Chromium)',
  goal: '<= 3.00x',
  max: 3,
};
const LONG_TASKS: FigureGoal = {
  name: 'long tasks (> 50 ms) while painting 500 tickets',
  goal: '0',
  max: 0,
};
const FIRST_LOAD: FigureGoal = { name: 'window first load, gzip', goal: '<= 100 KB', max: 100 };
const SPLIT: FigureGoal = {
  name: 'other languages: own chunks, not in first load, English once',
  goal: 'yes',
  max: 0,
};
const HEAP: FigureGoal = {
  name: 'window JS heap with 20 tickets',
  goal: '<= 8 MB (bench goal)',
  max: 8,
};

const LANGUAGES = ['de', 'fr', 'es', 'ja', 'zh-CN'] as const;

function listingOf(windowsTexts: string[], n: number): KlistListing {
  if (n === 0) {
    return { ...parseWindowsKlist(windowsListing(windowsTexts, 1)), tickets: [] };
  }
  return parseWindowsKlist(windowsListing(windowsTexts, n));
}

/** The rows the window shows for a listing: all but the primary TGT (which has its own card). */
const rowsOf = (listing: KlistListing): number => serviceTickets(listing).length;

/** A service whose list is whatever the benchmark hands it: no tool runs. */
function handedService(current: { listing: KlistListing }): KerberosService {
  return {
    kind: 'windows',
    capabilities: async () => ({
      kind: 'windows',
      userRefreshNeedsPassword: false,
      computerRefresh: { available: false, reason: null },
    }),
    list: async () => current.listing,
    refresh: async () => {
      throw new Error('the benchmark does not refresh');
    },
  };
}

interface PaintSample {
  /** Hand-over to the frame that first shows the new rows. */
  ms: number;
  /** Hand-over to the frame that shows all of them (the list renders long lists in steps). */
  allMs: number;
  longTasks: number[];
}

/**
 * Hands a listing over and times, on the page's clock, the frame after the ticket rows first
 * changed and the frame after all `rows` were there; long tasks are collected until then.
 */
async function paint(page: Page, rows: number, hand: () => Promise<unknown>): Promise<PaintSample> {
  await page.evaluate((want) => {
    const g = globalThis as unknown as {
      __regroupEmit: (c: string, p: unknown) => void;
      __bench: { t0: number; t1: number; t2: number; long: number[] };
    };
    const doc = (globalThis as unknown as { document: Document }).document;
    const count = (): number => doc.querySelectorAll('li.ticket').length;
    const before = count();
    const bench = { t0: 0, t1: 0, t2: 0, long: [] as number[] };
    g.__bench = bench;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.long.push(entry.duration);
    }).observe({ type: 'longtask' });
    // The frame that shows a change: its rAF callback runs before paint, the next task after it.
    const afterPaint = (set: (t: number) => void): void =>
      void requestAnimationFrame(() => setTimeout(() => set(performance.now()), 0));
    const emit = g.__regroupEmit;
    g.__regroupEmit = (channel, payload) => {
      g.__regroupEmit = emit;
      bench.t0 = performance.now();
      emit(channel, payload);
      const watch = (): void => {
        const n = count();
        if (bench.t1 === 0 && n !== before) afterPaint((t) => (bench.t1 = t));
        if (n === want) {
          afterPaint((t) => (bench.t2 = t));
          return;
        }
        requestAnimationFrame(watch);
      };
      watch();
    };
  }, rows);
  await hand();
  await page.waitForFunction(
    () => (globalThis as unknown as { __bench: { t2: number } }).__bench.t2 > 0,
    undefined,
    { timeout: 30_000 },
  );
  // Long tasks are reported after they end: give the observer a moment.
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const b = (
      globalThis as unknown as { __bench: { t0: number; t1: number; t2: number; long: number[] } }
    ).__bench;
    return { ms: (b.t1 || b.t2) - b.t0, allMs: b.t2 - b.t0, longTasks: b.long };
  });
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / 1024 / 1024;
}

/** What the first load fetched, and the language chunks in the build. */
function splitReport(outDir: string, fetched: Set<string>): { ok: boolean; detail: string } {
  const assets = fs.readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
  const text = new Map(
    assets.map((f) => [f, fs.readFileSync(path.join(outDir, 'assets', f), 'utf8')]),
  );
  // A long English sentence: it must be in exactly one file.
  const sentence = Object.values(en).reduce(
    (a, b) => (b.length > a.length && !/[{}'"\\]/.test(b) ? b : a),
    '',
  );
  const withEnglish = assets.filter((f) => text.get(f)?.includes(sentence));
  const problems: string[] = [];
  if (withEnglish.length !== 1) problems.push(`English in ${withEnglish.length} files`);
  for (const lang of LANGUAGES) {
    const chunk = assets.find((f) => f.startsWith(`${lang}-`) || f.startsWith(`${lang}.`));
    if (!chunk) problems.push(`no ${lang} chunk`);
    else if ([...fetched].some((url) => url.endsWith(chunk))) problems.push(`${lang} loaded first`);
  }
  return {
    ok: problems.length === 0,
    detail: problems.length ? problems.join('; ') : `${LANGUAGES.join(', ')}: own chunks`,
  };
}

export async function windowFigures(windowsTexts: string[], rounds: number): Promise<Figure[]> {
  if (windowsTexts.length === 0) return [skipped(PAINT, 'no real Windows samples')];
  let outDir: string;
  try {
    outDir = await buildRenderer();
  } catch (error) {
    return [skipped(PAINT, `renderer build failed: ${String(error).split('\n')[0]}`)];
  }
  let browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    fs.rmSync(outDir, { recursive: true, force: true });
    return [skipped(PAINT, `no Chromium (${String(error).split('\n')[0]})`)];
  }
  const server = await serveDirectory(outDir);
  const current = { listing: listingOf(windowsTexts, 3) };
  const bridge = createTestBridge({ service: handedService(current), pageUrl: server.url });
  const figures: Figure[] = [];
  try {
    const fetched = new Map<string, number>();
    const context0 = await browser.newContext();
    const probe = await context0.newPage();
    probe.on('response', (response) => {
      void response
        .body()
        .then((body) => fetched.set(response.url(), zlib.gzipSync(body, { level: 9 }).length))
        .catch(() => undefined);
    });
    await bridge.attach(probe);
    await probe.goto(server.url, { waitUntil: 'networkidle' });
    await probe.waitForTimeout(300);
    await context0.close();
    const kb = [...fetched.values()].reduce((a, b) => a + b, 0) / 1024;
    figures.push(figure(FIRST_LOAD, kb, `${kb.toFixed(1)} KB (${fetched.size} files)`));
    const split = splitReport(outDir, new Set(fetched.keys()));
    figures.push(
      figure(SPLIT, split.ok ? 0 : 1, split.ok ? `yes (${split.detail})` : `no: ${split.detail}`),
    );

    const { page, context } = await openAppWindow(browser, bridge, server.url);
    await page.waitForSelector('li.ticket');
    const lists = {
      empty: listingOf(windowsTexts, 0),
      many: listingOf(windowsTexts, 500),
      few: current.listing,
    };
    const reset = async (): Promise<void> => {
      current.listing = lists.few;
      await bridge.app.listTickets();
      await page.waitForFunction(
        () =>
          (globalThis as unknown as { document: Document }).document.querySelectorAll('li.ticket')
            .length > 0 &&
          (globalThis as unknown as { document: Document }).document.querySelectorAll('li.ticket')
            .length < 10,
      );
    };
    const handOver = (listing: KlistListing) => async (): Promise<PaintSample> => {
      await reset();
      current.listing = listing;
      return paint(page, rowsOf(listing), () => bridge.app.listTickets());
    };
    const empty: number[] = [];
    const many: number[] = [];
    const all: number[] = [];
    const long: number[] = [];
    await handOver(lists.many)(); // warm
    for (let i = 0; i < rounds; i += 1) {
      empty.push((await handOver(lists.empty)()).ms);
      const sample = await handOver(lists.many)();
      many.push(sample.ms);
      all.push(sample.allMs);
      long.push(...sample.longTasks.filter((d) => d > 50));
    }
    const e = median(empty);
    const m = median(many);
    figures.push(
      figure(
        PAINT,
        m / e,
        `${ratio(m / e)} (${ms(m)} vs ${ms(e)}; all 500 rows ${ms(median(all))})`,
      ),
    );
    figures.push(
      figure(
        LONG_TASKS,
        long.length,
        long.length ? `${long.length} (longest ${ms(Math.max(...long))})` : `0 in ${rounds} paints`,
      ),
    );
    current.listing = listingOf(windowsTexts, 20);
    await bridge.app.listTickets();
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: Document }).document.querySelectorAll('li.ticket')
          .length >= 10,
    );
    const heap = await heapMb(page);
    figures.push(figure(HEAP, heap, `${heap.toFixed(1)} MB`));
    await context.close();
  } finally {
    bridge.dispose();
    await browser.close();
    await server.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  return figures;
}
