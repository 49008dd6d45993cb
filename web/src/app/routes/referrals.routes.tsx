import '../../features/referrals/referrals.css';
import { Outlet, type RouteObject } from 'react-router';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { ClientSummaryRoute, NewReferralRoute, ReferralRoute, ReferralsRoute } from './referrals.route';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

/** Who works with referrals: the professionals who send them, the link workers and the coordinators. */
const ReferralsLayout = () => {
  const context = useTenantRoute();
  return (
    <RoleGate tenant={context.tenant.slug} allows={areaAccess.referrals}>
      {() => <Outlet context={context satisfies TenantRouteContext} />}
    </RoleGate>
  );
};

/** Wellbeing referrals under a county's path: the list, a new one, one referral and its client summary. */
export const referralsRoute: RouteObject = {
  path: 'referrals',
  element: <ReferralsLayout />,
  children: [
    { index: true, element: <ReferralsRoute /> },
    { path: 'new', element: <NewReferralRoute /> },
    { path: ':referralId', element: <ReferralRoute /> },
    { path: ':referralId/summary', element: <ClientSummaryRoute /> },
  ],
};
