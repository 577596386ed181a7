/**
 * The headline of a refresh as the window shows it: the icon and colour of its tone, the title,
 * the sentences under it and the next step, all from the one decision table (core/model/outcome).
 * Group names are isolated (<bdi>) where a sentence names them. "Sign out now" asks first: save
 * your work; nothing is signed out without that second click. Beside it (Windows), "Start a
 * program with a new sign-in" says what that does and does not change before anything starts.
 */
import { useId, useState } from 'react';
import type { FreshProgram, FreshSignInOutcome } from '../../electron/contract';
import type { Headline, HeadlineLine, Tone } from '../../core/model/outcome';
import { format, t } from '../../core/i18n';
import { Rich } from './Rich';
import { GroupNames } from './Names';
import { AlertIcon, CheckIcon, InfoIcon } from './Icons';

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
  onFreshSignIn,
  account,
}: {
  headline: Headline;
  /** Signs the person out; rejects with a sentence when it could not. */
  onSignOut: () => Promise<void>;
  /** Starts one program with a new sign-in; rejects with a sentence when it could not. */
  onFreshSignIn?: (program: FreshProgram) => Promise<FreshSignInOutcome>;
  /** The person's own account, for the credential prompt (`dyork@CONTOSO.COM`). */
  account?: string;
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
      {next?.kind === 'sign-out' && (next.action || next.freshSignIn) && (
        <div className="next-actions">
          {next.action && <SignOutOffer onSignOut={onSignOut} />}
          {next.freshSignIn && onFreshSignIn && (
            <FreshSignInOffer onStart={onFreshSignIn} account={account ?? ''} />
          )}
        </div>
      )}
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

const FRESH_LABEL: Record<FreshProgram, 'freshSignIn.cmd' | 'freshSignIn.powershell'> = {
  cmd: 'freshSignIn.cmd',
  powershell: 'freshSignIn.powershell',
};

/** What the credential prompt's answer means, in words. */
function freshResultText(result: FreshSignInOutcome): string {
  if (result.outcome === 'started') return t('freshSignIn.started');
  if (result.outcome === 'cancelled') return t('freshSignIn.cancelled');
  if (result.outcome === 'wrong-password') return t('freshSignIn.wrongPassword');
  return t('freshSignIn.failed', { detail: result.detail });
}

/**
 * "Start a program with a new sign-in…", then what it does and does not change, a choice of
 * program and Start / Not now. Windows' own credential prompt asks for the account: Regroup
 * never sees the password.
 */
function FreshSignInOffer({
  onStart,
  account,
}: {
  onStart: (program: FreshProgram) => Promise<FreshSignInOutcome>;
  account: string;
}) {
  const [open, setOpen] = useState(false);
  const [program, setProgram] = useState<FreshProgram>('cmd');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; ok: boolean } | null>(null);
  const name = useId();
  if (!open) {
    return (
      <div>
        <button type="button" className="button secondary" onClick={() => setOpen(true)}>
          {t('outcome.freshSignIn')}
        </button>
      </div>
    );
  }
  const start = (): void => {
    setBusy(true);
    setSaid(null);
    onStart(program)
      .then((result) =>
        setSaid({ text: freshResultText(result), ok: result.outcome === 'started' }),
      )
      .catch((reason: unknown) =>
        setSaid({ text: reason instanceof Error ? reason.message : String(reason), ok: false }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <section className="fresh-sign-in" aria-labelledby={`${name}-heading`}>
      <h3 id={`${name}-heading`}>{t('freshSignIn.heading')}</h3>
      <p>{t('freshSignIn.body', { account })}</p>
      <p>{t('freshSignIn.unchanged')}</p>
      <fieldset className="choice">
        <legend>{t('freshSignIn.program')}</legend>
        {(Object.keys(FRESH_LABEL) as FreshProgram[]).map((p) => (
          <label key={p} className="check">
            <input
              type="radio"
              name={name}
              value={p}
              checked={program === p}
              onChange={() => setProgram(p)}
            />
            <span>{t(FRESH_LABEL[p])}</span>
          </label>
        ))}
      </fieldset>
      {said && (
        <p className={said.ok ? 'fresh-result' : 'field-error'} role={said.ok ? 'status' : 'alert'}>
          {said.text}
        </p>
      )}
      <div className="panel-actions">
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>
          {t('freshSignIn.cancel')}
        </button>
        <button type="button" className="button primary" disabled={busy} onClick={start}>
          {t('freshSignIn.start')}
        </button>
      </div>
    </section>
  );
}
