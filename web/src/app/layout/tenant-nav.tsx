import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../../features/auth/api/me';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';

/** The county's navigation: only pages that exist, and the user's sign-in state. */
export const TenantNav = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const { signedIn, me } = useMe(tenant);
  const signOut = useSignOut(tenant);
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <div className="container site-nav__inner">
        <ul className="site-nav__links" role="list">
          <li>
            <NavLink to={`/${tenant}/`} end>
              {t('nav.home')}
            </NavLink>
          </li>
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
