import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { type TenantRouteContext, useTenantRoute } from '../../../lib/tenant-route';
import { RoleGate } from '../../../lib/auth/components/role-gate';
import { areaAccess } from '../../../lib/auth/utils/area-access';

/** `/:tenant/publisher/pathways/*`: only the national publisher, whose platform-wide session works under any county's path. */
export const PublisherLayout = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  return (
    <RoleGate tenant={tenant.slug} allows={areaAccess.publisher} signInPrompt={t('pathwayPublisher.signInFirst')} refusal={t('pathwayPublisher.publishersOnly')}>
      {() => <Outlet context={{ tenant } satisfies TenantRouteContext} />}
    </RoleGate>
  );
};

/** The publisher pages' base path under the current county. */
export const usePublisherBase = (): string => `/${useTenantRoute().tenant.slug}/publisher/pathways`;
