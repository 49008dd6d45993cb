import '../../features/referral-coordination/referral-coordination.css';
import { Outlet, type RouteObject } from 'react-router';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { AccessLogPage } from '../../features/referral-coordination/components/access-log-page';
import { AuditPage } from '../../features/referral-coordination/components/audit-page';
import { CoordinationHome } from '../../features/referral-coordination/components/coordination-home';
import { CoordinationNav } from '../../features/referral-coordination/components/coordination-nav';
import { ReportsPage } from '../../features/referral-coordination/components/reports-page';
import { SettingsPage } from '../../features/referral-coordination/components/settings-page';
import { TrainingPage } from '../../features/referral-coordination/components/training-page';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

/** The coordinator's pages share a sub-navigation and pass the county on to the pages. */
const CoordinationLayout = () => {
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

/** The coordinator's referral pages under a county's path. */
export const referralCoordinationRoute: RouteObject = {
  path: 'coordination',
  element: <CoordinationLayout />,
  children: [
    { index: true, element: <CoordinationHome /> },
    { path: 'reports', element: <ReportsPage /> },
    { path: 'settings', element: <SettingsPage /> },
    { path: 'link-workers/:userId', element: <TrainingPage /> },
    { path: 'audit/:referralId', element: <AuditPage /> },
    { path: 'access-log', element: <AccessLogPage /> },
  ],
};
