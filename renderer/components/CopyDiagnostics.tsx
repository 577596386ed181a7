/**
 * "Copy diagnostics": one small button under the actions that asks the main process to put the
 * diagnosis report (the same as `regroup diagnose`) on the clipboard, and a status line that says
 * it was copied, or why not. The status is a live region, so a screen reader hears it too.
 */
import { useState } from 'react';
import type { RegroupApi } from '../../electron/contract';
import { t } from '../../core/i18n';
import { CopyIcon } from './Icons';

type State =
  { kind: 'idle' } | { kind: 'copying' } | { kind: 'copied' } | { kind: 'failed'; why: string };

export function CopyDiagnostics({ api, disabled }: { api: RegroupApi; disabled: boolean }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const copy = (): void => {
    setState({ kind: 'copying' });
    api.copyDiagnostics().then(
      () => setState({ kind: 'copied' }),
      (error: unknown) =>
        setState({ kind: 'failed', why: error instanceof Error ? error.message : String(error) }),
    );
  };
  const status =
    state.kind === 'copying'
      ? t('actions.copyDiagnostics.busy')
      : state.kind === 'copied'
        ? t('actions.copyDiagnostics.done')
        : state.kind === 'failed'
          ? state.why
          : '';
  return (
    <div className="diagnostics">
      <button
        type="button"
        className="button secondary small-button"
        title={t('actions.copyDiagnostics.hint')}
        disabled={disabled || state.kind === 'copying'}
        onClick={copy}
      >
        <CopyIcon />
        {t('actions.copyDiagnostics')}
      </button>
      <p
        className={
          state.kind === 'failed' ? 'diagnostics-status failed' : 'diagnostics-status muted'
        }
        role="status"
      >
        {status}
      </p>
    </div>
  );
}
