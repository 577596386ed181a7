/**
 * The programs a new sign-in can start, and what the credential prompt answered: plain data that
 * crosses IPC (the window imports it; no Node here). The launcher is core/session/fresh-sign-in.ts.
 */
export const FRESH_PROGRAMS = ['cmd', 'powershell'] as const;
export type FreshProgram = (typeof FRESH_PROGRAMS)[number];

export type FreshSignInOutcome =
  | { outcome: 'started' }
  | { outcome: 'cancelled' }
  | { outcome: 'wrong-password' }
  /** `detail`: the Win32 error or what went wrong, for the help desk. */
  | { outcome: 'failed'; detail: string };
