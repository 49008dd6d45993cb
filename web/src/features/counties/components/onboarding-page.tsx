import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTenantRoute } from '../../../lib/tenant-route';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { useLocalized } from '../../../i18n';
import { type County, useCounties } from '../api/counties';
import { useIdentityService } from '../hooks/use-identity-service';
import { canOnboard } from '../utils/county-actions';
import { OnboardingForm } from './onboarding-form';

const Onboarding = ({ county, listPath }: { county: County; listPath: string }) => {
  const { t } = useTranslation();
  const identity = useIdentityService();
  if (!canOnboard(county.status)) return <p>{t('counties.onboarding.notOnboardable', { status: t(`counties.status.${county.status}`) })}</p>;
  return (
    <>
      <p>{t('counties.onboarding.intro')}</p>
      {identity.providers.isSuccess && <p>{t('counties.onboarding.identity', { service: identity.labelOf(county.slug) })}</p>}
      <OnboardingForm county={county} listPath={listPath} />
    </>
  );
};

/** `/:tenant/operator/counties/:slug/onboard`: the onboarding of one registered county. */
export const OnboardingPage = () => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { tenant } = useTenantRoute();
  const { slug = '' } = useParams();
  const counties = useCounties();
  const county = counties.data?.find((candidate) => candidate.slug === slug);
  const listPath = `/${tenant.slug}/operator/counties`;
  const title = county ? t('counties.onboarding.title', { county: localized(county.name) }) : t('counties.list.onboard');
  return (
    <>
      <p className="county-back-link">
        <Link to={listPath}>{t('counties.onboarding.back')}</Link>
      </p>
      <PageHeading documentTitle={[title, t('counties.list.title')]}>{title}</PageHeading>
      {counties.isPending && <Loading />}
      {counties.isError && <ErrorAlert error={counties.error} onRetry={() => void counties.refetch()} />}
      {counties.isSuccess && !county && <p>{t('counties.onboarding.notFound')}</p>}
      {county && <Onboarding county={county} listPath={listPath} />}
    </>
  );
};
