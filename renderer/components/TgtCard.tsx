import type { Ticket } from '../../electron/contract';
import { formatDuration, formatTime, t } from '../../core/i18n';
import { healthOf, msLeft } from '../../core/model/tickets';
import { AlertIcon, CheckIcon, ClockIcon, XCircleIcon } from './Icons';

/** The sign-in ticket (TGT): status, live countdown, and how much of its life is left. */
export function TgtCard({ tgt, now }: { tgt: Ticket | null; now: number }) {
  if (!tgt) {
    return (
      <section className="card tgt tgt-missing" aria-labelledby="tgt-heading">
        <h2 id="tgt-heading" className="card-title">
          <AlertIcon className="tone-expired" />
          {t('tgt.heading')}
        </h2>
        <p className="card-text">{t('tgt.missing')}</p>
      </section>
    );
  }
  const health = healthOf(tgt, now);
  const left = msLeft(tgt, now);
  const start = Date.parse(tgt.startTime);
  const end = tgt.endTime ? Date.parse(tgt.endTime) : Number.NaN;
  const lifetime = end - start;
  const status =
    health === 'expired'
      ? t('tgt.expired')
      : health === 'expiring'
        ? t('tgt.expiresIn', { left: formatDuration(left) })
        : t('tgt.validFor', { left: formatDuration(left) });
  const Icon = health === 'valid' ? CheckIcon : health === 'expiring' ? ClockIcon : XCircleIcon;
  return (
    <section className={`card tgt tgt-${health}`} aria-labelledby="tgt-heading">
      <h2 id="tgt-heading" className="card-title">
        <Icon className={`tone-${health}`} />
        {t('tgt.heading')}
      </h2>
      <p className="tgt-status" role="timer" aria-live="off">
        {status}
      </p>
      {Number.isFinite(lifetime) && lifetime > 0 && (
        <meter
          className="tgt-meter"
          min={0}
          max={lifetime}
          low={Math.min(60 * 60 * 1000, lifetime / 2)}
          optimum={lifetime}
          value={Math.max(0, Math.min(left, lifetime))}
          aria-label={status}
        />
      )}
      <dl className="tgt-times">
        <div>
          <dt>{t('tgt.issued')}</dt>
          <dd>{formatTime(tgt.startTime, new Date(now))}</dd>
        </div>
        {tgt.endTime && (
          <div>
            <dt>{t('tgt.ends')}</dt>
            <dd>{formatTime(tgt.endTime, new Date(now))}</dd>
          </div>
        )}
        {tgt.renewUntil && (
          <div>
            <dt>{t('tgt.renewUntil')}</dt>
            <dd>{formatTime(tgt.renewUntil, new Date(now))}</dd>
          </div>
        )}
      </dl>
      {health === 'expiring' && <p className="card-hint">{t('tgt.expiringHint')}</p>}
      {health === 'expired' && <p className="card-hint">{t('tgt.expiredHint')}</p>}
    </section>
  );
}
