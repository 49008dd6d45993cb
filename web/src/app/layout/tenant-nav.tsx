import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { type Role, useMe } from '../../features/auth/api/me';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import { networkAbilitiesOf } from '../../features/network/utils/network-roles';

interface NavItem {
  to: string;
  label: string;
  /** Whether the current page is this item's: the item itself, or a page under it that no other item claims. */
  current: (pathname: string) => boolean;
}

/** The county's pages by role: everyone searches activities; editors maintain them, coordinators also moderate. */
const useNavItems = (tenant: string, roles: readonly Role[]): NavItem[] => {
  const { t } = useTranslation();
  const base = `/${tenant}`;
  const moderation = `${base}/editor/moderation`;
  const isEditor = roles.includes('orgEditor') || roles.includes('coordinator');
  return [
    { to: `${base}/`, label: t('nav.home'), current: (path) => path === `${base}/` || path === base },
    { to: `${base}/activities`, label: t('nav.activities'), current: (path) => path.startsWith(`${base}/activities`) },
    { to: `${base}/pathways`, label: t('pathways.nav'), current: (path) => path.startsWith(`${base}/pathways`) },
    ...(isEditor ? [{ to: `${base}/editor`, label: t('nav.editor'), current: (path: string) => path.startsWith(`${base}/editor`) && path !== moderation }] : []),
    ...(roles.includes('coordinator') ? [{ to: moderation, label: t('nav.moderation'), current: (path: string) => path === moderation }] : []),
    ...(['professional', 'linkWorker', 'coordinator'].some((role) => roles.includes(role as Role)) ? [{ to: `${base}/referrals`, label: t('referrals.nav'), current: (path: string) => path.startsWith(`${base}/referrals`) }] : []),
    ...(roles.includes('coordinator') ? [{ to: `${base}/coordination`, label: t('referralCoordination.nav'), current: (path: string) => path.startsWith(`${base}/coordination`) }] : []),
    ...(roles.includes('linkWorker') ? [{ to: `${base}/link-work`, label: t('linkWork.nav'), current: (path: string) => path.startsWith(`${base}/link-work`) }] : []),
    ...(networkAbilitiesOf(roles).read ? [{ to: `${base}/network`, label: t('network.nav'), current: (path: string) => path.startsWith(`${base}/network`) }] : []),
    ...(roles.includes('nationalPublisher') ? [{ to: `${base}/publisher/pathways`, label: t('pathwayPublisher.nav'), current: (path: string) => path.startsWith(`${base}/publisher/pathways`) }] : []),
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
          <li>
            {signedIn ? (
              <NavLink to={`/${tenant}/me`}>{me.data?.user.displayName ?? t('me.title')}</NavLink>
            ) : (
              <NavLink to={`/${tenant}/sign-in`}>{t('nav.signIn')}</NavLink>
            )}
          </li>
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
