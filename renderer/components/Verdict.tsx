import type { Verdict } from '../../electron/contract';
import { t } from '../../core/i18n';
import { HintList } from './HintList';
import { ErrorDetails } from './ErrorDetails';

/** What "pending" means: the refresh is done and the groups are being read again. */
export type VerdictState = Verdict | 'pending';

/**
 * Under the headline of Refresh my groups: what the views showed about why a refresh may not help,
 * the tool's own words when the groups could not be checked, and the way to "My groups". What was
 * gained, lost or waits for a sign-out is the headline's (core/model/outcome.ts), not repeated.
 */
export function VerdictSection({
  verdict,
  onShowGroups,
}: {
  verdict: Verdict;
  onShowGroups: () => void;
}) {
  return (
    <section className="verdict" aria-label={t('verdict.heading')}>
      {verdict.hints.length > 0 && <h3>{t('groups.hintsHeading')}</h3>}
      {verdict.unverified && <ErrorDetails error={verdict} />}
      {verdict.hints.length > 0 && <HintList hints={verdict.hints} />}
      <div>
        <button type="button" className="button secondary small-button" onClick={onShowGroups}>
          {t('verdict.showGroups')}
        </button>
      </div>
    </section>
  );
}
