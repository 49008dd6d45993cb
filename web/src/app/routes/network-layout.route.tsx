import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useOutletContext } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { useTenantRoute } from './tenant-context';
import type { Tenant } from '../../features/tenants/api/tenants';
import { useMe } from '../../features/auth/api/me';
import { type NetworkAbilities, networkAbilitiesOf } from '../../features/network/utils/network-roles';

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
    { to: `${base}/toolkit`, label: t('network.tabs.toolkit'), end: false },
    { to: `${base}/settings`, label: t('network.tabs.settings'), end: false },
    ...(abilities.moderate ? [{ to: `${base}/moderation`, label: t('network.tabs.moderation'), end: false }] : []),
  ];
  return (
    <nav aria-label={t('network.tabs.label')} className="sub-nav">
      <ul role="list" className="button-row">
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
};

/** `/:tenant/network/*`: only for network members, coordinators, the national publisher and operators. */
export const NetworkLayoutRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const { signedIn, me } = useMe(tenant.slug);
  if (!signedIn) {
    return (
      <p>
        {t('network.signInFirst')} <Link to={`/${tenant.slug}/sign-in`}>{t('nav.signIn')}</Link>
      </p>
    );
  }
  if (me.isPending) return <Loading />;
  const abilities = networkAbilitiesOf(me.data?.roles ?? []);
  if (!abilities.read) return <p>{t('network.membersOnly')}</p>;
  return (
    <>
      <Tabs tenant={tenant.slug} abilities={abilities} />
      <Outlet context={{ tenant, abilities } satisfies NetworkRouteContext} />
    </>
  );
};
