import { useTranslation } from 'react-i18next';
import { Outlet, useOutletContext } from 'react-router';
import { SubNav } from '../../components/ui/sub-nav';
import { useTenantRoute } from '../../lib/tenant-route';
import type { Tenant } from '../../lib/tenants';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { type NetworkAbilities, networkAbilitiesOf } from '../../lib/auth/utils/network-roles';

export interface NetworkRouteContext {
  tenant: Tenant;
  abilities: NetworkAbilities;
}

export const useNetworkRoute = () => useOutletContext<NetworkRouteContext>();

const Tabs = ({ tenant, abilities }: { tenant: string; abilities: NetworkAbilities }) => {
  const { t } = useTranslation();
  const base = `/${tenant}/network`;
  const tabs = [
    { to: base, label: t('network.tabs.feed'), end: true },
    { to: `${base}/toolkit`, label: t('network.tabs.toolkit') },
    { to: `${base}/settings`, label: t('network.tabs.settings') },
    ...(abilities.moderate ? [{ to: `${base}/moderation`, label: t('network.tabs.moderation') }] : []),
  ];
  return <SubNav label={t('network.tabs.label')} pages={tabs} />;
};

/** `/:tenant/network/*`: only for network members, coordinators, the national publisher and operators. */
export const NetworkLayoutRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  return (
    <RoleGate tenant={tenant.slug} allows={areaAccess.network} signInPrompt={t('network.signInFirst')} refusal={t('network.membersOnly')}>
      {(roles) => {
        const abilities = networkAbilitiesOf(roles);
        return (
          <>
            <Tabs tenant={tenant.slug} abilities={abilities} />
            <Outlet context={{ tenant, abilities } satisfies NetworkRouteContext} />
          </>
        );
      }}
    </RoleGate>
  );
};
