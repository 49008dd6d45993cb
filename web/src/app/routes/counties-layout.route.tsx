import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

/** Only the platform operator, whose platform-wide session works under any county's path. */
export const CountiesLayoutRoute = () => {
  const { t } = useTranslation();
  const context = useTenantRoute();
  return (
    <RoleGate tenant={context.tenant.slug} allows={areaAccess.operator} signInPrompt={t('counties.signInFirst')} refusal={t('counties.operatorsOnly')}>
      {() => <Outlet context={context satisfies TenantRouteContext} />}
    </RoleGate>
  );
};
