import type { KerberosError } from '../../electron/kerberos/types';
import { t } from '../i18n';
import { ErrorDetails } from './Panels';
import { AlertIcon, TicketIcon } from './Icons';

export function LoadingState() {
  return (
    <div className="state state-loading" role="status">
      <div className="spinner" aria-hidden="true" />
      <p>{t('window.loading')}</p>
    </div>
  );
}

export function EmptyState() {
  return (
    <section className="state state-empty" aria-labelledby="empty-heading">
      <TicketIcon className="state-icon" />
      <h2 id="empty-heading" className="panel-title">
        {t('empty.heading')}
      </h2>
      <p className="panel-text">{t('empty.body')}</p>
    </section>
  );
}

export function ErrorState({ error, onRetry }: { error: KerberosError; onRetry: () => void }) {
  return (
    <section className="state state-error" aria-labelledby="error-heading" role="alert">
      <AlertIcon className="state-icon tone-expired" />
      <h2 id="error-heading" className="panel-title">
        {t('error.heading')}
      </h2>
      <p className="panel-text">{error.message}</p>
      <ErrorDetails error={error} />
      <div className="panel-actions">
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      </div>
    </section>
  );
}
