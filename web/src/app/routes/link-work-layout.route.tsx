import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { SubNav } from '../../components/ui/sub-nav';
import { useMe } from '../../features/auth/api/me';
import { type TenantRouteContext, useTenantRoute } from './tenant-context';

/** The link worker's pages, in the order of the work. */
const LinkWorkNav = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const base = `/${tenant}/link-work`;
  const pages = [
    { to: base, label: t('linkWork.subnav.queue'), end: true },
    { to: `${base}/profile`, label: t('linkWork.subnav.profile') },
    { to: `${base}/training`, label: t('linkWork.subnav.training') },
    { to: `${base}/survey`, label: t('linkWork.subnav.survey') },
  ];
  return <SubNav label={t('linkWork.subnav.label')} pages={pages} />;
};

/** `/:tenant/link-work/*`: only for signed-in link workers; the pages share a sub-navigation. */
export const LinkWorkLayoutRoute = () => {
  const { t } = useTranslation();
  const context = useTenantRoute();
  const { signedIn, me } = useMe(context.tenant.slug);
  if (!signedIn) {
    return (
      <p>
        <Link to={`/${context.tenant.slug}/sign-in`}>{t('nav.signIn')}</Link>
      </p>
    );
  }
  if (me.isPending) return <Loading />;
  if (!me.data?.roles.includes('linkWorker')) return <p>{t('errors.forbidden')}</p>;
  return (
    <>
      <LinkWorkNav tenant={context.tenant.slug} />
      <Outlet context={context satisfies TenantRouteContext} />
    </>
  );
};
