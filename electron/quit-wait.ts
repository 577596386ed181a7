/**
 * Quit waits for a running refresh, so a purge is not left half-way, but not for ever: a refresh
 * whose tool hangs, or an elevated command that an un-elevated app can no longer stop, must not
 * keep the app from quitting. After QUIT_WAIT_MS the app quits anyway.
 */

/** A user refresh takes seconds; this leaves room for a slow domain controller. */
export const QUIT_WAIT_MS = 30_000;
const POLL_MS = 200;

/** Resolves true when `busy()` returned null, false when `limitMs` passed first. */
export async function waitForIdle(busy: () => unknown, limitMs = QUIT_WAIT_MS): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (busy() !== null) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return true;
}
