import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type {
  ComputerRoute,
  FreshProgram,
  FreshSignInOutcome,
  KlistKind,
  RefreshResult,
  RefreshScope,
} from '../../electron/contract';
import type { Message } from '../../core/i18n/message';
import { format, formatDuration, formatTime, t } from '../../core/i18n';
import type { MessageId } from '../../core/i18n';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { primaryTgt, msLeft } from '../../core/model/tickets';
import { ErrorDetails } from './ErrorDetails';
import { CheckIcon, ShieldIcon, TicketIcon } from './Icons';
import { headlineFor } from '../../core/model/outcome';
import { connectionLine, openConnectionsInWords } from '../../core/model/connections';
import { HeadlineBody, LineText, ToneIcon } from './Headline';
import { VerdictSection } from './Verdict';
import type { VerdictState } from './Verdict';
import type { StartWait } from './Wait';

/** "No approval is needed" where IT's helper or Regroup's own rights do the computer refresh. */
const noPrompt = (how: ComputerRoute | undefined): boolean => how === 'helper' || how === 'direct';

export function ProgressPanel({ scope, how }: { scope: RefreshScope; how?: ComputerRoute }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="panel panel-progress" aria-labelledby="progress-heading">
      <div className="spinner" role="progressbar" aria-labelledby="progress-heading" />
      <h2 id="progress-heading" className="panel-title" tabIndex={-1} ref={heading}>
        {scope === 'user' ? t('progress.user') : t('progress.computer')}
      </h2>
      <p className="panel-text">
        {scope === 'user'
          ? t('progress.userDetail')
          : noPrompt(how)
            ? t('progress.computerDetailHelper')
            : t('progress.computerDetail')}
      </p>
      <p className="muted small">{t('progress.closeSafe')}</p>
    </section>
  );
}

/** What the confirmation says about approval: none with the helper or when already elevated. */
function computerBody(platformKind: KlistKind, how: ComputerRoute | undefined): MessageId {
  if (how === 'helper') return 'computer.bodyHelper';
  if (how === 'direct') return 'computer.bodyDirect';
  return platformKind === 'windows' ? 'computer.body' : 'computer.bodyUnix';
}

/**
 * For a person who cannot approve the prompt (`cannot`): who can do it and what does the same,
 * and no way into a password box.
 */
function NeedsAdministratorPanel({ reason, onClose }: { reason: Message; onClose: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="panel panel-needs-admin" aria-labelledby="confirm-heading">
      <ShieldIcon className="panel-icon tone-info" />
      <h2 id="confirm-heading" className="panel-title" tabIndex={-1} ref={heading}>
        {t('computer.heading')}
      </h2>
      <p className="panel-text">{format(reason)}</p>
      <div className="panel-actions">
        <button type="button" className="button primary" onClick={onClose}>
          {t('computer.close')}
        </button>
      </div>
    </section>
  );
}

export function ConfirmComputerPanel({
  platformKind,
  how,
  reason,
  gpupdatePolicy = 'person',
  onContinue,
  onCancel,
}: {
  platformKind: KlistKind;
  how?: ComputerRoute;
  /** With `cannot`: who can do it, and what does the same. */
  reason?: Message | null;
  gpupdatePolicy?: 'person' | 'default' | 'forced';
  onContinue: (gpupdate: boolean) => void;
  onCancel: () => void;
}) {
  if (how === 'cannot' && reason)
    return <NeedsAdministratorPanel reason={reason} onClose={onCancel} />;
  return (
    <ApprovalPanel
      platformKind={platformKind}
      how={how}
      gpupdatePolicy={gpupdatePolicy}
      onContinue={onContinue}
      onCancel={onCancel}
    />
  );
}

