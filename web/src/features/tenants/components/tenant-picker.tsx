import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useLocalized } from '../../../i18n';
import { type Tenant, useTenants } from '../../../lib/tenants';
import { useSortedTenants } from '../hooks/use-sorted-tenants';

const ActiveCounties = ({ tenants }: { tenants: Tenant[] }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  if (tenants.length === 0) return <p>{t('picker.noneActive')}</p>;
  return (
    <ul className="county-cards" role="list">
      {tenants.map((tenant) => (
        <li key={tenant.slug}>
          <Link className="county-card" to={`/${tenant.slug}/`}>
            <span className="county-card__name">{localized(tenant.name)}</span>
            <span className="county-card__meta">{t('picker.municipalityCount', { count: tenant.municipalities.length })}</span>
            <span className="county-card__arrow" aria-hidden="true">
              →
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
};

const ComingLater = ({ tenants }: { tenants: Tenant[] }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  if (tenants.length === 0) return null;
  return (
    <section className="section" aria-labelledby="coming-later-heading">
      <h2 id="coming-later-heading">{t('picker.comingHeading')}</h2>
      <p>{t('picker.comingIntro')}</p>
      <ul className="coming-later" role="list">
        {tenants.map((tenant) => (
          <li key={tenant.slug}>{localized(tenant.name)}</li>
        ))}
      </ul>
    </section>
  );
};

/** The counties to choose from: active ones as links, the others listed as coming later. */
export const TenantPicker = () => {
  const { t } = useTranslation();
  const tenants = useTenants();
  const { active, comingLater } = useSortedTenants(tenants.data ?? []);
  if (tenants.isPending) return <Loading />;
  if (tenants.isError) return <ErrorAlert error={tenants.error} onRetry={() => void tenants.refetch()} />;
  return (
    <>
      <section className="section" aria-labelledby="choose-heading">
        <h2 id="choose-heading">{t('picker.chooseHeading')}</h2>
        <p>{t('picker.chooseIntro')}</p>
        <ActiveCounties tenants={active} />
      </section>
      <ComingLater tenants={comingLater} />
    </>
  );
};
