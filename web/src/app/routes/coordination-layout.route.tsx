import { Outlet } from 'react-router';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { CoordinationNav } from '../../features/referral-coordination/components/coordination-nav';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

/** The coordinator's pages share a sub-navigation and pass the county on to the pages. */
export const CoordinationLayoutRoute = () => {
  const context = useTenantRoute();
  return (
    <RoleGate tenant={context.tenant.slug} allows={areaAccess.coordination}>
      {() => (
        <>
          <CoordinationNav tenant={context.tenant.slug} />
          <Outlet context={context satisfies TenantRouteContext} />
        </>
      )}
    </RoleGate>
  );
};
