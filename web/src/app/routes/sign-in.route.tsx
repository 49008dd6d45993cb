import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { useSession } from '../../features/auth/hooks/use-session';
import { beginSignIn } from '../../features/auth/oidc/sign-in-flow';
import { useLanguage, useLocalized } from '../../i18n';
import { useTenantRoute } from './tenant-context';

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
  const signIn = () => {
    setPending(true);
    setError(null);
    beginSignIn({ tenant: tenant.slug, ...(returnTo ? { returnTo } : {}) }, language).catch((reason: unknown) => {
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
        <button type="button" className="button" onClick={signIn} disabled={pending} aria-busy={pending}>
          {pending ? t('signIn.signingIn') : t('signIn.continue')}
        </button>
      </p>
      <p>{t('signIn.residents')}</p>
    </>
  );
};
