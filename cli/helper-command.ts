/**
 * `regroup helper install | remove | status`: the Windows helper's scheduled tasks
 * (core/kerberos/windows/helper.ts). IT runs install and remove elevated (an administrator, or
 * SYSTEM from an installer, Intune or a startup script); anyone may ask for the status.
 *
 * Exit codes: 0 done (status: the helper is installed and unchanged), 1 not done (not elevated,
 * schtasks refused, Windows stored something else; status: missing or changed). Human output:
 * one sentence on what is now true, one line per task; on failure the sentence and the detail go
 * to standard error. `--json`: `{ ok, status, error }` (status: the HelperStatus).
 */
import type { Translator } from '../core/i18n';
import { msg, type Message } from '../core/i18n/message';
import type {
  HelperChange,
  HelperStatus,
  HelperTaskState,
  WindowsHelper,
} from '../core/kerberos/windows/helper';
import type { HelperAction } from './args';

export interface HelperIo {
  tr: Translator;
  stdout(text: string): void;
  stderr(text: string): void;
  json(value: unknown): void;
}

const INSTALL = 'regroup helper install';
const STATE: Readonly<Record<HelperTaskState, Parameters<typeof msg>[0]>> = {
  installed: 'cli.helper.state.installed',
  missing: 'cli.helper.state.missing',
  altered: 'cli.helper.state.altered',
};

/** The sentence that says what is true of the helper now. */
function summary(status: HelperStatus): Message {
  if (status.installed) return msg('cli.helper.present');
  return status.tasks.some((t) => t.state === 'altered')
    ? msg('cli.helper.altered', { command: INSTALL })
    : msg('cli.helper.absent', { command: INSTALL });
}

function rows(status: HelperStatus, tr: Translator): string {
  return status.tasks
    .map((t) =>
      tr.t('cli.helper.row', { task: t.task, state: tr.t(STATE[t.state]), command: t.commandLine }),
    )
    .join('\n');
}

/** Runs one helper action; returns the exit code. `helper` is null off Windows. */
export async function helperCommand(
  io: HelperIo,
  action: HelperAction,
  helper: WindowsHelper | null,
  json: boolean,
): Promise<number> {
  if (!helper) {
    const message = msg('cli.helper.windowsOnly');
    if (json)
      io.json({ ok: false, status: null, error: { code: 'unsupported-platform', message } });
    io.stderr(`${io.tr.format(message)}\n`);
    return 1;
  }
  if (action === 'status') {
    const status = await helper.status();
    if (json) io.json({ ok: status.installed, status, error: null });
    else io.stdout(`${io.tr.format(summary(status))}\n${rows(status, io.tr)}\n`);
    return status.installed ? 0 : 1;
  }
  const change: HelperChange =
    action === 'install' ? await helper.install() : await helper.remove();
  if (json) io.json(change.ok ? { ...change, error: null } : change);
  if (change.ok) {
    if (!json) {
      const done = msg(action === 'install' ? 'cli.helper.installed' : 'cli.helper.removed');
      io.stdout(`${io.tr.format(done)}\n${rows(change.status, io.tr)}\n`);
    }
    return 0;
  }
  const detail = change.error.detail ? `\n${change.error.detail}` : '';
  io.stderr(`${io.tr.format(change.error.message)}${detail}\n`);
  return 1;
}
