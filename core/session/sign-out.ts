/**
 * Signing the person out, when only a new sign-in brings a group to this computer (the headline's
 * "Sign out now", after the window's "save your work" confirmation). Never forced, never without
 * that confirmation, and only a fixed command:
 *
 * - Windows: `<Windows>\System32\shutdown.exe /l`, the absolute path (never PATH), no other
 *   argument. `/l` logs off the current session the way the Start menu does (ExitWindowsEx with
 *   EWX_LOGOFF): programs with unsaved work may ask, or hold the sign-out with "This app is
 *   preventing you from signing out". `/f`, which would close them without asking, is never used.
 * - macOS and Linux: not offered. Their desktop sessions sign out through the desktop's own
 *   session manager (loginwindow, gnome-session, plasma), with no single command that is both
 *   present everywhere and polite to unsaved work, so the headline says how instead.
 *
 * The runner is injected: tests prove the exact file and arguments without signing anyone out.
 */
import {
  runTool,
  ToolError,
  requireSuccess,
  type RunOptions,
  type RunResult,
} from '../process/run';
import { system32Tool } from '../process/windows-paths';

export interface SignOut {
  /** True where Regroup can start a sign-out (Windows). */
  readonly available: boolean;
  /** Starts the sign-out; rejects with a ToolError when the command could not run or failed. */
  signOut(): Promise<void>;
}

export interface SignOutOptions {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  run?: (file: string, args: readonly string[], options?: RunOptions) => Promise<RunResult>;
}

/** How long shutdown.exe may take to hand the request to Windows (it returns at once). */
const SIGN_OUT_TIMEOUT_MS = 10_000;

export function createSignOut(options: SignOutOptions): SignOut {
  const run = options.run ?? runTool;
  if (options.platform !== 'win32') {
    return {
      available: false,
      signOut: () => Promise.reject(new ToolError('not-found', 'sign-out', options.platform)),
    };
  }
  const file = system32Tool(options.env, 'shutdown.exe');
  return {
    available: true,
    async signOut() {
      requireSuccess(file, await run(file, ['/l'], { timeoutMs: SIGN_OUT_TIMEOUT_MS }));
    },
  };
}
