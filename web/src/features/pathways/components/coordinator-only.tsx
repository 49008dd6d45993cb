import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { useMe } from '../../auth/api/me';

/** The county coordinator's pathway pages; others get a sign-in link or a short refusal. */
export const CoordinatorOnly = ({ tenant, children }: { tenant: string; children: ReactNode }) => {
  const { t } = useTranslation();
  const { signedIn, me } = useMe(tenant);
  if (!signedIn) {
    return (
      <p>
        {t('pathways.coordinator.signInFirst')} <Link to={`/${tenant}/sign-in`}>{t('nav.signIn')}</Link>
      </p>
    );
  }
  if (me.isPending) return <Loading />;
  if (!me.data?.roles.includes('coordinator')) return <p>{t('pathways.coordinator.only')}</p>;
  return <>{children}</>;
};
