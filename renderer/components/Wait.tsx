/**
 * "Tell me when it arrives": the offer under a headline that says a group has not arrived yet
 * (with the group it names, or a field for the group when the headline names none), and the wait
 * card: which group, since when, the next check (or why it is paused), when it stops, and Stop
 * waiting; once it ended, how, with OK. The sentences are core/model/wait.ts's.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { GroupRef, WaitState } from '../../electron/contract';
import { format, formatTime, t } from '../../core/i18n';
import { waitEndMessage, waitStateMessage } from '../../core/model/wait';
import { ClockIcon } from './Icons';

/** Starts a wait; rejects with the sentence why not (policy, an empty name). */
export type StartWait = (group: string) => Promise<void>;

export function WaitOffer({ groups, onWait }: { groups: GroupRef[]; onWait: StartWait }) {
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const start = (group: string): void => {
    setError(null);
    onWait(group).catch((reason: unknown) =>
      setError(reason instanceof Error ? reason.message : String(reason)),
    );
  };
  const first = groups[0];
  const problem = error && (
    <p className="field-error" id={errorId} role="alert">
      {error}
    </p>
  );
  if (first) {
    return (
      <div className="wait-offer">
        <button type="button" className="button secondary" onClick={() => start(first.sid)}>
          <ClockIcon />
          {t('wait.offer')}
        </button>
        {problem}
      </div>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('group');
    if (field instanceof HTMLInputElement && field.value.trim() !== '') start(field.value.trim());
  };
  return (
    <form className="wait-offer wait-form" onSubmit={submit}>
      <label htmlFor={inputId}>{t('wait.groupLabel')}</label>
      <input
        id={inputId}
        name="group"
        type="text"
        autoComplete="off"
        spellCheck={false}
        required
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
      />
      <p className="check-hint" id={hintId}>
        {t('wait.groupHint')}
      </p>
      {problem}
      <button type="submit" className="button secondary">
        <ClockIcon />
        {t('wait.offer')}
      </button>
    </form>
  );
}

export function WaitCard({
  state,
  now,
  onCancel,
}: {
  state: WaitState;
  now: number;
  /** Stops the wait, or dismisses the one that ended. */
  onCancel: () => void;
}) {
  const group = state.found?.name ?? state.found?.sid ?? state.group;
  const ended = state.phase === 'ended';
  const at = (iso: string): string => formatTime(iso, new Date(now));
  const next =
    state.phase === 'checking' || state.phase === 'refreshing'
      ? t('wait.checkingNow')
      : state.nextCheckAt
        ? at(state.nextCheckAt)
        : null;
  return (
    <section className="card wait-card" aria-labelledby="wait-heading">
      <h2 id="wait-heading" className="card-title">
        <ClockIcon className="tone-info" />
        {t('wait.heading', { group })}
      </h2>
      <p className="card-text" role="status">
        {format(ended ? waitEndMessage(state) : waitStateMessage(state))}
      </p>
      {!ended && (
        <dl className="tgt-times">
          <div>
            <dt>{t('wait.since')}</dt>
            <dd>{at(state.since)}</dd>
          </div>
          {next && (
            <div>
              <dt>{t('wait.nextCheck')}</dt>
              <dd>{next}</dd>
            </div>
          )}
          <div>
            <dt>{t('wait.until')}</dt>
            <dd>{at(state.until)}</dd>
          </div>
        </dl>
      )}
      {!ended && <p className="muted small">{t('wait.closeSafe')}</p>}
      <div className="panel-actions">
        <button type="button" className="button secondary" onClick={onCancel}>
          {ended ? t('wait.dismiss') : t('wait.cancel')}
        </button>
      </div>
    </section>
  );
}
