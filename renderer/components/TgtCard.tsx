import type { TgtUpkeep, Ticket } from '../../electron/contract';
import { formatDuration, formatTime, t } from '../../core/i18n';
import { healthOf, msLeft } from '../../core/model/tickets';
import { AlertIcon, CheckIcon, ClockIcon, XCircleIcon } from './Icons';

/**
 * The sign-in ticket (TGT): status, live countdown, and how much of its life is left. Where
 * Windows renews it by itself (`upkeep === 'system'`) there is no countdown and no meter: it says
 * so, with the times for whoever wants them.
 */
export function TgtCard({
  tgt,
  now,
  upkeep,
}: {
  tgt: Ticket | null;
  now: number;
  upkeep: TgtUpkeep;
}) {
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
  const health = healthOf(tgt, now, upkeep);
  const bySystem = upkeep === 'system';
  const left = msLeft(tgt, now);
  const start = Date.parse(tgt.startTime);
  const end = tgt.endTime ? Date.parse(tgt.endTime) : Number.NaN;
  const lifetime = end - start;
  const status = bySystem
    ? t('tgt.renewedBySystem')
    : health === 'expired'
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
      <p className="tgt-status" role={bySystem ? undefined : 'timer'} aria-live="off">
        {status}
      </p>
      {!bySystem && Number.isFinite(lifetime) && lifetime > 0 && (
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
      {bySystem && <p className="card-hint">{t('tgt.renewedBySystemHint')}</p>}
      {upkeep === 'protected-users' && <p className="card-hint">{t('tgt.protectedUsersHint')}</p>}
      {health === 'expiring' && <p className="card-hint">{t('tgt.expiringHint')}</p>}
      {health === 'expired' && <p className="card-hint">{t('tgt.expiredHint')}</p>}
    </section>
  );
}