function ApprovalPanel({
  platformKind,
  how,
  gpupdatePolicy = 'person',
  onContinue,
  onCancel,
}: {
  platformKind: KlistKind;
  how?: ComputerRoute;
  /** The IT department's policy: 'default' starts it ticked, 'forced' ticks and locks it. */
  gpupdatePolicy?: 'person' | 'default' | 'forced';
  onContinue: (gpupdate: boolean) => void;
  onCancel: () => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const forced = gpupdatePolicy === 'forced';
  const [gpupdate, setGpupdate] = useState(gpupdatePolicy !== 'person');
  const hintId = useId();
  return (
    <section className="panel" aria-labelledby="confirm-heading">
      <ShieldIcon className="panel-icon tone-info" />
      <h2 id="confirm-heading" className="panel-title" tabIndex={-1} ref={heading}>
        {t('computer.heading')}
      </h2>
      <p className="panel-text">{t(computerBody(platformKind, how))}</p>
      {platformKind === 'windows' && (
        <label className="check">
          <input
            type="checkbox"
            checked={forced || gpupdate}
            disabled={forced}
            aria-describedby={hintId}
            onChange={(event) => setGpupdate(event.target.checked)}
          />
          <span>
            {t('computer.gpupdate')}
            <span className="check-hint" id={hintId}>
              {t('computer.gpupdateHint')}
              {forced && ` ${t('policy.gpupdateRequired')}`}
            </span>
          </span>
        </label>
      )}
      <div className="panel-actions">
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('computer.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => onContinue(forced || gpupdate)}
        >
          <ShieldIcon />
          {t('computer.continue')}
        </button>
      </div>
    </section>
  );
}

export function PasswordPanel({
  principal,
  error,
  onSubmit,
  onCancel,
}: {
  principal: string;
  error: string | null;
  onSubmit: (password: string) => void;
  onCancel: () => void;
}) {
  const inputId = useId();
  const errorId = useId();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('password');
    if (!(field instanceof HTMLInputElement) || field.value === '') return;
    const password = field.value;
    // The field is cleared at once: the password lives only in the request that uses it.
    field.value = '';
    onSubmit(password);
  };
  return (
    <section className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading" className="panel-title">
        {t('password.heading')}
      </h2>
      <p className="panel-text">{t('password.body', { principal })}</p>
      <form className="password-form" onSubmit={submit}>
        <label htmlFor={inputId}>{t('password.label')}</label>
        <input
          id={inputId}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          autoFocus
        />
        {error && (
          <p className="field-error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <div className="panel-actions">
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('password.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function ResultPanel({
  result,
  verdict = null,
  platform,
  now,
  doneLabel = t('result.done'),
  onDone,
  onRetry,
  onRefreshAnyway,
  onSignOut,
  onFreshSignIn,
  account,
  onWait,
  onShowGroups = onDone,
}: {
  result: RefreshResult;
  /** After Refresh my groups with verification: the verdict, or 'pending' while it is read. */
  verdict?: VerdictState | null;
  /** The platform family that refreshed: it decides whether Regroup can sign the person out. */
  platform: KlistKind;
  now: number;
  doneLabel?: string;
  onDone: () => void;
  onRetry: () => void;
  /** The offline panel's "Refresh anyway" (the CLI's --force); absent: not offered. */
  onRefreshAnyway?: () => void;
  onSignOut: () => Promise<void>;
  /** Starts one program with a new sign-in (offered beside Sign out now, Windows). */
  onFreshSignIn?: (program: FreshProgram) => Promise<FreshSignInOutcome>;
  /** The person's own account, which the credential prompt asks for. */
  account?: string;
  /** "Tell me when it arrives" on a headline that says a group has not arrived yet. */
  onWait?: StartWait;
  onShowGroups?: () => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const warningId = useId();
  const { outcome, scope } = result;
  // Only Windows purges before it has new tickets, so only there is a forced refresh different.
  const anyway = outcome === 'offline' && platform === 'windows' && onRefreshAnyway;
  // The headline is the verdict: title, tone and next step from the one decision table.
  const headline = headlineFor({ result, verdict, platform });
  const success = outcome === 'refreshed' || outcome === 'partial';
  const newTgt =
    result.acquired.find((ticket) => ticket.isTgt) ??
    (result.after ? primaryTgt(result.after) : null);
  const removed = result.removed.length;
  return (
    <section
      className={`panel panel-result result-${outcome} headline-${headline.kind}`}
      aria-labelledby="result-heading"
    >
      <ToneIcon tone={headline.tone} />
      <h2 id="result-heading" className="panel-title" tabIndex={-1} ref={heading}>
        <LineText line={headline.title} />
      </h2>
      <HeadlineBody
        headline={headline}
        onSignOut={onSignOut}
        onFreshSignIn={onFreshSignIn}
        account={account}
        onWait={onWait}
      />
      {success && scope === 'user' && (
        <ul className="facts">
          <li>
            <TicketIcon />
            {removed === 0
              ? t('result.removedNone')
              : removed === 1
                ? t('result.removedOne')
                : t('result.removed', { count: removed })}
          </li>
          <li>
            <CheckIcon className={newTgt ? 'tone-valid' : 'tone-expired'} />
            {newTgt && newTgt.endTime
              ? t('result.newTgt', {
                  time: issuedText(newTgt.startTime, now),
                  left: formatDuration(msLeft(newTgt, now)),
                })
              : t('result.noTgt')}
          </li>
        </ul>
      )}
      {success && scope === 'user' && verdict && verdict !== 'pending' && (
        <VerdictSection verdict={verdict} onShowGroups={onShowGroups} />
      )}
      {result.failed.length > 0 && (
        <div className="failed-items">
          <p>{t('result.failedItems')}</p>
          <ul>
            {result.failed.map((item) => (
              <li key={item.server}>
                <span className="mono">{item.server}</span> — {format(item.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {success && scope === 'user' && result.openConnections && (
        <div className="open-connections">
          <h3>{t('result.openConnectionsHeading')}</h3>
          <p>{format(openConnectionsInWords(result.openConnections))}</p>
          {result.openConnections.length > 0 && (
            <ul aria-label={t('result.openConnectionsHeading')}>
              {result.openConnections.map((connection) => (
                <li key={connectionLine(connection)} className="mono">
                  {connection.local && (
                    <>
                      <span className="connection-drive">{connection.local}</span>{' '}
                    </>
                  )}
                  {connection.remote}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {success && (
        <div className="caveats">
          <h3>{t('result.caveatsHeading')}</h3>
          {result.caveats.map((caveat) => (
            <p key={caveat.id}>{format(caveat)}</p>
          ))}
        </div>
      )}
      {!success && outcome !== 'declined' && result.error && <ErrorDetails error={result.error} />}
      {anyway && (
        <div className="warning-box">
          <p id={warningId}>{t('cli.help.option.force')}</p>
          <button
            type="button"
            className="button secondary"
            aria-describedby={warningId}
            onClick={anyway}
          >
            {t('result.refreshAnyway')}
          </button>
        </div>
      )}
      <div className="panel-actions">
        {headline.next?.kind === 'retry' && (
          <button type="button" className="button secondary" onClick={onRetry}>
            {t('result.tryAgain')}
          </button>
        )}
        <button type="button" className="button primary" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </section>
  );
}

function issuedText(iso: string, now: number): string {
  const age = now - Date.parse(iso);
  // A little negative age is normal: the clock ticks once a second, and KDC clocks differ a bit.
  return age > -60 * 1000 && age < 2 * 60 * 1000
    ? t('time.justNow')
    : t('time.at', { time: formatTime(iso, new Date(now)) });
}
