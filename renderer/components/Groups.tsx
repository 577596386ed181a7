import type { GroupRow, GroupViewName, GroupsReading } from '../../electron/contract';
import { formatTime, t } from '../i18n';
import type { MessageKey } from '../i18n';
import { groupName, sortedRows } from '../model/groups';
import { AlertIcon, InfoIcon, RefreshIcon } from './Icons';

const VIEWS: GroupViewName[] = ['signInToken', 'kerberosServices', 'directory'];

const COLUMN: Record<GroupViewName, MessageKey> = {
  signInToken: 'groups.column.signInToken',
  kerberosServices: 'groups.column.kerberosServices',
  directory: 'groups.column.directory',
};

const VIEW_NAME: Record<GroupViewName, MessageKey> = {
  signInToken: 'groups.view.signInToken',
  kerberosServices: 'groups.view.kerberosServices',
  directory: 'groups.view.directory',
};

export function GroupsLoading() {
  return (
    <div className="state state-loading" role="status">
      <div className="spinner" aria-hidden="true" />
      <p>{t('groups.loading')}</p>
      <p className="small">{t('groups.loadingDetail')}</p>
    </div>
  );
}

export function GroupsError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <section className="state state-error" aria-labelledby="groups-error-heading" role="alert">
      <AlertIcon className="state-icon tone-expired" />
      <h2 id="groups-error-heading" className="panel-title">
        {t('groups.error.heading')}
      </h2>
      <p className="panel-text">{message}</p>
      <div className="panel-actions">
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      </div>
    </section>
  );
}

/** ✓ / ✕ / – with the words a screen reader says; never colour alone. */
function Mark({ value }: { value: boolean | null }) {
  const [symbol, words, tone] =
    value === null
      ? ['–', t('groups.mark.unknown'), 'mark-unknown']
      : value
        ? ['✓', t('groups.mark.yes'), 'mark-yes']
        : ['✕', t('groups.mark.no'), 'mark-no'];
  return (
    <td className={`mark ${tone}`} title={words}>
      <span aria-hidden="true">{symbol}</span>
      <span className="sr-only">{words}</span>
    </td>
  );
}

function GroupTable({
  rows,
  label,
  showMeaning,
}: {
  rows: GroupRow[];
  label: string;
  showMeaning: boolean;
}) {
  return (
    <table className="groups-table">
      <caption className="sr-only">{label}</caption>
      <thead>
        <tr>
          <th scope="col" className="group-col">
            {t('groups.column.group')}
          </th>
          {VIEWS.map((view) => (
            <th scope="col" key={view} className="mark-col">
              {t(COLUMN[view])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.sid} className={showMeaning && row.meaning ? 'group-changed' : undefined}>
            <th scope="row" className="group-cell">
              <span className={row.name ? 'group-name' : 'group-name mono'}>{groupName(row)}</span>
              {showMeaning && row.meaning && <span className="group-meaning">{row.meaning}</span>}
            </th>
            {VIEWS.map((view) => (
              <Mark key={view} value={row[view]} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "My groups": each group in three views, what a difference means, and why a refresh may not help. */
export function GroupsView({
  reading,
  now,
  onReload,
}: {
  reading: GroupsReading;
  now: number;
  onReload: () => void;
}) {
  const domain = sortedRows(reading.groups.filter((row) => row.scope === 'domain'));
  const local = sortedRows(reading.groups.filter((row) => row.scope === 'local'));
  const missing = VIEWS.filter((view) => !reading.views[view].available);
  return (
    <section className="groups" aria-labelledby="groups-heading">
      <div className="groups-head">
        <div>
          <h2 id="groups-heading" className="eyebrow">
            {t('groups.heading')}
          </h2>
          <p className="identity-user">{reading.principal ?? t('identity.unknown')}</p>
          <dl className="identity-facts">
            {reading.dc && (
              <div>
                <dt>{t('groups.dc')}</dt>
                <dd>{reading.dc}</dd>
              </div>
            )}
            <div>
              <dt>{t('groups.readAt')}</dt>
              <dd>{formatTime(reading.readAt, new Date(now))}</dd>
            </div>
          </dl>
        </div>
        <button type="button" className="button secondary small-button" onClick={onReload}>
          <RefreshIcon />
          {t('groups.readAgain')}
        </button>
      </div>

      <div className="legend">
        <h3>{t('groups.legend.heading')}</h3>
        <ul>
          {VIEWS.map((view) => (
            <li key={view}>{t(`groups.legend.${view}`)}</li>
          ))}
        </ul>
        <p className="muted">{t('groups.legend.marks')}</p>
      </div>

      {missing.length > 0 && (
        <ul className="notices">
          {missing.map((view) => (
            <li key={view}>
              <InfoIcon className="tone-info" />
              <span>
                {t('groups.view.unavailable', {
                  view: t(VIEW_NAME[view]),
                  reason: reading.views[view].reason ?? '',
                })}
              </span>
            </li>
          ))}
        </ul>
      )}

      {domain.length === 0 && local.length === 0 && (
        <p className="muted small">{t('groups.none')}</p>
      )}

      {domain.length > 0 && (
        <section aria-labelledby="groups-domain-heading">
          <h3 id="groups-domain-heading" className="eyebrow">
            {t('groups.domainHeading', { count: domain.length })}
          </h3>
          <GroupTable rows={domain} label={t('groups.domainLabel')} showMeaning />
        </section>
      )}

      {reading.hints.length > 0 && (
        <section className="hints" aria-labelledby="groups-hints-heading">
          <h3 id="groups-hints-heading">{t('groups.hintsHeading')}</h3>
          <HintList hints={reading.hints} />
        </section>
      )}

      {local.length > 0 && (
        <details className="local-groups">
          <summary>{t('groups.localHeading', { count: local.length })}</summary>
          <p className="muted small">{t('groups.localHint')}</p>
          <GroupTable rows={local} label={t('groups.localLabel')} showMeaning={false} />
        </details>
      )}
    </section>
  );
}

export function HintList({ hints }: { hints: GroupsReading['hints'] }) {
  return (
    <ul className="hint-list">
      {hints.map((hint) => (
        <li key={hint.code}>
          <strong>{hint.detected ? t('groups.hint.found') : t('groups.hint.note')}</strong>{' '}
          {hint.message}
        </li>
      ))}
    </ul>
  );
}
