import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Notice } from '../../components/ui/notice';
import { useSessionState } from '../../lib/auth/hooks/use-session';
import { useJustSignedOut } from '../../lib/auth/hooks/use-sign-out';
import { sessionStore } from '../../lib/auth/stores/session-store';

/** Keeps the expiry notice on the page where it appeared; the next navigation clears it. */
const useClearExpiryOnNavigation = (expired: boolean): void => {
  const { key } = useLocation();
  const shownAt = useRef<string | null>(null);
  useEffect(() => {
    if (!expired) shownAt.current = null;
    else if (shownAt.current === null) shownAt.current = key;
    else if (shownAt.current !== key) sessionStore.dismissExpired();
  }, [expired, key]);
};

/** Tells the user their session ended: the server refused it, or they just signed out. */
export const SessionNotice = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const { expired } = useSessionState();
  const justSignedOut = useJustSignedOut();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  useClearExpiryOnNavigation(expired);
  const signInPath = `/${tenant}/sign-in`;
  if (expired) {
    return (
      <Notice kind="warning" dismissLabel={t('session.dismiss')} onDismiss={() => sessionStore.dismissExpired()}>
        <p>{t('session.expired')}</p>
        {pathname !== signInPath && (
          <p>
            <Link to={signInPath}>{t('nav.signIn')}</Link>
          </p>
        )}
      </Notice>
    );
  }
  if (justSignedOut) {
    return (
      <Notice kind="info" dismissLabel={t('session.dismiss')} onDismiss={() => void navigate(pathname + search, { replace: true, state: null })}>
        <p>{t('session.signedOut')}</p>
      </Notice>
    );
  }
  return null;
};
