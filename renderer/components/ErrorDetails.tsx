import type { KerberosError } from '../../electron/contract';
import { t } from '../../core/i18n';
import { HelpDeskFor } from './Managed';

/**
 * Under a failure: the help desk's contact when the sentence says to ask it (and IT named one),
 * and the tool's own words folded away, for the help desk, never dropped.
 */
export function ErrorDetails({
  error,
}: {
  error: Pick<KerberosError, 'detail'> & Partial<Pick<KerberosError, 'message'>>;
}) {
  return (
    <>
      <HelpDeskFor message={error.message} />
      {error.detail && (
        <details className="error-details">
          <summary>{t('error.details')}</summary>
          <pre>{error.detail}</pre>
        </details>
      )}
    </>
  );
}
