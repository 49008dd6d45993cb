import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { RegisterPrompt } from '../../features/associations/components/register-prompt';
import { useSession } from '../../lib/auth/hooks/use-session';
import { beginSignIn, hasCountySignIn } from '../../lib/auth/oidc/sign-in-flow';
import { useLanguage, useLocalized } from '../../i18n';
import { useTenantRoute } from '../../lib/tenant-route';

/** `/:tenant/sign-in`: sends staff to the identity provider (the county's own, where it has one). */
export const SignInRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const localized = useLocalized();
  const { language } = useLanguage();
  const [searchParams] = useSearchParams();
  const signedIn = useSession(tenant.slug) !== null;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const returnTo = searchParams.get('returnTo') ?? undefined;
  // Where staff use the county's own identity service, associations' editors still have Linkki accounts.
  const countySignIn = useQuery({ queryKey: ['county-sign-in', tenant.slug], queryFn: () => hasCountySignIn(tenant.slug), staleTime: Infinity });
  const signIn = (withInvitationAccount = false) => {
    setPending(true);
    setError(null);
    beginSignIn({ tenant: tenant.slug, ...(returnTo ? { returnTo } : {}) }, language, { withInvitationAccount }).catch((reason: unknown) => {
      setPending(false);
      setError(reason);
    });
  };
  return (
    <>
      <PageHeading documentTitle={[t('signIn.title'), localized(tenant.name)]}>{t('signIn.title')}</PageHeading>
      {signedIn && <Notice kind="info">{t('signIn.alreadySignedIn')}</Notice>}
      <p className="lead">{t('signIn.intro')}</p>
      {error !== null && <ErrorAlert title={t('signIn.failed')} error={error} />}
      <p>
        <button type="button" className="button" onClick={() => signIn()} disabled={pending} aria-busy={pending}>
          {pending ? t('signIn.signingIn') : t('signIn.continue')}
        </button>
      </p>
      {countySignIn.data === true && (
        <p>
          {t('signIn.invitationAccountIntro')}{' '}
          <button type="button" className="button button--secondary" onClick={() => signIn(true)} disabled={pending}>
            {t('signIn.invitationAccount')}
          </button>
        </p>
      )}
      <p>{t('signIn.residents')}</p>
      <RegisterPrompt tenant={tenant.slug} />
    </>
  );
};
