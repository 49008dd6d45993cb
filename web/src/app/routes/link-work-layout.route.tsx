import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SubNav } from '../../components/ui/sub-nav';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

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
  const context = useTenantRoute();
  return (
    <RoleGate tenant={context.tenant.slug} allows={areaAccess.linkWork}>
      {() => (
        <>
          <LinkWorkNav tenant={context.tenant.slug} />
          <Outlet context={context satisfies TenantRouteContext} />
        </>
      )}
    </RoleGate>
  );
};
