import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { type Role, useMe } from '../../lib/auth/api/me';
import { useSignOut } from '../../lib/auth/hooks/use-sign-out';
import { areaAccess } from '../../lib/auth/utils/area-access';

interface NavItem {
  to: string;
  label: string;
  /** Whether the current page is this item's: the item itself, or a page under it that no other item claims. */
  current: (pathname: string) => boolean;
}

/** The county's pages by role: everyone searches activities and reads the pathways; the rest by `areaAccess`. */
const useNavItems = (tenant: string, roles: readonly Role[]): NavItem[] => {
  const { t } = useTranslation();
  const base = `/${tenant}`;
  const moderation = `${base}/editor/moderation`;
  const under = (path: string) => (pathname: string) => pathname.startsWith(`${base}/${path}`);
  const areas: Array<NavItem & { allows: (roles: readonly Role[]) => boolean }> = [
    { to: `${base}/editor`, label: t('nav.editor'), current: (path) => under('editor')(path) && path !== moderation, allows: areaAccess.editor },
    { to: moderation, label: t('nav.moderation'), current: (path) => path === moderation, allows: areaAccess.moderation },
    { to: `${base}/referrals`, label: t('referrals.nav'), current: under('referrals'), allows: areaAccess.referrals },
    { to: `${base}/coordination`, label: t('referralCoordination.nav'), current: under('coordination'), allows: areaAccess.coordination },
    { to: `${base}/staff`, label: t('staff.nav'), current: under('staff'), allows: areaAccess.staff },
    { to: `${base}/associations`, label: t('associations.nav'), current: (path) => under('associations')(path) && !/\/associations\/(register|verify)$/.test(path), allows: areaAccess.associations },
    { to: `${base}/link-work`, label: t('linkWork.nav'), current: under('link-work'), allows: areaAccess.linkWork },
    { to: `${base}/network`, label: t('network.nav'), current: under('network'), allows: areaAccess.network },
    { to: `${base}/publisher/pathways`, label: t('pathwayPublisher.nav'), current: under('publisher/pathways'), allows: areaAccess.publisher },
    { to: `${base}/operator/counties`, label: t('counties.nav'), current: under('operator/counties'), allows: areaAccess.operator },
  ];
  return [
    { to: `${base}/`, label: t('nav.home'), current: (path) => path === `${base}/` || path === base },
    { to: `${base}/activities`, label: t('nav.activities'), current: under('activities') },
    { to: `${base}/pathways`, label: t('pathways.nav'), current: under('pathways') },
    ...areas.filter((area) => area.allows(roles)),
  ];
};

/** The county's navigation: only pages that exist and the user may use, and the user's sign-in state. */
export const TenantNav = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { signedIn, me } = useMe(tenant);
  const signOut = useSignOut(tenant);
  const items = useNavItems(tenant, (signedIn && me.data?.roles) || []);
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <div className="container site-nav__inner">
        <ul className="site-nav__links" role="list">
          {items.map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={item.current(pathname) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
          <li>{signedIn ? <NavLink to={`/${tenant}/me`}>{me.data?.user.displayName ?? t('me.title')}</NavLink> : <NavLink to={`/${tenant}/sign-in`}>{t('nav.signIn')}</NavLink>}</li>
        </ul>
        {signedIn && (
          <button type="button" className="site-nav__sign-out" onClick={signOut}>
            {t('nav.signOut')}
          </button>
        )}
      </div>
    </nav>
  );
};
