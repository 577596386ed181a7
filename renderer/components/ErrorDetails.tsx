import type { KerberosError } from '../../electron/contract';
import { t } from '../../core/i18n';

/** The tool's own words under a failure, folded away: for the help desk, never dropped. */
export function ErrorDetails({ error }: { error: Pick<KerberosError, 'detail'> }) {
  if (!error.detail) return null;
  return (
    <details className="error-details">
      <summary>{t('error.details')}</summary>
      <pre>{error.detail}</pre>
    </details>
  );
}
