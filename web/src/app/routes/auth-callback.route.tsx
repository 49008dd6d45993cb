import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { completeSignIn } from '../../lib/auth/oidc/sign-in-flow';
import { tokenClaimsOf } from '../../lib/auth/utils/token-claims';
import { landingPathFor } from '../../lib/auth/utils/landing-path';
import { AppShell } from '../layout/app-shell';
import { SiteHeader } from '../layout/site-header';
import type { Role } from '../../lib/auth/api/me';

/** Only paths of this app: a return address from the state can never send the person elsewhere. */
const isAppPath = (path: string | undefined): path is string => {
  if (typeof path !== 'string' || !path.startsWith('/') || /[\\\p{Cc}]/u.test(path)) return false;
  try {
    return new URL(path, window.location.origin).origin === window.location.origin;
  } catch {
    return false;
  }
};

/** `/auth/callback`: the identity provider's way back. Exchanges the code, then goes to the person's work. */
export const AuthCallbackRoute = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const started = useRef(false);
  useEffect(() => {
    // The code can be exchanged once; React's development double effects must not try twice.
    if (started.current) return;
    started.current = true;
    completeSignIn().then(
      ({ session, state }) => {
        const tenant = session.tenant ?? state?.tenant;
        const roles = (tokenClaimsOf(session.token, 'cognito:groups') ?? []) as Role[];
        const destination = isAppPath(state?.returnTo) ? state.returnTo : tenant ? landingPathFor(tenant, roles) : '/';
        void navigate(destination, { replace: true });
      },
      (reason: unknown) => setError(reason),
    );
  }, [navigate]);
  return (
    <AppShell header={<SiteHeader />}>
      <PageHeading documentTitle={[t('signIn.title')]}>{t('signIn.title')}</PageHeading>
      {error ? (
        <>
          <ErrorAlert title={t('signIn.failed')} error={error} />
          <p>
            <Link to="/">{t('signIn.backToStart')}</Link>
          </p>
        </>
      ) : (
        <Loading />
      )}
    </AppShell>
  );
};
