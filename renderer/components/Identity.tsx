import type { KlistListing } from '../../electron/contract';
import { t } from '../../core/i18n';
import { principalOf, realmOf } from '../../core/model/tickets';
import { Name } from './Names';

/** Who I am: principal, realm, and the logon session (Windows) or ticket cache (MIT/Heimdal). */
export function Identity({ listing }: { listing: KlistListing }) {
  const principal = principalOf(listing);
  const user = principal ? principal.slice(0, principal.lastIndexOf('@')) : null;
  const realm = realmOf(principal);
  return (
    <section className="identity" aria-labelledby="identity-heading">
      <h2 id="identity-heading" className="eyebrow">
        {t('identity.heading')}
      </h2>
      <p className="identity-user">{user ? <Name>{user}</Name> : t('identity.unknown')}</p>
      <dl className="identity-facts">
        {realm && (
          <div>
            <dt>{t('identity.realm')}</dt>
            <dd>
              <Name>{realm}</Name>
            </dd>
          </div>
        )}
        {listing.logonId && (
          <div>
            <dt>{t('identity.session')}</dt>
            <dd className="mono">{listing.logonId}</dd>
          </div>
        )}
        {!listing.logonId && listing.cache && (
          <div>
            <dt>{t('identity.cache')}</dt>
            <dd className="mono">{listing.cache}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
