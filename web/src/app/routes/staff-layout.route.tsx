import { Outlet } from 'react-router';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { StaffNav } from '../../features/staff/components/staff-nav';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

/** The coordinator's staff pages share a sub-navigation and pass the county on to the pages. */
export const StaffLayoutRoute = () => {
  const context = useTenantRoute();
  return (
    <RoleGate tenant={context.tenant.slug} allows={areaAccess.staff}>
      {() => (
        <>
          <StaffNav tenant={context.tenant.slug} />
          <Outlet context={context satisfies TenantRouteContext} />
        </>
      )}
    </RoleGate>
  );
};
