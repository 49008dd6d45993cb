import '../../features/counties/counties.css';
import { useTranslation } from 'react-i18next';
import { Outlet, type RouteObject } from 'react-router';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { CountiesPage } from '../../features/counties/components/counties-page';
import { OnboardingPage } from '../../features/counties/components/onboarding-page';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

/** Only the platform operator, whose platform-wide session works under any county's path. */
const OperatorLayout = () => {
  const { t } = useTranslation();
  const context = useTenantRoute();
  return (
    <RoleGate tenant={context.tenant.slug} allows={areaAccess.operator} signInPrompt={t('counties.signInFirst')} refusal={t('counties.operatorsOnly')}>
      {() => <Outlet context={context satisfies TenantRouteContext} />}
    </RoleGate>
  );
};

/** The platform operator's counties under a county's path, as the national publisher's pages are. */
export const countiesRoute: RouteObject = {
  path: 'operator/counties',
  element: <OperatorLayout />,
  children: [
    { index: true, element: <CountiesPage /> },
    { path: ':slug/onboard', element: <OnboardingPage /> },
  ],
};
