/**
 * "Copy diagnostics": the window's button builds the same report as `regroup diagnose`
 * (core/diagnose, one function for both) and puts it on the clipboard as text, 80 columns wide,
 * in the window's language. The app's last refresh and its verdict are part of it: this module
 * remembers them from the controller's events (the command line has none to give).
 *
 * Electron's `clipboard` is injected (tests pass a fake that records what was written).
 */
import type { AppController } from './app-state';
import type { GroupsReading } from './contract';
import type { GroupsReport } from '../core/groups/types';
import {
  createDiagnoser,
  type DiagnoserOptions,
  type LastRefresh,
} from '../core/diagnose/diagnose';
import { formatDiagnosis } from '../core/diagnose/format';
import type { Translator } from '../core/i18n';
import type { KerberosService } from '../core/kerberos/service';

/** The clipboard's text, as the pasted message has it. */
export const CLIPBOARD_COLUMNS = 80;

export interface DiagnosticsOptions {
  app: Pick<AppController, 'subscribe' | 'readGroups'>;
  service: KerberosService;
  clipboard: { writeText(text: string): void };
  translator: Translator;
  version: string;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
  /** Tests replace the KDC search, its clock and the system's names. */
  probes?: Pick<DiagnoserOptions, 'findKdc' | 'clock' | 'system'>;
}

export interface DiagnosticsCopier {
  /** Builds the report and writes it to the clipboard; resolves to the text written. */
  copy(): Promise<string>;
  dispose(): void;
}

export function createDiagnosticsCopier(options: DiagnosticsOptions): DiagnosticsCopier {
  let last: LastRefresh | null = null;
  const unsubscribe = options.app.subscribe((event) => {
    if (event.type !== 'operation') return;
    const op = event.event;
    if (op.type === 'finished') last = { result: op.result, verdict: null };
    if (op.type === 'verified' && last) last = { ...last, verdict: op.verdict };
  });
  // Made by the first copy: the diagnostics code is a file of its own that the built app reads
  // only then (scripts/build.mjs, issue 14: start-up).
  const createOnce = () =>
    createDiagnoser({
      service: options.service,
      // The window's reading (it waits for a running refresh); its hints are the window's own.
      groups: async () => {
        // A copy: the reading may be shared with the window, which keeps its hints.
        const reading: Partial<GroupsReading> = { ...(await options.app.readGroups()) };
        delete reading.hints;
        return reading as GroupsReport;
      },
      lastRefresh: () => last,
      version: options.version,
      platform: options.platform,
      env: options.env,
      now: options.now,
      ...options.probes,
    });
  let diagnoser: ReturnType<typeof createDiagnoser> | undefined;
  return {
    async copy() {
      diagnoser ??= createOnce();
      const text = formatDiagnosis(
        await diagnoser.diagnose(),
        options.translator,
        CLIPBOARD_COLUMNS,
      );
      options.clipboard.writeText(`${text}\n`);
      return text;
    },
    dispose: unsubscribe,
  };
}
