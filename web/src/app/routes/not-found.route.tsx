import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import type { Tenant } from '../../lib/tenants';
import { useLocalized } from '../../i18n';
import { AppShell } from '../layout/app-shell';
import { SiteHeader } from '../layout/site-header';
import { useTenantRoute } from '../../lib/tenant-route';

const BackToPicker = () => {
  const { t } = useTranslation();
  return (
    <p>
      <Link className="button" to="/">
        {t('notFound.backToPicker')}
      </Link>
    </p>
  );
};

/** `/:tenant/` where no county has that slug. */
export const TenantNotFound = ({ slug }: { slug: string }) => {
  const { t } = useTranslation();
  return (
    <AppShell header={<SiteHeader />}>
      <PageHeading documentTitle={[t('notFound.tenantTitle')]}>{t('notFound.tenantTitle')}</PageHeading>
      <p>{t('notFound.tenantBody', { slug })}</p>
      <BackToPicker />
    </AppShell>
  );
};

/** What residents and staff read of a county that is not in use: not yet, not for now, or no longer. */
const inactiveBodyOf = (status: Tenant['status']) => {
  if (status === 'suspended') return 'notFound.suspendedBody';
  if (status === 'offboarding' || status === 'offboarded') return 'notFound.offboardedBody';
  return 'notFound.inactiveBody';
};

/** A county the platform knows but that has not taken Linkki into use yet, has stopped it for a while, or has left. */
export const TenantInactive = ({ tenant }: { tenant: Tenant }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const name = localized(tenant.name);
  return (
    <AppShell header={<SiteHeader county={name} />}>
      <PageHeading documentTitle={[name]}>{name}</PageHeading>
      <p>{t(inactiveBodyOf(tenant.status))}</p>
      {tenant.status === 'onboarding' && (
        <p>
          {t('notFound.onboardingStaff')} <Link to={`/${tenant.slug}/sign-in`}>{t('nav.signIn')}</Link>
        </p>
      )}
      <BackToPicker />
    </AppShell>
  );
};

/** An unknown page inside a county. */
export const TenantPageNotFoundRoute = () => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { tenant } = useTenantRoute();
  return (
    <>
      <PageHeading documentTitle={[t('notFound.title'), localized(tenant.name)]}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link className="button" to={`/${tenant.slug}/`}>
          {t('notFound.backToTenant')}
        </Link>
      </p>
    </>
  );
};
