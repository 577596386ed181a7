/**
 * The headline of a refresh as the window shows it: the icon and colour of its tone, the title,
 * the sentences under it and the next step, all from the one decision table (core/model/outcome).
 * Group names are isolated (<bdi>) where a sentence names them. "Sign out now" asks first: save
 * your work; nothing is signed out without that second click.
 */
import { useState } from 'react';
import type { Headline, HeadlineLine, Tone } from '../../core/model/outcome';
import { format, t } from '../../core/i18n';
import { Rich } from './Rich';
import { GroupNames } from './Names';
import { AlertIcon, CheckIcon, InfoIcon } from './Icons';
import { WaitOffer, type StartWait } from './Wait';

const TONE_CLASS: Record<Tone, string> = {
  success: 'tone-valid',
  neutral: 'tone-info',
  warning: 'tone-expiring',
  error: 'tone-expired',
};

export function ToneIcon({ tone }: { tone: Tone }) {
  const Icon = tone === 'success' ? CheckIcon : tone === 'neutral' ? InfoIcon : AlertIcon;
  return <Icon className={`panel-icon ${TONE_CLASS[tone]}`} />;
}

/** One sentence of the headline, with each group it names isolated. */
export function LineText({ line }: { line: HeadlineLine }) {
  const { message, groups } = line;
  if (!groups) return <>{format(message)}</>;
  return (
    <Rich id={message.id} values={{ ...message.values, groups: <GroupNames groups={groups} /> }} />
  );
}

/** The sentences under the title and the next step (the title is the panel's heading). */
export function HeadlineBody({
  headline,
  onSignOut,
  onWait,
}: {
  headline: Headline;
  /** Signs the person out; rejects with a sentence when it could not. */
  onSignOut: () => Promise<void>;
  /** "Tell me when it arrives"; absent where waiting is not offered (policy). */
  onWait?: StartWait;
}) {
  const { body, next } = headline;
  return (
    <>
      {body.map((line, i) => (
        <p className="panel-text" key={`${line.message.id}-${i}`}>
          {headline.kind === 'checking' && (
            <span className="spinner spinner-small" aria-hidden="true" />
          )}
          <LineText line={line} />
        </p>
      ))}
      {next && 'message' in next && <p className="panel-text next-step">{format(next.message)}</p>}
      {next?.kind === 'sign-out' && next.action && <SignOutOffer onSignOut={onSignOut} />}
      {next?.kind === 'wait' && onWait && <WaitOffer groups={next.groups} onWait={onWait} />}
    </>
  );
}

/** "Sign out now…", then "save your work" with Sign out / Not now. */
function SignOutOffer({ onSignOut }: { onSignOut: () => Promise<void> }) {
  const [step, setStep] = useState<'offer' | 'confirm' | 'signing-out'>('offer');
  const [error, setError] = useState<string | null>(null);
  if (step === 'offer') {
    return (
      <div>
        <button type="button" className="button secondary" onClick={() => setStep('confirm')}>
          {t('outcome.signOutNow')}
        </button>
      </div>
    );
  }
  const confirm = (): void => {
    setStep('signing-out');
    setError(null);
    onSignOut().catch((reason: unknown) => {
      setStep('confirm');
      setError(reason instanceof Error ? reason.message : String(reason));
    });
  };
  return (
    <section
      className="sign-out-confirm"
      role="alertdialog"
      aria-labelledby="sign-out-heading"
      aria-describedby="sign-out-body"
    >
      <h3 id="sign-out-heading">{t('signOut.heading')}</h3>
      <p id="sign-out-body">{t('signOut.body')}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="panel-actions">
        <button type="button" className="button secondary" onClick={() => setStep('offer')}>
          {t('signOut.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={step === 'signing-out'}
          autoFocus
          onClick={confirm}
        >
          {t('signOut.confirm')}
        </button>
      </div>
    </section>
  );
}
