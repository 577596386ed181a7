import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIT_WAIT_MS, waitForIdle } from './quit-wait';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('waiting for a refresh before quitting', () => {
  it('quits as soon as the refresh ends', async () => {
    let running: string | null = 'user';
    const waited = waitForIdle(() => running);
    await vi.advanceTimersByTimeAsync(1_000);
    running = null;
    await vi.advanceTimersByTimeAsync(200);
    await expect(waited).resolves.toBe(true);
  });

  it('gives up after the bound when the refresh never ends', async () => {
    let settled: boolean | null = null;
    void waitForIdle(() => 'computer').then((idle) => (settled = idle));
    await vi.advanceTimersByTimeAsync(QUIT_WAIT_MS - 1_000);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1_200);
    expect(settled).toBe(false);
    expect(QUIT_WAIT_MS).toBeLessThanOrEqual(30_000);
  });
});
