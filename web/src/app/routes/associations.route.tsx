import { Outlet, useParams, useSearchParams } from 'react-router';
import { QueuePage } from '../../features/associations/components/queue-page';
import { RegisterPage } from '../../features/associations/components/register-page';
import { RegistrationPage } from '../../features/associations/components/registration-page';
import { VerifyPage } from '../../features/associations/components/verify-page';
import { verificationLinkOf } from '../../features/associations/utils/verification-link';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { useLocalized } from '../../i18n';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

/** The county's slug and its name in the UI language, for the pages' links and document titles. */
const useCounty = () => {
  const { tenant } = useTenantRoute();
  return { tenant, tenantName: useLocalized()(tenant.name) };
};

export const RegisterRoute = () => {
  const { tenant, tenantName } = useCounty();
  return <RegisterPage tenantName={tenantName} municipalities={tenant.municipalities} />;
};

export const VerifyRoute = () => {
  const { tenant, tenantName } = useCounty();
  const [params] = useSearchParams();
  return <VerifyPage tenant={tenant.slug} tenantName={tenantName} link={verificationLinkOf(params)} />;
};

/** The coordinators' pages: only they get past the door. */
export const CoordinatorLayout = () => {
  const context = useTenantRoute();
  return (
    <RoleGate tenant={context.tenant.slug} allows={areaAccess.associations}>
      {() => <Outlet context={context satisfies TenantRouteContext} />}
    </RoleGate>
  );
};

export const QueueRoute = () => {
  const { tenant, tenantName } = useCounty();
  return <QueuePage tenant={tenant.slug} tenantName={tenantName} />;
};

export const RegistrationRoute = () => {
  const { tenant, tenantName } = useCounty();
  const { registrationId = '' } = useParams();
  return <RegistrationPage key={registrationId} tenant={tenant.slug} tenantName={tenantName} registrationId={registrationId} />;
};
