import { useTranslation } from 'react-i18next';
import type { Tenant } from '../../../lib/tenants';

const capabilities = [
  { id: 'catalog', title: 'tenantHome.catalogTitle', text: 'tenantHome.catalogText' },
  { id: 'referral', title: 'tenantHome.referralTitle', text: 'tenantHome.referralText' },
  { id: 'pathways', title: 'tenantHome.pathwaysTitle', text: 'tenantHome.pathwaysText' },
  { id: 'network', title: 'tenantHome.networkTitle', text: 'tenantHome.networkText' },
] as const;

/** What Linkki will offer in a county, and the county's municipalities. */
export const TenantOverview = ({ tenant }: { tenant: Tenant }) => {
  const { t } = useTranslation();
  return (
    <>
      <p className="lead">{t('tenantHome.intro')}</p>
      <section className="section" aria-labelledby="offer-heading">
        <h2 id="offer-heading">{t('tenantHome.offerHeading')}</h2>
        <p>{t('tenantHome.offerIntro')}</p>
        <ul className="feature-cards" role="list">
          {capabilities.map((capability) => (
            <li key={capability.id} className="feature-card">
              <h3>{t(capability.title)}</h3>
              <p>{t(capability.text)}</p>
            </li>
          ))}
        </ul>
      </section>
      {tenant.municipalities.length > 0 && (
        <section className="section" aria-labelledby="municipalities-heading">
          <h2 id="municipalities-heading">
            {t('tenantHome.municipalitiesHeading')} ({tenant.municipalities.length})
          </h2>
          <ul className="tag-list" role="list">
            {tenant.municipalities.map((municipality) => (
              <li key={municipality} lang="fi">
                {municipality}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
};
