import '../../features/staff/staff.css';
import { Outlet, type RouteObject } from 'react-router';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { StaffNav } from '../../features/staff/components/staff-nav';
import { InviteStaffRoute, StaffAuditRoute, StaffListRoute, StaffMemberRoute } from './staff.route';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

/** The coordinator's staff pages share a sub-navigation and pass the county on to the pages. */
const StaffLayout = () => {
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

/** The county's people under a county's path (coordinators): the list, an invitation, a person, the change history. */
export const staffRoute: RouteObject = {
  path: 'staff',
  element: <StaffLayout />,
  children: [
    { index: true, element: <StaffListRoute /> },
    { path: 'invite', element: <InviteStaffRoute /> },
    { path: 'audit', element: <StaffAuditRoute /> },
    { path: ':userId', element: <StaffMemberRoute /> },
  ],
};
