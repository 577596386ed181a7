import type { GroupRow, GroupViewName, GroupsReading } from '../../electron/contract';
import { format, formatList, formatTime, t } from '../../core/i18n';
import type { MessageId } from '../../core/i18n';
import { groupName, sortedRows } from '../../core/model/groups';
import { InfoIcon, RefreshIcon } from './Icons';
import { HintList } from './HintList';
import { Name, QualifiedName } from './Names';
import { ErrorDetails } from './ErrorDetails';
import { ErrorPanel } from './States';

const VIEWS: GroupViewName[] = ['signInToken', 'kerberosServices', 'directory'];

const COLUMN: Record<GroupViewName, MessageId> = {
  signInToken: 'groups.column.signInToken',
  kerberosServices: 'groups.column.kerberosServices',
  directory: 'groups.column.directory',
};

const VIEW_NAME: Record<GroupViewName, MessageId> = {
  signInToken: 'groups.view.signInToken',
  kerberosServices: 'groups.view.kerberosServices',
  directory: 'groups.view.directory',
};

export function GroupsError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <ErrorPanel
      id="groups-error-heading"
      heading={t('groups.error.heading')}
      message={message}
      onRetry={onRetry}
    />
  );
}

/**
 * Whether a group missing from `view` is only "not yet" there: a newer view (to its right: this
 * computer's token is the oldest, from the sign-in; the network services' view is from the current
 * tickets; the directory is now) has it, so the difference is expected and arrives by itself with
 * a refresh or a sign-out. A red cross there would read as failure.
 */
function notYet(row: GroupRow, view: GroupViewName): boolean {
  return row[view] === false && VIEWS.slice(VIEWS.indexOf(view) + 1).some((v) => row[v] === true);
}

const NOT_YET_WORDS: Record<GroupViewName, MessageId> = {
  signInToken: 'groups.mark.notYetSignOut',
  kerberosServices: 'groups.mark.notYetRefresh',
  directory: 'groups.mark.notYet',
};

/** ✓ / ✕ / not yet / – with the words a screen reader says; never colour alone. */
function Mark({ row, view }: { row: GroupRow; view: GroupViewName }) {
  const value = row[view];
  if (notYet(row, view)) {
    return (
      <td className="mark mark-not-yet" title={t(NOT_YET_WORDS[view])}>
        <span aria-hidden="true">{t('groups.mark.notYet')}</span>
        <span className="sr-only">{t(NOT_YET_WORDS[view])}</span>
      </td>
    );
  }
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
              <span className={row.name ? 'group-name' : 'group-name mono'}>
                <QualifiedName>{groupName(row)}</QualifiedName>
              </span>
              {showMeaning && row.meaning && (
                <span className="group-meaning">{format(row.meaning)}</span>
              )}
            </th>
            {VIEWS.map((view) => (
              <Mark key={view} row={row} view={view} />
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
  // Views that are missing for the same reason are named in one sentence.
  const reasons = new Map<string, GroupViewName[]>();
  for (const view of missing) {
    const found = reading.views[view].reason;
    const reason = found ? format(found) : '';
    reasons.set(reason, [...(reasons.get(reason) ?? []), view]);
  }
  // The tools' own words for the help desk, once per different text.
  const detailOf = (views: GroupViewName[]): string =>
    [...new Set(views.map((view) => reading.views[view].detail ?? '').filter(Boolean))].join('\n');
  return (
    <section className="groups" aria-labelledby="groups-heading">
      <div className="groups-head">
        <div className="groups-who">
          <h2 id="groups-heading" className="eyebrow">
            {t('groups.heading')}
          </h2>
          <p className="groups-principal">
            {reading.principal ? <Name>{reading.principal}</Name> : t('identity.unknown')}
          </p>
          <dl className="identity-facts">
            {reading.dc && (
              <div>
                <dt>{t('groups.dc')}</dt>
                <dd>
                  <Name>{reading.dc}</Name>
                </dd>
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

      {reasons.size > 0 && (
        <ul className="notices">
          {[...reasons].map(([reason, views]) => (
            <li key={views.join()}>
              <InfoIcon className="tone-info" />
              <div>
                <span>
                  {t('groups.view.unavailable', {
                    view: formatList(views.map((view) => t(VIEW_NAME[view])))
                      .map((part) => part.value)
                      .join(''),
                    reason,
                  })}
                </span>
                <ErrorDetails error={{ detail: detailOf(views) }} />
              </div>
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

      <div className="legend">
        <h3>{t('groups.legend.heading')}</h3>
        <ul>
          {VIEWS.map((view) => (
            <li key={view}>{t(`groups.legend.${view}`)}</li>
          ))}
        </ul>
        <p className="muted">{t('groups.legend.marks')}</p>
      </div>

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
