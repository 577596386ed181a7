import type { Verdict } from '../../electron/contract';
import { format, t } from '../../core/i18n';
import { Rich } from './Rich';
import { GroupNames } from './Names';
import { HintList } from './HintList';
import { ErrorDetails } from './ErrorDetails';
import { AlertIcon, CheckIcon, InfoIcon } from './Icons';

/** What "pending" means: the refresh is done and the groups are being read again. */
export type VerdictState = Verdict | 'pending';

/** After Refresh my groups: what file shares and web apps see now, and what still needs a sign-out. */
export function VerdictSection({
  verdict,
  onShowGroups,
}: {
  verdict: VerdictState;
  onShowGroups: () => void;
}) {
  return (
    <section
      className="verdict"
      aria-labelledby="verdict-heading"
      aria-busy={verdict === 'pending'}
    >
      <h3 id="verdict-heading">{t('verdict.heading')}</h3>
      <div role="status">{verdict === 'pending' ? <Pending /> : <Lines verdict={verdict} />}</div>
      {verdict !== 'pending' && verdict.unverified && <ErrorDetails error={verdict} />}
      {verdict !== 'pending' && verdict.hints.length > 0 && <HintList hints={verdict.hints} />}
      {verdict !== 'pending' && (
        <div>
          <button type="button" className="button secondary small-button" onClick={onShowGroups}>
            {t('verdict.showGroups')}
          </button>
        </div>
      )}
    </section>
  );
}

function Pending() {
  return (
    <p className="verdict-line">
      <span className="spinner spinner-small" aria-hidden="true" />
      {t('verdict.checking')}
    </p>
  );
}

function Lines({ verdict }: { verdict: Verdict }) {
  if (verdict.unverified) {
    return (
      <p className="verdict-line">
        <InfoIcon className="tone-info" />
        <span>
          {t('verdict.unverified', { reason: format(verdict.unverified) })}
          {verdict.cause && <> {format(verdict.cause)}</>}
        </span>
      </p>
    );
  }
  const unchanged = verdict.gained.length === 0 && verdict.lost.length === 0;
  return (
    <ul className="verdict-lines">
      {verdict.gained.length > 0 && (
        <li className="verdict-line">
          <CheckIcon className="tone-valid" />
          <span>
            <Rich id="verdict.gained" values={{ groups: <GroupNames groups={verdict.gained} /> }} />
          </span>
        </li>
      )}
      {verdict.lost.length > 0 && (
        <li className="verdict-line">
          <InfoIcon className="tone-info" />
          <span>
            <Rich id="verdict.lost" values={{ groups: <GroupNames groups={verdict.lost} /> }} />
          </span>
        </li>
      )}
      {unchanged && (
        <li className="verdict-line">
          <InfoIcon className="tone-info" />
          <span>{t('verdict.noChange')}</span>
        </li>
      )}
      {verdict.needsSignOut.length > 0 && (
        <li className="verdict-line">
          <AlertIcon className="tone-expiring" />
          <span>
            <Rich
              id="verdict.needsSignOut"
              values={{ groups: <GroupNames groups={verdict.needsSignOut} /> }}
            />
          </span>
        </li>
      )}
    </ul>
  );
}
