import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Three projects, all run by `npm test`:
 * - unit: the Kerberos core, CLI, main-process services (plain Node, typed fakes, fake klist);
 * - renderer: React components in jsdom with Testing Library;
 * - system: real tools and servers (MIT KDC, Samba AD DC, Chromium); one file at a time.
 * klist prints local time, so the suite runs in a fixed, non-UTC zone to exercise offsets.
 */
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Berlin' },
    // The JSON report feeds the plain summary line that .ci/run prints (scripts/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest-results.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'core/**/*.test.ts',
            'cli/**/*.test.ts',
            'electron/**/*.test.ts',
            'test/unit/**/*.test.ts',
          ],
          environment: 'node',
          // Some unit tests run the fake klist.exe, a Node script, up to ten times (a refresh
          // with its pre- and after-listings): on a loaded 2-core machine that passed the default
          // 5 s while nothing was wrong. A test that hangs still fails, at 20 s.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.tsx', 'renderer/**/*.test.ts'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'system',
          include: ['test/system/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
