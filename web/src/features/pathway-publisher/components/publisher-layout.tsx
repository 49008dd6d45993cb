import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { type TenantRouteContext, useTenantRoute } from '../../../app/routes/tenant-context';
import { useMe } from '../../auth/api/me';

/** `/:tenant/publisher/pathways/*`: only the national publisher, whose platform-wide session works under any county's path. */
export const PublisherLayout = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const { signedIn, me } = useMe(tenant.slug);
  if (!signedIn) {
    return (
      <p>
        {t('pathwayPublisher.signInFirst')} <Link to={`/${tenant.slug}/sign-in`}>{t('nav.signIn')}</Link>
      </p>
    );
  }
  if (me.isPending) return <Loading />;
  if (!me.data?.roles.includes('nationalPublisher')) return <p>{t('pathwayPublisher.publishersOnly')}</p>;
  return <Outlet context={{ tenant } satisfies TenantRouteContext} />;
};

/** The publisher pages' base path under the current county. */
export const usePublisherBase = (): string => `/${useTenantRoute().tenant.slug}/publisher/pathways`;
