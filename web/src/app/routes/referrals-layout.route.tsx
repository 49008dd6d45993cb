import { Outlet } from 'react-router';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

/** Who works with referrals: the professionals who send them, the link workers and the coordinators. */
export const ReferralsLayoutRoute = () => {
  const context = useTenantRoute();
  return (
    <RoleGate tenant={context.tenant.slug} allows={areaAccess.referrals}>
      {() => <Outlet context={context satisfies TenantRouteContext} />}
    </RoleGate>
  );
};
