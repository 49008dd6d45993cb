import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../lib/auth/api/me';
import { ProfileDetails } from '../../lib/auth/components/profile-details';
import { useSignOut } from '../../lib/auth/hooks/use-sign-out';
import { useLocalized } from '../../i18n';
import { useTenantRoute } from '../../lib/tenant-route';

const Profile = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const { signedIn, me } = useMe(tenant);
  const signOut = useSignOut(tenant);
  if (!signedIn) {
    return (
      <>
        <p>{t('me.signedOut')}</p>
        <p>
          <Link className="button" to={`/${tenant}/sign-in`}>
            {t('nav.signIn')}
          </Link>
        </p>
      </>
    );
  }
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  return (
    <>
      <ProfileDetails me={me.data} />
      <p>
        <button type="button" className="button button--secondary" onClick={signOut}>
          {t('nav.signOut')}
        </button>
      </p>
    </>
  );
};

/** `/:tenant/me`: who the user is signed in as. */
export const MeRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const localized = useLocalized();
  return (
    <>
      <PageHeading documentTitle={[t('me.title'), localized(tenant.name)]}>{t('me.title')}</PageHeading>
      <Profile tenant={tenant.slug} />
    </>
  );
};
