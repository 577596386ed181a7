import type { ReactNode } from 'react';
import type { KerberosError } from '../../electron/contract';
import { format, t } from '../../core/i18n';
import { ErrorDetails } from './ErrorDetails';
import { AlertIcon, TicketIcon } from './Icons';

export function LoadingState({ label, detail }: { label?: string; detail?: string }) {
  return (
    <div className="state state-loading" role="status">
      <div className="spinner" aria-hidden="true" />
      <p>{label ?? t('window.loading')}</p>
      {detail && <p className="small">{detail}</p>}
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

/** A failure in place of the content: what went wrong, optional details, and Try again. */
export function ErrorPanel(props: {
  id: string;
  heading: string;
  message: string;
  onRetry: () => void;
  children?: ReactNode;
}) {
  return (
    <section className="state state-error" aria-labelledby={props.id} role="alert">
      <AlertIcon className="state-icon tone-expired" />
      <h2 id={props.id} className="panel-title">
        {props.heading}
      </h2>
      <p className="panel-text">{props.message}</p>
      {props.children}
      <div className="panel-actions">
        <button type="button" className="button secondary" onClick={props.onRetry}>
          {t('error.retry')}
        </button>
      </div>
    </section>
  );
}

export function ErrorState({ error, onRetry }: { error: KerberosError; onRetry: () => void }) {
  return (
    <ErrorPanel
      id="error-heading"
      heading={t('error.heading')}
      message={format(error.message)}
      onRetry={onRetry}
    >
      <ErrorDetails error={error} />
    </ErrorPanel>
  );
}
